// Execution oracle: graphql-js executes every query of a corpus file against an SDL schema whose
// fields all use the default resolver over a static JSON root value (abstract types resolve through
// the "__typename" key of each data object). A query may start with comment lines
// "# variables: {json}" and "# operation: Name".
// Usage: node execute.mjs <schema.graphql> <data.json> <queries file>   (prints JSON to stdout)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildSchema, execute, parse, validate } from 'graphql';
import { readCorpus } from './corpus.mjs';

const [schemaPath, dataPath, queriesPath] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(dataPath, 'utf8'));
const results = [];
for (const item of readCorpus(readFileSync(queriesPath, 'utf8'), basename(queriesPath))) {
  const { variables, operationName } = directives(item.document);
  const document = parse(item.document);
  const validationErrors = validate(schema, document);
  const result = validationErrors.length > 0
    ? { errors: validationErrors }
    : await execute({ schema, document, rootValue, variableValues: variables, operationName });
  results.push({ name: item.name, variables, operationName, result: JSON.parse(JSON.stringify(result)) });
}
process.stdout.write(JSON.stringify(results));

function directives(text) {
  let variables = {};
  let operationName;
  for (const line of text.split('\n')) {
    if (line.startsWith('# variables: ')) variables = JSON.parse(line.slice('# variables: '.length));
    if (line.startsWith('# operation: ')) operationName = line.slice('# operation: '.length).trim();
  }
  return { variables, operationName };
}
