// End-to-end test of the web page in headless Chromium (playwright-core):
// starts `dyad serve` on a fresh database, codes the French example article
// through the page's text box and checks the list, the map, the timeline, the
// network, the highlighted sentence, the filters and the error display.
//
//   node tests/e2e/web.e2e.mjs [--dyad build/dyad] [--web web/dist] [--chromium /usr/bin/chromium]
// (DYAD_BIN and CHROMIUM may also be given in the environment.) Exit status 1
// on failure, with the failed checks, the server's output and a screenshot.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt } = parseArgs({
  options: {
    dyad: { type: 'string', default: process.env.DYAD_BIN ?? join(root, 'build/dyad') },
    web: { type: 'string', default: join(root, 'web/dist') },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
});

const require = createRequire(join(root, 'web/package.json'));
const { chromium } = require('playwright-core');
const { spanText } = await import(join(root, 'web/src/highlight.js'));

const TIMEOUT = 15000;
const tmp = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
let passed = 0;
let failed = 0;

async function check(name, fn) {
  const start = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL - ${name}: ${e.message.split('\n').slice(0, 6).join('\n    ')}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

function startServer(port) {
  for (const [what, path] of [['web page (run `make web`)', join(opt.web, 'index.html')], ['dyad binary', opt.dyad]]) {
    if (!existsSync(path)) throw new Error(`no ${what} at ${path}`);
  }
  const [cmd, args] = [opt.dyad, ['serve', '--db', join(tmp, 'e2e.sqlite'), '--port', String(port), '--web', opt.web]];
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.log = '';
  child.stdout.on('data', (d) => { child.log += d; });
  child.stderr.on('data', (d) => { child.log += d; });
  child.exited = new Promise((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  child.on('error', (e) => { child.log += `cannot start ${cmd}: ${e.message}\n`; });
  console.log(`# server: ${cmd} ${args.join(' ')}`);
  return child;
}

async function waitHealthy(base, server) {
  const deadline = Date.now() + 30000;
  let last = '';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before answering:\n${server.log}`);
    }
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return await r.json();
      last = `${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`no answer from ${base}/healthz after 30 s (${last}):\n${server.log}`);
}

async function api(base, path, init) {
  const r = await fetch(`${base}${path}`, init);
  return { status: r.status, body: await r.json() };
}

// The French example article about Idlib (examples/dispatches.jsonl, fr-001).
const article = readFileSync(join(root, 'examples/dispatches.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((a) => a.lang === 'fr' && /Idleb|Idlib/.test(a.text));
const articleText = `${article.title}\n\n${article.text}`;

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port);
  let browser;
  try {
    const health = await waitHealthy(base, server);
    console.log(`# server up: ${JSON.stringify(health)}`);
    browser = await chromium.launch({
      executablePath: opt.chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(TIMEOUT);
    const pageErrors = [];
    const outside = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url()); });
    const byId = (id) => page.getByTestId(id);

    await check('the page loads with the world map and an empty list', async () => {
      await page.goto(`${base}/`);
      await page.waitForSelector('body[data-ready="true"]');
      const countries = await page.locator('[data-testid=map] path.country').count();
      expect(countries > 100, `expected the country shapes on the map, found ${countries}`);
      expect(!(await byId('error').isVisible()), `error shown on load: ${await byId('error-message').textContent()}`);
      expect(/events from \d+ documents/.test(await byId('health').textContent()), 'no /healthz summary in the header');
    });

    let stored = [];
    await check('coding the French example through the text box lists its events', async () => {
      await byId('code-text').fill(articleText);
      await byId('code-lang').selectOption('fr');
      await byId('code-date').fill('2020-02-15');
      await byId('code-submit').click();
      await byId('code-summary').waitFor();
      const summary = await byId('code-summary').textContent();
      expect(/coded, [1-9]\d* events?/.test(summary), `code summary: ${summary}`);
      stored = (await api(base, '/v1/events?limit=1000')).body.events;
      expect(stored.length >= 3, `expected at least 3 stored events, the API has ${stored.length}`);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length >= n, Math.min(stored.length, 50));
      const rows = await byId('event-row').allTextContents();
      expect(rows.some((t) => /Idlib|Idleb/.test(t) || (/TUR/.test(t) && /SYR/.test(t))),
        `no row mentions Idlib or a TUR/SYR dyad:\n${rows.join('\n')}`);
      const coded = await byId('code-event-row').count();
      expect(coded >= 3, `the text box's result shows ${coded} events`);
    });

    await check('the map shows event marks, Idlib among them', async () => {
      const marks = byId('map-event');
      await marks.first().waitFor();
      const places = await marks.evaluateAll((ms) => ms.map((m) => m.dataset.place));
      const located = new Set(stored.filter((e) => e.location).map((e) => e.location.name));
      expect(places.length >= 1 && places.length <= located.size, `expected up to ${located.size} places on the map, found ${places.length}`);
      expect(places.includes('Idlib'), `Idlib not on the map: ${places.join(', ')}`);
      const fills = await page.locator('[data-testid=map] path.country').evaluateAll((ps) => ps.map((p) => [p.dataset.count, getComputedStyle(p).fill]));
      const blank = fills.find(([n]) => n === '0')[1];
      const shaded = fills.filter(([n, fill]) => n !== '0' && fill !== blank).length;
      const counted = fills.filter(([n]) => n !== '0').length;
      expect(counted >= 1 && shaded === counted, `${counted} countries with events, ${shaded} of them shaded`);
    });

    await check('the timeline and the network follow /v1/stats', async () => {
      const { body: stats } = await api(base, '/v1/stats?period=day&top=40');
      const periods = await byId('timeline-bar').evaluateAll((bs) => new Set(bs.map((b) => b.dataset.period)).size);
      expect(periods === stats.timeline.filter((t) => t.events > 0).length,
        `timeline: ${periods} periods drawn, the API gives ${stats.timeline.length}`);
      const links = await byId('network-link').count();
      expect(links === stats.dyads.length && links >= 1, `network: ${links} links drawn, the API gives ${stats.dyads.length}`);
    });

    await check('clicking an event shows its sentence with source, target and trigger highlighted', async () => {
      const event = stored.find((e) => e.trigger && e.source && e.target && e.context && /[^\x00-\x7f]/.test(e.context.text))
        ?? stored.find((e) => e.trigger && e.context);
      expect(event, 'no stored event with a trigger and a context');
      await page.locator(`[data-testid=event-row][data-event-id="${event.event_id}"]`).click();
      const sentence = byId('detail-sentence');
      await sentence.waitFor();
      expect((await sentence.textContent()) === event.context.text,
        `detail sentence "${await sentence.textContent()}" is not "${event.context.text}"`);
      const marked = async (kind) => (await sentence.locator(`mark[data-kinds~="${kind}"]`).allTextContents()).join('');
      const trigger = await marked('trigger');
      expect(trigger === event.trigger.text, `trigger highlighted "${trigger}", the record says "${event.trigger.text}"`);
      for (const kind of ['source', 'target']) {
        if (!event[kind]) continue;
        const want = spanText(event.context.text, event.context.begin, event[kind].span);
        const got = await marked(kind);
        expect(got === want && want === event[kind].text, `${kind} highlighted "${got}", expected "${event[kind].text}"`);
      }
    });

    await check('the filters refetch the list (country RUS, then reset)', async () => {
      const { body } = await api(base, '/v1/events?country=RUS');
      expect(body.total >= 1, 'the example should have an event with Russia');
      await byId('filter-country').fill('rus');
      await byId('filter-apply').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, body.total);
      const rows = await byId('event-row').allTextContents();
      expect(rows.every((t) => t.includes('RUS')), `a row without RUS:\n${rows.join('\n')}`);
      await byId('filter-reset').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, Math.min(stored.length, 50));
    });

    await check('an empty text shows the API error to the user', async () => {
      const r = await fetch(`${base}/v1/code?lang=fr`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '' });
      const answer = await r.json();
      const want = r.ok ? answer.documents?.[0]?.reason : answer.error?.message;
      expect(want, `the API gave neither an error nor a skip reason for an empty text: ${JSON.stringify(answer)}`);
      await byId('code-text').fill('');
      await byId('code-submit').click();
      await byId('error').waitFor({ state: 'visible' });
      const shown = await byId('error-message').textContent();
      expect(shown.includes(want), `error shown "${shown}", the API said "${want}"`);
    });

    await check('no script error and nothing fetched from outside the server', async () => {
      expect(!pageErrors.length, `page errors: ${pageErrors.join('; ')}`);
      expect(!outside.length, `requests outside ${base}: ${outside.join(', ')}`);
    });

    if (failed) {
      const shot = join(tmpdir(), `dyad-e2e-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.log(`# screenshot of the page: ${shot}`);
    }
  } catch (e) {
    failed++;
    console.log(`FAIL - setup: ${e.message}`);
  } finally {
    await browser?.close().catch(() => {});
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
    await server.exited;
    clearTimeout(timer);
    rmSync(tmp, { recursive: true, force: true });
  }
  if (failed) console.log(`# server output:\n${server.log}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
