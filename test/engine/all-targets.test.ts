// Every target, asked in both languages with several of its lexicon synonyms, for each kind of year:
// the engine must find that target's clause and state that target's own figure, never another's.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Target } from '../../src/charter/schema.js';
import { numbersIn } from '../support/charter-text.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();
const engine = createEngine(knowledge);
const lexicon = knowledge.lexicon;

type Probe = { t: Target; q: string; year: number; lang: 'nl' | 'en' };

const probes: Probe[] = [];
for (const t of knowledge.targets) {
  const entry = lexicon.indicators.find((i) => i.key === t.indicator);
  if (!entry) continue;
  for (const year of [2006, 2011, 2014, 2017]) {
    for (const syn of entry.en.synonyms) {
      probes.push({ t, year, lang: 'en', q: `What is the ${t.wijk} ${syn} target for ${year}?` });
    }
    for (const syn of entry.nl.synonyms) {
      probes.push({ t, year, lang: 'nl', q: `Wat is het doel voor ${syn} in ${t.wijk} voor ${year}?` });
    }
  }
}

describe('every target, every year, both languages', () => {
  it(`answers ${probes.length} generated questions with the right clause and figure`, () => {
    const wrong: string[] = [];
    for (const p of probes) {
      const a = engine.answerNow(p.q);
      const nums = numbersIn(a.answer);
      const cites = a.citations.map((c) => c.id);
      const why: string[] = [];
      if (a.language !== p.lang) why.push(`language ${a.language}`);
      if (!cites.includes(p.t.clauseId)) why.push(`cites ${cites.join(',') || 'nothing'}`);
      const hit = p.t.targets.find((v) => v.year === p.year);
      if (hit) {
        if (a.status !== 'answered') why.push(`status ${a.status}`);
        if (!nums.has(hit.value)) why.push(`no ${hit.value}`);
      } else if (p.year === 2006 && p.t.baseline) {
        if (a.status !== 'answered') why.push(`status ${a.status}`);
        if (!nums.has(p.t.baseline.value)) why.push(`no baseline ${p.t.baseline.value}`);
      } else {
        if (a.status !== 'partial') why.push(`status ${a.status}`);
        if (a.facts.some((f) => f.year === p.year)) why.push(`invented ${p.year}`);
      }
      if (why.length) wrong.push(`${p.q} -> ${why.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
