// Validation oracle: graphql-js validates every corpus document against a schema, one specified
// rule at a time, so each error is attributed to the rule that raised it.
// Usage: node validate.mjs <schema.graphql> <corpus file>...   (prints JSON to stdout)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { readCorpus } from './corpus.mjs';

const [schemaPath, ...corpusPaths] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const results = [];
for (const path of corpusPaths) {
  for (const item of readCorpus(readFileSync(path, 'utf8'), basename(path))) {
    results.push({ name: item.name, ...validateOne(item.document) });
  }
}
process.stdout.write(JSON.stringify(results));

function validateOne(source) {
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
