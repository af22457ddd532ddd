// The same answer however the question is sent: every golden case, wrapped in a citizen's e-mail, typed
// in lower case, with the wijk in capitals, with a slip of the pen, with Slack markup, and turned into a
// "klopt het dat"-claim with the right and with a wrong figure. What must hold: the status, the lead
// figure and the first clause; a claim is answered yes or no first, with the right figure.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Answer } from '../../src/engine/types.js';
import { allCases, type Case } from '../cases/index.js';
import { numbersIn } from '../support/charter-text.js';
import { createEngine } from '../support/engine.js';
import { asClaim, TRANSFORMS } from '../support/transform.js';

const knowledge = loadKnowledge();

/** The share of transformed cases that must keep their answer. */
const REQUIRED = 0.99;

type Outcome = { status: Answer['status']; lead: number | null; clause: string | null };
const outcome = (a: Answer): Outcome => ({
  status: a.status,
  lead: a.facts[0]?.value ?? null,
  clause: a.citations[0]?.id ?? null,
});

/** Asks `q` in place of case `at` of its thread (or alone), the thread's earlier questions as asked. */
// One engine for all: a question without a thread keeps no context, and each replayed thread gets an id
// of its own, so no question sees another's conversation.
const engine = createEngine(knowledge);
let replays = 0;

async function askInPlace(c: Case, q: string): Promise<Answer> {
  replays += 1;
  const thread = c.thread ? `x-${c.thread}-${replays}` : undefined;
  if (c.thread) {
    for (const earlier of allCases.slice(0, allCases.indexOf(c))) {
      if (earlier.thread === c.thread) await engine.ask(earlier.q, { thread });
    }
  }
  return engine.ask(q, { thread });
}

type Result = { name: string; q: string; why: string };

async function run(): Promise<{ total: number; failed: Result[] }> {
  const failed: Result[] = [];
  let total = 0;
  for (const [i, c] of allCases.entries()) {
    if (c.chat) continue;
    const original = await askInPlace(c, c.q);
    const want = outcome(original);
    for (const t of TRANSFORMS) {
      const q = t.apply(c.q, i);
      if (q === null || q === c.q) continue;
      total += 1;
      const got = outcome(await askInPlace(c, q));
      const why: string[] = [];
      if (got.status !== want.status) why.push(`status ${got.status}, was ${want.status}`);
      if (got.lead !== want.lead) why.push(`lead ${got.lead}, was ${want.lead}`);
      if (got.clause !== want.clause) why.push(`clause ${got.clause}, was ${want.clause}`);
      if (why.length) failed.push({ name: t.name, q, why: why.join('; ') });
    }
    // A claim with the answer's own figure is a "yes", with another figure a "no"; both state the figure.
    // The figure asked for: the one of the year the question names, else the first.
    const fact = original.facts.find((f) => c.q.includes(String(f.year))) ?? original.facts[0];
    if (original.status !== 'answered' || !fact || c.thread) continue;
    const right = String(fact.value).replace('.', original.language === 'nl' ? ',' : '.');
    const wrong = String(fact.value * 2 + 1);
    for (const [figure, yes] of [
      [right, true],
      [wrong, false],
    ] as const) {
      const q = asClaim(c.q, figure);
      if (!q) continue;
      total += 1;
      const a = await askInPlace(c, q);
      const own = a.answer.replace(/“[^”]*”/g, ' ');
      const first =
        own
          .trim()
          .split(/[.,:;!]/)[0]
          ?.toLowerCase() ?? '';
      const why: string[] = [];
      if (yes && !/\b(ja|yes|klopt)\b/.test(first)) why.push(`not yes first: ${own.slice(0, 80)}`);
      if (!yes && !/\b(nee|no|niet)\b/.test(first)) why.push(`not no first: ${own.slice(0, 80)}`);
      if (!statesFigure(own, fact.value)) why.push(`does not state ${fact.value}`);
      if (why.length) failed.push({ name: yes ? 'claim (right)' : 'claim (wrong)', q, why: why.join('; ') });
    }
  }
  return { total, failed };
}

describe('the same answer however a question is sent', () => {
  it(`keeps status, lead figure and clause for at least ${REQUIRED * 100}% of transformed questions`, async () => {
    const { total, failed } = await run();
    const rate = 1 - failed.length / total;
    // The list is the closing note's: which transformed questions do not hold yet.
    console.log(
      `invariance: ${total - failed.length}/${total} = ${(rate * 100).toFixed(1)}%\n${failed
        .map((f) => `  [${f.name}] ${JSON.stringify(f.q).slice(0, 140)}: ${f.why}`)
        .join('\n')}`,
    );
    expect(total).toBeGreaterThan(500);
    expect(rate).toBeGreaterThanOrEqual(REQUIRED);
  }, 120_000);
});

/** Whether a text states a figure, in digits or with its scale ("€ 4 miljoen", "€4 million" for 4000000). */
function statesFigure(text: string, value: number): boolean {
  if (numbersIn(text).has(value)) return true;
  return [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*(miljoen|million)/g)].some(
    (m) => Math.round(Number((m[1] ?? '').replace(',', '.')) * 1e6) === value,
  );
}
