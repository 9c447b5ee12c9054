// Checks that two servers answer the benchmark request with the same JSON (same data, same order),
// so the load comparison compares equal work. Usage: node same-response.mjs <url-a> <url-b> <body-file>
import { readFileSync } from 'node:fs';

const [urlA, urlB, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');
async function fetchResult(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return JSON.stringify(await response.json());
}
const [a, b] = await Promise.all([fetchResult(urlA), fetchResult(urlB)]);
if (a !== b) {
  console.error(`The servers disagree:\n${urlA}: ${a.slice(0, 400)}\n${urlB}: ${b.slice(0, 400)}`);
  process.exit(1);
}
console.log(`same response from both servers (${a.length} bytes of JSON)`);
