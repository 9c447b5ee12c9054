// Drives the Banana Cake Pop explorer in headless Chromium against a running server:
// opens the explorer page, creates a document, waits until the IDE has introspected the schema,
// types a query, runs it and waits until the response pane shows the expected value.
// Usage: node explorer-check.mjs <endpoint-url> <query> <expected-text> <screenshot.png>
// Prints one JSON line; exits 0 on success, 1 on a failed check, 3 when Chromium is missing.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const [url, query, expected, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(JSON.stringify({ ok: false, error: `Chromium is missing at ${executablePath}: run build/ensure-chromium.sh (apt-get install chromium).` }));
  process.exit(3);
}
mkdirSync(dirname(screenshot), { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.setDefaultTimeout(45_000);
const step = { name: 'open the explorer' };
try {
  const introspection = page.waitForResponse((r) => r.request().method() === 'POST'
    && (r.request().postData() ?? '').includes('__schema') && r.url().startsWith(url));
  await page.goto(url);

  step.name = 'create a document';
  await page.getByRole('button', { name: /Create Document/ }).first().click();

  step.name = 'load the schema by introspection';
  const schemaResponse = await introspection;
  const schema = await schemaResponse.json();
  if (schemaResponse.status() !== 200 || !schema.data?.__schema) {
    throw new Error(`introspection answered ${schemaResponse.status()}: ${JSON.stringify(schema).slice(0, 300)}`);
  }
  const typeNames = schema.data.__schema.types.map((t) => t.name);
  await page.getByText('Schema available').waitFor();

  step.name = 'type and run the query';
  const editor = page.locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  // The IDE parses the document before it can run it; its "Run" code lens shows it is ready.
  await editor.getByText('Run ▷').waitFor();
  const executed = page.waitForResponse((r) => r.request().method() === 'POST'
    && (r.request().postData() ?? '').includes(JSON.stringify(query).slice(1, -1)) && r.url().startsWith(url));
  await page.getByRole('button', { name: /Run Operation/ }).click();
  const result = await executed;

  step.name = 'see the response in the response pane';
  await page.waitForFunction((text) => [...document.querySelectorAll('.monaco-editor')]
    .some((e) => e.innerText.replaceAll('\u00a0', ' ').includes(text)), expected);
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ ok: true, status: result.status(), typeNames, screenshot }));
} catch (error) {
  await page.screenshot({ path: screenshot }).catch(() => {});
  console.log(JSON.stringify({ ok: false, step: step.name, error: String(error?.message ?? error).slice(0, 1000), screenshot }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
