// Prints the benchmark's POST body: the fixture query with its variables.
import { readFileSync } from 'node:fs';

const fixture = new URL('./fixture/', import.meta.url);
process.stdout.write(JSON.stringify({
  query: readFileSync(new URL('query.graphql', fixture), 'utf8'),
  operationName: 'MemberOverview',
  variables: JSON.parse(readFileSync(new URL('variables.json', fixture), 'utf8')),
}));
