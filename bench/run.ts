// `npm run bench`: answer-engine latency, index build time, heap, and CLI wall time. Prints numbers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { allCases } from '../test/cases/index.js';
import { startFakeSlack } from '../test/fakes/slack-api.js';
import { freePort } from '../test/support/free-port.js';
import { startTestServer } from '../test/support/server.js';
import { SIGNING_SECRET } from '../test/support/slack-request.js';
import { newSubscription } from '../test/support/subscriptions.js';
import { TRANSFORMS } from '../test/support/transform.js';
import { benchSlack } from './slack.js';

// Measure the compiled engine, as `npm start` and `npx charterbot` run it (`npm run bench` builds first).
const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
const { loadKnowledge } = (await import(dist('charter/load.js'))) as typeof import('../src/charter/load.js');
const { createEngine } = (await import(dist('engine/engine.js'))) as typeof import('../src/engine/engine.js');
const { read } = (await import(dist('engine/read.js'))) as typeof import('../src/engine/read.js');
const { createPhraser } = (await import(
  dist('phrase/answer.js')
)) as typeof import('../src/phrase/answer.js');

const ANSWERS = 20_000;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (v: number) => `${v.toFixed(3)} ms`;

const { keptEngineIndex } = (await import(
  dist('app/engine-start.js')
)) as typeof import('../src/app/engine-start.js');
const { engineIndex } = (await import(dist('engine/engine.js'))) as typeof import('../src/engine/engine.js');

const t0 = performance.now();
const knowledge = loadKnowledge();
const t1 = performance.now();
const engine = createEngine(knowledge, { phraser: createPhraser(knowledge.lexicon) });
const t2 = performance.now();
// As a process starts (src/app/engine-start.ts): the index kept from an earlier run, read and made into an
// engine. Made once here, so the reading is timed, not the first making.
await keptEngineIndex(knowledge);
const t3 = performance.now();
const kept = await keptEngineIndex(knowledge);
createEngine(knowledge, { phraser: createPhraser(knowledge.lexicon), index: kept });
const t4 = performance.now();
const t5 = performance.now();
engineIndex(knowledge);
const t6 = performance.now();

const questions = allCases.map((c) => c.q);
// The goals are per message kind: one question (< 2 ms), and a letter or a message that asks several
// things (< 10 ms, as a pasted e-mail). The test cases hold both; each is timed against its own goal.
const asksOneThing = (q: string) => {
  const reading = read(q);
  return !reading.letter && reading.questions.length === 1;
};
const single = new Set(questions.filter(asksOneThing));
for (let i = 0; i < 500; i++) engine.answerNow(questions[i % questions.length]); // warm-up
const times: number[] = [];
const severalTimes: number[] = [];
for (let i = 0; i < ANSWERS; i++) {
  const q = questions[i % questions.length] as string;
  const start = performance.now();
  engine.answerNow(q);
  (single.has(q) ? times : severalTimes).push(performance.now() - start);
}
times.sort((a, b) => a - b);
severalTimes.sort((a, b) => a - b);
// The same questions pasted in a citizen's e-mail: read first, then answered.
const email = TRANSFORMS.find((t) => t.name === 'e-mail');
const letters = questions.map((q, i) => email?.apply(q, i) ?? q);
const letterTimes: number[] = [];
for (let i = 0; i < ANSWERS / 4; i++) {
  const q = letters[i % letters.length];
  const start = performance.now();
  engine.answerNow(q);
  letterTimes.push(performance.now() - start);
}
letterTimes.sort((a, b) => a - b);
(globalThis as { gc?: () => void }).gc?.();
const heap = process.memoryUsage().heapUsed / 2 ** 20;

const bin = join(import.meta.dirname, '../bin/charterbot.js');
// A database of its own: the start-up integrity check reads the whole file, and the working copy's
// ./data may hold the audit log of every question ever asked here.
const cliEnv = { ...process.env, DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'cb-cli-')), 'cli.db') };
const walls: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [bin, 'ask', 'What is the Ondiep burglary target for 2011?'], {
    encoding: 'utf8',
    env: cliEnv,
  });
  walls.push(performance.now() - start);
  if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
}
walls.sort((a, b) => a - b);

