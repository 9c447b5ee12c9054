// Schema-building oracle: graphql-js builds each SDL document of a corpus file (buildSchema, which
// runs the SDL validation rules) and validates the result (validateSchema, the type-system rules).
// Prints [{ "name": ..., "messages": [...] }, ...]; an empty list means the schema is valid.
// Usage: node schema.mjs <cases file>
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildSchema, validateSchema } from 'graphql';
import { readCorpus } from './corpus.mjs';

const [casesPath] = process.argv.slice(2);
const results = [];
for (const item of readCorpus(readFileSync(casesPath, 'utf8'), basename(casesPath))) {
  let messages;
  try {
    messages = validateSchema(buildSchema(item.document)).map((error) => error.message);
  } catch (error) {
    messages = error.message.split('\n\n');
  }
  results.push({ name: item.name, messages });
}
process.stdout.write(JSON.stringify(results));
