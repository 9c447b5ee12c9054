// Introspection oracle.
//   node introspection.mjs query
//     prints the introspection query explorers send (getIntrospectionQuery with every option on)
//   node introspection.mjs print <schema.graphql> <our introspection result.json> [<schema> <result>]...
//     prints [{"expected": printSchema(buildSchema(sdl)), "roundTrip": printSchema(buildClientSchema(ours))}, ...]
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [mode, ...paths] = process.argv.slice(2);
if (mode === 'query') {
  process.stdout.write(getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }));
} else {
  const printed = [];
  for (let i = 0; i + 1 < paths.length; i += 2) {
    printed.push(roundTrip(paths[i], paths[i + 1]));
  }
  process.stdout.write(JSON.stringify(printed));
}

function roundTrip(schemaPath, resultPath) {
  const expected = printSchema(buildSchema(readFileSync(schemaPath, 'utf8')));
  const result = JSON.parse(readFileSync(resultPath, 'utf8'));
  try {
    return { expected, roundTrip: printSchema(buildClientSchema(result.data ?? result)) };
  } catch (error) {
    return { expected, roundTrip: 'buildClientSchema failed: ' + error.message };
  }
}
