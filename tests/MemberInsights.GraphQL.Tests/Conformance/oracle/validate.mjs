// Validation oracle: graphql-js validates every corpus document against a schema, one specified
// rule at a time, so each error is attributed to the rule that raised it.
// Usage: node validate.mjs --schema <schema.graphql> <corpus file>... [--schema <schema.graphql> <corpus file>...]...
// (each --schema starts a group of corpus files validated against that schema; prints JSON to stdout)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { readCorpus } from './corpus.mjs';

const results = [];
let schema;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schema') {
    i++;
    schema = buildSchema(readFileSync(args[i], 'utf8'));
    continue;
  }
  for (const item of readCorpus(readFileSync(args[i], 'utf8'), basename(args[i]))) {
    results.push({ name: item.name, ...validateOne(schema, item.document) });
  }
}
process.stdout.write(JSON.stringify(results));

function validateOne(schema, source) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { parseError: error.message, errors: [] };
  }
  const errors = [];
  for (const rule of specifiedRules) {
    for (const error of validate(schema, document, [rule])) {
      errors.push({ rule: rule.name, message: error.message, locations: error.locations ?? [] });
    }
  }
  return { errors };
}