console.log('answer engine, in-process');
console.log(
  `  answers            ${ANSWERS} (${questions.length} test-case messages, repeated; ${single.size} ask one thing)`,
);
console.log(`  one question p50   ${ms(quantile(times, 0.5))}`);
console.log(`  one question p99   ${ms(quantile(times, 0.99))}   (goal < 2 ms)`);
console.log(`  one question max   ${ms(times.at(-1) ?? 0)}`);
console.log(`  letters, several questions p99  ${ms(quantile(severalTimes, 0.99))}   (goal < 10 ms)`);
console.log(`  pasted e-mail p99  ${ms(quantile(letterTimes, 0.99))}   (goal < 10 ms)`);
console.log(`  knowledge load     ${ms(t1 - t0)}`);
console.log(
  `  index build        ${ms(t4 - t3)}   (goal < 100 ms; the index kept from an earlier run, read)`,
);
console.log(`  index made anew    ${ms(t6 - t5)}   (once per change of the knowledge or the engine's code)`);
console.log(
  `  first engine       ${ms(t2 - t1)}   (index made anew in a fresh process, code not yet compiled)`,
);
console.log(`  heap used          ${heap.toFixed(1)} MiB`);
console.log('CLI, one question (process start included), 5 runs');
console.log(`  median wall        ${ms(quantile(walls, 0.5))}   (goal < 400 ms)`);
console.log(`  max wall           ${ms(walls.at(-1) ?? 0)}`);

// HTTP: /api/ask over loopback at a fixed concurrency, with the audit log writing to a SQLite file.
const server = await startTestServer({
  DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'bench.db'),
  RATE_LIMIT_PER_MINUTE: '1000000',
  LOG_LEVEL: 'warn',
});
const CONNECTIONS = 10;
const result = await autocannon({
  url: new URL('/api/ask', server.url).href,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question: 'What is the Ondiep burglary target for 2011?' }),
  connections: CONNECTIONS,
  duration: 5,
});
const audited = await server.store.countAudit();
await server.close();
console.log(`HTTP POST /api/ask, ${CONNECTIONS} connections, 5 s, audit log on (SQLite file)`);
console.log(
  `  throughput         ${result.requests.average.toFixed(0)} req/s (${result.requests.total} requests, ${result.non2xx} non-2xx)`,
);
console.log(`  latency p50        ${result.latency.p50} ms`);
console.log(`  latency p99        ${result.latency.p99} ms`);
console.log(`  audit records      ${audited}`);

// Slack: signed app_mention events, charterbot against a bare Bolt app (bench/slack.ts).
await benchSlack(CONNECTIONS);

// Progress: all 48 targets against a full set of measurements (every target, every year 2006-2017).
const { evaluateProgress, measurementUnit } = (await import(
  dist('progress/evaluate.js')
)) as typeof import('../src/progress/evaluate.js');
const { DEFAULT_PROGRESS_OPTIONS } = (await import(
  dist('progress/types.js')
)) as typeof import('../src/progress/types.js');
const plausible = (unit: string, i: number) =>
  unit === 'rapportcijfer'
    ? 5 + (i % 20) / 10
    : unit === '%'
      ? 10 + (i % 50)
      : unit === 'index'
        ? 100 + (i % 20)
        : 5 + (i % 35);
const full = knowledge.targets.flatMap((t, ti) =>
  Array.from({ length: 12 }, (_, k) => ({
    wijk: t.wijk,
    indicator: t.indicator,
    year: 2006 + k,
    value: plausible(measurementUnit(t), ti + k),
    unit: measurementUnit(t),
    source: `Bench ${2006 + k}`,
    note: null,
    recordedBy: null,
    recordedAt: '2026-01-01T00:00:00.000Z',
  })),
);
const progressTimes: number[] = [];
for (let i = 0; i < 2000; i++) {
  const start = performance.now();
  evaluateProgress(knowledge.targets, full, [], '2013-06-01', DEFAULT_PROGRESS_OPTIONS);
  progressTimes.push(performance.now() - start);
}
progressTimes.sort((a, b) => a - b);
console.log(`progress of all ${knowledge.targets.length} targets, ${full.length} measurements, 2000 runs`);
console.log(`  p50                ${ms(quantile(progressTimes, 0.5))}`);
console.log(`  p99                ${ms(quantile(progressTimes, 0.99))}   (goal < 5 ms)`);

