// Opens each page in headless Chromium (Debian's /usr/bin/chromium through playwright-core); each page calls the API
// with fetch from its own origin and sets window.corsResult. Prints one JSON line: [{ page, ok, status, body, error }].
//   node cors-check.mjs <page URL> [<page URL> ...]
// Exits 3 when Chromium is missing.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const pages = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(JSON.stringify({ error: `Chromium is missing at ${executablePath}: run build/ensure-chromium.sh (apt-get install chromium).` }));
  process.exit(3);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (const url of pages) {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(url);
    await page.waitForFunction(() => window.corsResult !== undefined);
    results.push({ page: url, ...(await page.evaluate(() => window.corsResult)) });
    await page.close();
  }
} finally {
  await browser.close();
}

console.log(JSON.stringify(results));
