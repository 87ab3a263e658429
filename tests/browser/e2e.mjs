// End-to-end test of the pages of `tupu serve` in a real browser.
//
//   node tests/browser/e2e.mjs --tupu target/release/tupu --store tupu-store
//
// Starts `tupu serve` on a free loopback port (it prints its address first), drives
// Debian's Chromium with playwright-core, scripts off (the pages must work without
// JavaScript): search for an entity, open its page, follow a relation to another
// entity, open a document that mentions it and check that the mention is highlighted
// and links back. Stops the server at the end, also on failure. Only 127.0.0.1 is
// ever visited. Ends with "N passed, M failed"; exits 1 if any step failed.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const tupu = args.tupu ?? 'target/release/tupu';
const store = args.store ?? 'tupu-store';
const chromiumPath = args.chromium ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}

// the server: its first line of output is "tupu: serving STORE at http://127.0.0.1:PORT/"
const server = spawn(tupu, ['serve', '--store', store, '--bind', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const exited = once(server, 'exit');
const firstLine = await Promise.race([
  once(createInterface({ input: server.stdout }), 'line').then(([line]) => line),
  exited.then(() => null),
  new Promise((resolve) => setTimeout(() => resolve(null), 30000)),
]);
const base = firstLine?.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
if (!base) {
  console.log(`FAIL tupu serve did not start (${firstLine ?? 'no output'})`);
  server.kill('SIGKILL');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  // nothing but the server under test: any other request is a failure
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base + '/')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const label = '青禾镇';
  let entityPath;
  let otherName;
  let otherPath;

  await step('the index lists classes with counts', async () => {
    const response = await page.goto(base + '/');
    check(response.ok(), `status ${response.status()}`);
    check(await page.locator('a[href^="/search?class="]').count() > 5, 'class links');
  });

  await step(`search finds ${label} and leads to its page`, async () => {
    await page.fill('main input[name="q"]', label);
    await Promise.all([page.waitForURL(/\/search\?/), page.press('main input[name="q"]', 'Enter')]);
    await Promise.all([page.waitForURL(/\/id\//), page.getByRole('link', { name: label, exact: true }).first().click()]);
    entityPath = new URL(page.url()).pathname;
    check((await page.locator('h1').textContent()) === label, `h1 is ${await page.locator('h1').textContent()}`);
  });

  await step('the entity page highlights its mentions and shows its relations', async () => {
    check(await page.locator('ul.sentences mark').count() > 0, 'no <mark> in the mentions');
    check(await page.locator('table.relations a[href^="/id/"]').count() > 0, 'no relation links');
  });

  await step('a relation link leads to the related entity', async () => {
    const link = page.locator('table.relations a[href^="/id/"]').first();
    otherName = (await link.textContent()).trim();
    await Promise.all([page.waitForURL((url) => url.pathname !== entityPath), link.click()]);
    otherPath = new URL(page.url()).pathname;
    check(otherPath.startsWith('/id/'), `at ${otherPath}`);
    check((await page.locator('h1').textContent()) === otherName, `h1 is ${await page.locator('h1').textContent()}, link said ${otherName}`);
  });

  await step('the document of a mention highlights it and links it back', async () => {
    const docLink = page.locator('ul.sentences li a[href^="/doc/"]').first();
    check(await docLink.count() === 1, `${otherName} has no mention with a document link`);
    await Promise.all([page.waitForURL(/\/doc\//), docLink.click()]);
    const marks = page.locator(`div.text mark a[href="${otherPath}"]`);
    check(await marks.count() > 0, `no highlighted mention linking to ${otherPath}`);
    const mark = marks.first().locator('xpath=..');
    check((await mark.evaluate((m) => m.tagName)) === 'MARK', 'the link is not inside a <mark>');
    const background = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
    check(background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent', `mark background ${background}`);
    check(await mark.isVisible(), 'the mark is not visible');
    check((await page.locator('div.text mark').count()) > 5, 'few marks in the document');
  });

  await step('a label with markup is shown as text (no script runs)', async () => {
    const response = await page.goto(base + '/search?q=' + encodeURIComponent('<script>alert(1)</script>'));
    check(response.ok(), `status ${response.status()}`);
    check((await page.locator('h1').textContent()).includes('<script>'), 'the query is not shown as text');
    check(await page.locator('main script').count() === 0, 'a script element was created');
  });

  await step('no request left 127.0.0.1', async () => {
    check(outside.length === 0, outside.join(', '));
  });
} finally {
  await browser.close();
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