// Import: a generated 10,000-row CSV (every target, 2006-2026, repeated rows counted once), end to end
// through the CLI (process start, parsing, validation, one transaction into a SQLite file).
const { writeFileSync } = await import('node:fs');
const importDir = mkdtempSync(join(tmpdir(), 'cb-bench-import-'));
const rows: string[] = [];
for (let i = 0; rows.length < 10_000; i++) {
  const t = knowledge.targets[i % knowledge.targets.length];
  if (!t) break;
  const year = 2006 + (Math.floor(i / knowledge.targets.length) % 21);
  const value = plausible(measurementUnit(t), (i % knowledge.targets.length) + year);
  rows.push(`${t.wijk};${t.indicator};${year};${String(value).replace('.', ',')};Bench ${year}`);
}
const csvPath = join(importDir, 'measurements-10000.csv');
writeFileSync(csvPath, `${rows.join('\n')}\n`);
const importEnv = { ...process.env, DATABASE_URL: join(importDir, 'import.db') };
const importWalls: number[] = [];
for (const run of ['first import', 'same file again']) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [bin, 'measurements', 'import', csvPath], {
    encoding: 'utf8',
    env: importEnv,
  });
  importWalls.push(performance.now() - start);
  if (r.status !== 0) throw new Error(`import failed (${run}): ${r.stderr}`);
  console.log(`  ${run.padEnd(18)} ${r.stdout.trim().replace(`${csvPath}: `, '')}`);
}
console.log(`import of ${rows.length} CSV rows through the CLI (process start included)`);
console.log(`  first import       ${ms(importWalls[0] ?? 0)}   (goal < 2 s)`);
console.log(`  same file again    ${ms(importWalls[1] ?? 0)}`);

// Digests: composing one for all 48 targets, and a fan-out to 1,000 subscribed channels on the fake Slack API.
const { composeDigest } = (await import(
  dist('digest/compose.js')
)) as typeof import('../src/digest/compose.js');
const { renderDigestSlack } = (await import(
  dist('render/digest-slack.js')
)) as typeof import('../src/render/digest-slack.js');
const composeTimes: number[] = [];
for (let i = 0; i < 1000; i++) {
  const start = performance.now();
  const d = composeDigest({
    progress: evaluateProgress(knowledge.targets, full, [], '2013-06-01', DEFAULT_PROGRESS_OPTIONS),
    asOf: '2013-06-01',
    period: '2013-W22',
    language: 'nl',
    scope: { wijken: [], themes: [] },
    previous: null,
    lastMeasurementAt: null,
  });
  renderDigestSlack(d, knowledge.lexicon);
  composeTimes.push(performance.now() - start);
}
composeTimes.sort((a, b) => a - b);
console.log('digest for all 48 targets (progress, composition and Block Kit), 1000 runs');
console.log(`  p50                ${ms(quantile(composeTimes, 0.5))}`);
console.log(`  p99                ${ms(quantile(composeTimes, 0.99))}   (goal < 10 ms)`);

const fanSlack = await startFakeSlack();
const fanServer = await startTestServer(
  {
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'fanout.db'),
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fanSlack.apiUrl,
    AUDIT_PSEUDONYM_KEY: 'b'.repeat(40),
    LOG_LEVEL: 'warn',
    DIGEST_SCHEDULER: 'off',
  },
  {},
);
for (let i = 0; i < 1000; i++) {
  await fanServer.store.saveSubscription(
    newSubscription({ id: `bench-${i}`, conversation: `CB${String(i).padStart(5, '0')}`, subscriber: null }),
  );
}
const fanStart = performance.now();
const ticks = await Promise.all(
  [1, 2].map(() => fanServer.digests.tick(Date.parse('2027-06-07T09:00:00+02:00'))),
);
const fanMs = performance.now() - fanStart;
const fanPosts = fanSlack.calls.filter((c) => c.method === 'chat.postMessage');
const perChannel = new Map<string, number>();
for (const c of fanPosts)
  perChannel.set(String(c.body.channel), (perChannel.get(String(c.body.channel)) ?? 0) + 1);
