// Benchmark (not a test: it prints figures and asserts nothing about speed). Serves dist/, opens the results of
// an example assessment in headless Chromium and measures, in the page:
//  - the time to redraw all six charts after a resize (the grid's width is nudged and a window `resize` event
//    dispatched; the clock stops when every canvas has its new bitmap size), median of many redraws, at device
//    pixel ratio 1 and 2;
//  - the time from a what-if change (ANPR in the simulation) to the new score and redrawn charts, which
//    includes scoring, the improvement-plan search and the redraw.
// Driven by scripts/bench-charts.sh; production code has no benchmark hook.
import fs from 'node:fs';
import path from 'node:path';
import { serve, ROOT } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { savedState, exampleText } from './lib/state.mjs';

const REDRAWS = Number(process.env.BENCH_REDRAWS || 41);
const WHATIFS = Number(process.env.BENCH_WHATIFS || 15);
const EXAMPLE = process.env.BENCH_EXAMPLE || 'small-comune.json';
const DIR = path.resolve(ROOT, process.env.BENCH_DIST || 'dist');

const state = () => savedState([exampleText(EXAMPLE)], { updated: 0 });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, min: s[0], median: q(0.5), p90: q(0.9), max: s[s.length - 1] };
};
const fmt = (st) => `median ${st.median.toFixed(1)} ms (min ${st.min.toFixed(1)}, p90 ${st.p90.toFixed(1)}, max ${st.max.toFixed(1)}, n=${st.n})`;

async function chartsReady(page) {
  await page.waitForFunction(() => {
    const cs = [...document.querySelectorAll('.chart-figure canvas')];
    return cs.length === 6 && cs.every((c) => c.width > 100);
  }, null, { timeout: 30000 });
  await page.waitForTimeout(500);
}

async function redraws(browser, url, dpr) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: dpr });
  await context.addInitScript((s) => localStorage.setItem('care.state.v1', s), state());
  const page = await context.newPage();
  await page.goto(`${url}#/risultati`);
  await chartsReady(page);
  const times = await page.evaluate(async (n) => {
    const grid = document.querySelector('.results-grid');
    const canvases = () => [...document.querySelectorAll('.chart-figure canvas')];
    const channel = new MessageChannel();
    const tick = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
    const out = [];
    for (let i = 0; i < n; i++) {
      grid.style.width = i % 2 ? '1000px' : '990px';
      const before = canvases().map((c) => c.width);
      const t0 = performance.now();
      window.dispatchEvent(new Event('resize'));
      for (let k = 0; k < 10000; k++) {
        const now = canvases().map((c) => c.width);
        if (now.every((w, j) => w !== before[j])) break;
        await tick();
      }
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, REDRAWS);
  await context.close();
  return stats(times.slice(1));
}

async function whatIfs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((s) => localStorage.setItem('care.state.v1', s), state());
  const page = await context.newPage();
  await page.goto(`${url}#/risultati`);
  await chartsReady(page);
  await page.click('#whatif-start');
  await page.waitForSelector('#whatif-anpr', { state: 'attached' });
  const times = await page.evaluate(async (n) => {
    const select = document.querySelector('#whatif-anpr');
    const score = () => document.querySelector('#whatif-exact').textContent;
    const channel = new MessageChannel();
    const tick = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
    const values = ['completed', 'not_started'];
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = score();
      const t0 = performance.now();
      // Always a different value, so that the score changes.
      select.value = values.find((v) => v !== select.value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (let k = 0; k < 100000 && score() === before; k++) await tick();
      // The charts redraw in the same render pass's effects; one more task lets them finish.
      await tick();
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, WHATIFS);
  await context.close();
  return stats(times);
}

const server = await serve({ dir: DIR, prefix: '/bench/' });
const browser = await launch();
try {
  const wasm = fs.readdirSync(DIR).find((f) => /^care-full-[0-9a-f]+_bg\.wasm$/.test(f)); // the module that draws charts
  const size = fs.statSync(path.join(DIR, wasm)).size;
  console.log(`${path.relative(ROOT, DIR)}/${wasm}: ${(size / 1024).toFixed(0)} KiB (${size > 3e6 ? 'debug' : 'release'} build); example ${EXAMPLE}`);
  console.log(`redraw of all 6 charts after a resize, 1x: ${fmt(await redraws(browser, server.url, 1))}`);
  console.log(`redraw of all 6 charts after a resize, 2x: ${fmt(await redraws(browser, server.url, 2))}`);
  console.log(`what-if change to new score, plan and charts: ${fmt(await whatIfs(browser, server.url))}`);
} finally {
  await browser.close();
  await server.close();
}
