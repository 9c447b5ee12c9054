// The reference side of the load comparison: graphql-js behind graphql-http on Node's http server,
// with the benchmark SDL and the same static data as the .NET server's `serve` mode.
// Usage: node tests/load/graphql-js-server.mjs [port]   (prints "listening <url>" when ready)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const fixture = new URL('./fixture/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', fixture), 'utf8'));
const { members } = JSON.parse(readFileSync(new URL('data.json', fixture), 'utf8'));

// Static resolvers: graphql-js's default resolver reads the properties of the plain objects;
// only fields with arguments need code, exactly as on the .NET side.
const rootValue = {
  members: ({ first }) => members.slice(0, first),
  member: ({ id }) => members.find((m) => m.id === id) ?? null,
};
schema.getType('Member').getFields().recentDays.resolve = (member, { last }) =>
  member.recentDays.slice(-last);

// Parse and validate each distinct document once, as the .NET server's document cache does, so the
// comparison is "cached document" against "cached document".
const documents = new Map();
function prepare(req, params) {
  let document = documents.get(params.query);
  if (document === undefined) {
    try {
      document = parse(params.query);
    } catch (error) {
      return [error];
    }
    const errors = validate(schema, document, specifiedRules);
    if (errors.length > 0) return errors;
    documents.set(params.query, document);
  }
  return {
    schema,
    document,
    rootValue,
    operationName: params.operationName,
    variableValues: params.variables,
  };
}

const handler = createHandler({ schema, rootValue, onSubscribe: prepare });
const port = Number(process.argv[2] ?? 4001);
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) return handler(req, res);
  res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${port}/graphql`));