await fanServer.close();
await fanSlack.close();
console.log('digest fan-out: 1,000 Slack channels due at the same minute, two ticks racing, fake Slack API');
console.log(`  time               ${ms(fanMs)}`);
console.log(
  `  posted             ${ticks.reduce((n, t) => n + t.posted, 0)} (channels reached: ${perChannel.size})`,
);
console.log(`  duplicates         ${[...perChannel.values()].filter((n) => n > 1).length}`);

// PostgreSQL: instances as separate processes on one database (skipped without a server at TEST_DATABASE_URL,
// which scripts/start-postgres.sh prints).
const pgSupport = await import('../test/support/postgres.js');
if (!pgSupport.postgresAvailable) {
  console.log(
    `PostgreSQL: skipped (nothing at ${pgSupport.TEST_DATABASE_URL}; run scripts/start-postgres.sh)`,
  );
} else {
  const { spawn } = await import('node:child_process');
  /** One `npm start`-like instance on its own port; resolves once it listens. */
  const instance = async (env: Record<string, string>) => {
    const port = await freePort();
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (d) => {
        if (String(d).includes('charterbot is running')) resolve();
      });
    });
    return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
  };
  for (const count of [1, 2]) {
    const url = await pgSupport.freshDatabaseUrl();
    const running = [];
    for (let i = 0; i < count; i++)
      running.push(await instance({ DATABASE_URL: url, DIGEST_SCHEDULER: 'off' }));
    const results = await Promise.all(
      running.map((r) =>
        autocannon({
          url: new URL('/api/ask', r.url).href,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: 'What is the Ondiep burglary target for 2011?' }),
          connections: CONNECTIONS / count,
          duration: 5,
        }),
      ),
    );
    for (const r of running) r.stop();
    const total = results.reduce((n, r) => n + r.requests.average, 0);
    console.log(
      `HTTP POST /api/ask on PostgreSQL, ${count} instance${count > 1 ? 's' : ''}, ${CONNECTIONS} connections in all, 5 s`,
    );
    console.log(
      `  throughput         ${total.toFixed(0)} req/s (${results.reduce((n, r) => n + r.requests.total, 0)} requests, ${results.reduce((n, r) => n + r.non2xx, 0)} non-2xx)`,
    );
    console.log(`  latency p99        ${Math.max(...results.map((r) => r.latency.p99))} ms`);
  }

  // Fan-out: 1,000 subscriptions due in the same minute, three instances ticking on one PostgreSQL.
  const pgSlack = await startFakeSlack();
  const url = await pgSupport.freshDatabaseUrl();
  const env = {
    DATABASE_URL: url,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: pgSlack.apiUrl,
    AUDIT_PSEUDONYM_KEY: 'b'.repeat(40),
    LOG_LEVEL: 'warn',
    DIGEST_SCHEDULER: 'off',
  };
  const three = await Promise.all([1, 2, 3].map(() => startTestServer(env)));
  for (let i = 0; i < 1000; i++)
    await three[0]?.store.saveSubscription(
      newSubscription({ id: `pg-${i}`, conversation: `CP${String(i).padStart(5, '0')}`, subscriber: null }),
    );
  const started = performance.now();
  const pgTicks = await Promise.all(
    three.map((s) => s.digests.tick(Date.parse('2027-06-07T09:00:00+02:00'))),
  );
  const took = performance.now() - started;
  const reached = new Map<string, number>();
  for (const c of pgSlack.calls.filter((x) => x.method === 'chat.postMessage'))
    reached.set(String(c.body.channel), (reached.get(String(c.body.channel)) ?? 0) + 1);
  await Promise.all(three.map((s) => s.close()));
  await pgSlack.close();
  console.log('digest fan-out on PostgreSQL: 1,000 Slack channels due at the same minute, three instances');
  console.log(`  time               ${ms(took)}`);
  console.log(
    `  posted             ${pgTicks.reduce((n, t) => n + t.posted, 0)} (channels reached: ${reached.size}; by instance: ${pgTicks.map((t) => t.posted).join(', ')})`,
  );
  console.log(`  duplicates         ${[...reached.values()].filter((n) => n > 1).length}`);
}
