// Sends the introspection documents real clients send, taken from their npm packages now (not copied by hand),
// to a running API, and checks each answer with graphql-js buildClientSchema.
//   MI_API_KEY=<analyst key> node introspection-clients.mjs <graphql endpoint URL> <schema directory>
// Prints a JSON array: { client, document, ok, error, types, sameSchema }.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [endpoint, schemaDirectory] = process.argv.slice(2);
// Each client sends the caller's API key as it would any header its user configures.
const auth = process.env.MI_API_KEY ? { 'x-api-key': process.env.MI_API_KEY } : {};
const require = createRequire(import.meta.url);
const root = new URL('../../../', import.meta.url);
const versionOf = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')).version;
const expectedSchema = printSchema(buildSchema(
  readdirSync(schemaDirectory).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(join(schemaDirectory, f), 'utf8')).join('\n')));

async function post(query, operationName) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...auth },
    body: JSON.stringify({ query, operationName }),
  });
  return { status: response.status, body: await response.json() };
}

function check(client, document, status, body, compare) {
  if (status !== 200 || body.errors || !body.data) {
    return { client, document, ok: false, error: `HTTP ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}` };
  }
  try {
    const schema = buildClientSchema(body.data);
    return { client, document, ok: true, types: Object.keys(schema.getTypeMap()).length, sameSchema: compare ? printSchema(schema) === expectedSchema : null };
  } catch (e) {
    return { client, document, ok: false, error: 'buildClientSchema: ' + e.message };
  }
}

const results = [];

// graphql-js 17: getIntrospectionQuery with every combination of its boolean options.
const options = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'experimentalDirectiveDeprecation', 'oneOf'];
for (let mask = 0; mask < 1 << options.length; mask++) {
  const chosen = Object.fromEntries(options.map((name, i) => [name, (mask & (1 << i)) !== 0]));
  const query = getIntrospectionQuery(chosen);
  const { status, body } = await post(query, 'IntrospectionQuery');
  const everything = chosen.descriptions && chosen.specifiedByUrl && chosen.directiveIsRepeatable && chosen.schemaDescription && chosen.inputValueDeprecation && chosen.oneOf;
  results.push(check(`graphql-js ${versionOf('graphql')} ${JSON.stringify(chosen)}`, query, status, body, everything));
}

// graphql-codegen: its own schema loader (CodegenContext.loadSchema → @graphql-tools/url-loader), with a fetch that records what it sends.
{
  const { CodegenContext } = require('@graphql-codegen/cli');
  const sent = [];
  const customFetch = async (url, init) => { sent.push(JSON.parse(init.body).query); return fetch(url, init); };
  const client = `@graphql-codegen/cli ${versionOf('@graphql-codegen/cli')}`;
  try {
    const schema = await new CodegenContext({ config: { schema: { [endpoint]: { headers: auth } }, customFetch } }).loadSchema({ [endpoint]: { headers: auth } });
    const query = sent.at(-1);
    const { status, body } = await post(query, 'IntrospectionQuery');
    results.push({ ...check(client, query, status, body, false), loaderTypes: Object.keys(schema.getTypeMap()).length });
  } catch (e) {
    results.push({ client, document: sent.at(-1) ?? null, ok: false, error: 'codegen loadSchema: ' + e.message });
  }
}

// Apollo: apollo-language-server's EndpointSchemaProvider (behind the `apollo` CLI and the Apollo VS Code extension),
// which sends getIntrospectionQuery() of its own graphql 14 and builds the schema with it.
{
  const apolloRequire = createRequire(require.resolve('apollo-language-server'));
  const apolloGraphQL = apolloRequire('graphql');
  const { EndpointSchemaProvider } = apolloRequire('./providers/schema/endpoint.js');
  const client = `apollo-language-server ${versionOf('apollo-language-server')} (graphql ${apolloGraphQL.version})`;
  const query = apolloGraphQL.getIntrospectionQuery();
  try {
    const schema = await new EndpointSchemaProvider({ url: endpoint, headers: auth }).resolveSchema();
    const { status, body } = await post(query, 'IntrospectionQuery');
    results.push({ ...check(client, query, status, body, false), loaderTypes: Object.keys(schema.getTypeMap()).length });
  } catch (e) {
    results.push({ client, document: query, ok: false, error: 'EndpointSchemaProvider: ' + e.message });
  }
}

// Banana Cake Pop: the IDE's bundle probes the server's introspection capabilities with four small queries, then
// builds its introspection query from what it found. Both are read out of the bundle's webpack modules.
{
  const ide = new URL('node_modules/@chillicream/bananacakepop-graphql-ide/', root).pathname;
  const version = versionOf('@chillicream/bananacakepop-graphql-ide');
  const client = `@chillicream/bananacakepop-graphql-ide ${version}`;
  const marker = 'query IntrospectionQuery {\\n  __schema {';
  const files = readdirSync(join(ide, 'static', 'js')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ide, 'static', 'js', f), 'utf8'));
  const bundle = files.find((text) => text.includes(marker));
  try {
    const builderAt = bundle.indexOf(marker);
    const starts = [...bundle.matchAll(/(?:^|[{,])(\d+):\((\w),(\w),(\w)\)=>\{/g)];
    const start = starts.filter((m) => m.index < builderAt).at(-1);
    const next = starts.find((m) => m.index > builderAt);
    const body = bundle.slice(start.index + start[0].length, next.index).replace(/\},?$/, '');
    const module = {};
    const webpackRequire = { d: (exports, getters) => { for (const [name, get] of Object.entries(getters)) Object.defineProperty(exports, name, { get, enumerable: true }); } };
    vm.runInNewContext(`(function(${start[2]},${start[3]},${start[4]}){${body}})`)(module, module, webpackRequire);
    const build = Object.values(module).find((value) => typeof value === 'function');
    const probes = [...bundle.matchAll(/body:'(query IntrospectionQuery \{\\n  __type\(name: "(__\w+)"\)[^']*)'/g)]
      .map((m) => [m[2], vm.runInNewContext(`'${m[1]}'`)]);
    const found = {};
    for (const [type, probe] of probes) {
      const { body: answer } = await post(probe, 'IntrospectionQuery');
      found[type] = (answer.data?.__type?.fields ?? []).map((f) => f.name);
    }
    // The capability flags as the bundle derives them from the four answers.
    const features = {
      directiveIsRepeatable: found.__Directive.includes('isRepeatable'),
      directiveLocations: found.__Directive.includes('locations'),
      inputValueDeprecation: found.__InputValue.includes('isDeprecated'),
      oneOf: found.__Type.includes('oneOf'),
      specifiedByUrl: found.__Type.includes('specifiedByURL'),
      subscription: found.__Schema.includes('subscriptionType'),
    };
    const query = build(features);
    const { status, body: answer } = await post(query, 'IntrospectionQuery');
    results.push({ ...check(client, query, status, answer, false), probes: probes.length, features });
  } catch (e) {
    results.push({ client, document: null, ok: false, error: 'Banana Cake Pop bundle: ' + e.stack });
  }
}

process.stdout.write(JSON.stringify(results));
