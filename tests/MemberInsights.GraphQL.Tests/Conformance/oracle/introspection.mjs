// Introspection oracle.
//   node introspection.mjs query
//     prints the introspection query explorers send (getIntrospectionQuery with every option on)
//   node introspection.mjs print <schema.graphql> <our introspection result.json>
//     prints {"expected": printSchema(buildSchema(sdl)), "roundTrip": printSchema(buildClientSchema(ours))}
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [mode, schemaPath, resultPath] = process.argv.slice(2);
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
  const expected = printSchema(buildSchema(readFileSync(schemaPath, 'utf8')));
  const result = JSON.parse(readFileSync(resultPath, 'utf8'));
  let roundTrip;
  try {
    roundTrip = printSchema(buildClientSchema(result.data ?? result));
  } catch (error) {
    roundTrip = 'buildClientSchema failed: ' + error.message;
  }
  process.stdout.write(JSON.stringify({ expected, roundTrip }));
}
