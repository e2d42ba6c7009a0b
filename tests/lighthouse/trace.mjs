// `node tests/lighthouse/trace.mjs [page] [--dist DIR] [--out FILE] [--profile]`: one Lighthouse run (mobile
// preset, as `npm run lighthouse`) of `page` (default /index.html), then what runs in each long task of its trace.
// For each top-level task of the main thread that Lighthouse's simulation may count as blocking (its mobile preset
// multiplies a task's observed duration by 4, or by 2 when the task contains a layout; a task counts above 50 ms): its observed duration, the time per kind of work inside it
// (script evaluation per URL, style recalculation, layout…) and, with --profile (V8 sampling profiler on, which
// slows scripts a little), the functions that took its time, mapped through source maps when DIR has them (build
// with `npx vite build --sourcemap --outDir DIR` for that). --out FILE saves the trace for DevTools' Performance panel.
import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { SourceMapConsumer } from 'source-map-js';
import { findChrome } from '../find-chrome.mjs';
import { serveDist } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const page = args.find((arg, i) => !arg.startsWith('--') && !['--dist', '--out'].includes(args[i - 1])) ?? '/index.html';
const dist = option('--dist');
const PROFILE = args.includes('--profile');
const SLOWDOWN = 4;
const hasLayout = (task) => task.event.name === 'Layout' || task.children.some(hasLayout);
const factor = (task) => (hasLayout(task) ? SLOWDOWN / 2 : SLOWDOWN);
const { base, close } = await serveDist(dist);
const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
let result;
try {
  result = await lighthouse(`${base}${page}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(PROFILE ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {}),
  });
} finally {
  await chrome.kill();
  close();
}
const { lhr, artifacts } = result;
const trace = artifacts.Trace;
if (option('--out')) await writeFile(option('--out'), JSON.stringify(trace));

const processed = TraceProcessor.processTrace(trace);
const navigation = TraceProcessor.processNavigation(processed);
const origin = processed.timestamps.timeOrigin;
const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd, origin);
const short = (url) => String(url ?? '').replace(base, '').replace(/^\//, '') || '(page)';

// Source maps of the served chunks, when the build has them.
const maps = new Map();
async function mapOf(url) {
  if (!dist || !url?.startsWith(base)) return undefined;
  if (!maps.has(url)) maps.set(url, await readFile(join(dist, new URL(url).pathname + '.map'), 'utf8').then((text) => new SourceMapConsumer(JSON.parse(text)), () => undefined));
  return maps.get(url);
}
async function nameOf(frame) {
  const map = await mapOf(frame.url);
  const where = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (where?.source) {
    const file = where.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    return `${where.name ?? frame.functionName ?? '(anonymous)'} ${file}:${where.line}`;
  }
  return `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}`;
}

// Samples of the V8 profiler: time → the stack's leaf and the chain of callers.
const samples = [];
if (PROFILE) {
  const chunks = new Map();
  const { pid, tid } = processed.mainThreadEvents[0];
  for (const event of trace.traceEvents) {
    if (event.pid !== pid) continue;
    if (event.name === 'Profile' && event.tid === tid) chunks.set(event.id, { start: event.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (event.name === 'ProfileChunk') {
      const profile = chunks.get(event.id);
      if (!profile) continue;
      const data = event.args.data.cpuProfile ?? {};
      for (const node of data.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(data.samples ?? []));
      profile.deltas.push(...(event.args.data.timeDeltas ?? []));
    }
  }
  for (const profile of chunks.values()) {
    let ts = profile.start;
    const parentOf = new Map();
    for (const node of profile.nodes.values()) for (const child of node.children ?? []) parentOf.set(child, node.id);
    for (const node of profile.nodes.values()) if (node.parent) parentOf.set(node.id, node.parent);
    profile.samples.forEach((id, i) => {
      ts += profile.deltas[i];
      const stack = [];
      for (let at = id; at !== undefined; at = parentOf.get(at)) stack.push(profile.nodes.get(at).callFrame);
      samples.push({ time: (ts - origin) / 1000, stack });
    });
  }
  samples.sort((a, b) => a.time - b.time);
}

const fcp = navigation.timings.firstContentfulPaint;
const GROUP_OF = {
  EvaluateScript: 'script', 'v8.compileModule': 'compile', 'v8.evaluateModule': 'script', FunctionCall: 'script', RunMicrotasks: 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'parse CSS',
  Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', 'Commit': 'paint', MajorGC: 'GC', MinorGC: 'GC', 'V8.GC_SCAVENGER': 'GC',
};
function breakdown(task, into = new Map()) {
  const kind = GROUP_OF[task.event.name] ?? `${task.group.label}: ${task.event.name}`;
  into.set(kind, (into.get(kind) ?? 0) + task.selfTime);
  for (const child of task.children) breakdown(child, into);
  return into;
}
function scripts(task, into = new Map()) {
  const url = task.event.args?.data?.url ?? task.event.args?.data?.scriptName;
  if (url && /^(EvaluateScript|v8.evaluateModule|FunctionCall|v8.compileModule)$/.test(task.event.name)) {
    const key = `${task.event.name === 'FunctionCall' ? `call ${task.event.args.data.functionName || '(anonymous)'}` : task.event.name} ${short(url)}`;
    into.set(key, (into.get(key) ?? 0) + task.duration);
  }
  for (const child of task.children) scripts(child, into);
  return into;
}
const ms = (value) => `${value.toFixed(1)}`;
const top = (entries, n) => [...entries].sort((a, b) => b[1] - a[1]).slice(0, n);

console.log(`${page}: performance ${Math.round(lhr.categories.performance.score * 100)}, TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms (simulated), CLS ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)}, benchmark index ${Math.round(lhr.environment.benchmarkIndex)}; observed FCP ${ms(fcp)} ms`);
console.log('Lighthouse long tasks (simulated):', (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => `${short(t.url)} ${Math.round(t.duration)} ms @${Math.round(t.startTime)}`).join('; '));
let estimate = 0;
let cpuEstimate = 0;
for (const task of tasks.filter((t) => !t.parent && t.duration * factor(t) >= 40)) {
  const blocking = task.startTime >= fcp ? task.duration * factor(task) - 50 : 0;
  estimate += blocking;
  const cpu = Number.isFinite(task.event.tdur) ? task.event.tdur / 1000 : task.duration;
  cpuEstimate += task.startTime >= fcp ? Math.max(0, cpu * factor(task) - 50) : 0;
  console.log(`\n@${ms(task.startTime)} ${ms(task.duration)} ms observed, ${ms(cpu)} ms CPU (×${factor(task)} = ${Math.round(task.duration * factor(task))} ms)${task.startTime < fcp ? ' before FCP' : ''} — ${task.attributableURLs.map(short).join(', ')}`);
  console.log('  kinds:', top(breakdown(task), 8).filter(([, t]) => t >= 0.5).map(([k, t]) => `${k} ${ms(t)}`).join(', '));
  console.log('  scripts:', top(scripts(task), 8).filter(([, t]) => t >= 0.5).map(([k, t]) => `${k} ${ms(t)}`).join('; '));
  if (PROFILE) {
    const inside = samples.filter((s) => s.time >= task.startTime && s.time <= task.endTime);
    const self = new Map();
    const total = new Map();
    let previous = task.startTime;
    for (const sample of inside) {
      const dt = sample.time - previous;
      previous = sample.time;
      const leaf = await nameOf(sample.stack[0]);
      self.set(leaf, (self.get(leaf) ?? 0) + dt);
      const seen = new Set();
      for (const frame of sample.stack) {
        if (!frame.url) continue;
        const name = await nameOf(frame);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
      }
    }
    // What the task is about: the project's own functions with the most time, past the generic wrappers.
    const own = top(total, 400).filter(([name]) => /(components|src)\//.test(name) && !/(siip-element|locale|reactive-element|lit-element|lit-html)\.(ts|js)/.test(name));
    console.log('  ours:', own.slice(0, 14).map(([k, t]) => `${k.replace(/ .*\//, ' ')} ${ms(t)}`).join('; '));
    console.log('  self time:', top(self, 10).map(([k, t]) => `${k} ${ms(t)}`).join('; '));
    console.log('  total time:', top(total, 14).map(([k, t]) => `${k} ${ms(t)}`).join('; '));
  }
}
console.log(`\nObserved tasks after the observed FCP, ×4 (×2 with layout) − 50 ms summed: ${Math.round(estimate)} ms (a rough stand-in for the simulated TBT); from their CPU time, which a busy machine inflates less: ${Math.round(cpuEstimate)} ms`);
