import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptEngineIndex, startEngine } from '../../src/app/engine-start.js';
import { loadKnowledge } from '../../src/charter/load.js';
import { createEngine } from '../../src/engine/engine.js';
import { createPhraser } from '../../src/phrase/answer.js';
import { allCases } from '../cases/index.js';

const knowledge = loadKnowledge();

describe('starting the engine from an index kept between runs', () => {
  it('keeps one snapshot, and reads it back on the next start', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'charterbot-index-'));
    const made = await keptEngineIndex(knowledge, { cacheDir });
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^engine-index-[0-9a-f]+-[0-9a-f]+\.v8$/);
    const read = await keptEngineIndex(knowledge, { cacheDir });
    expect(read).not.toBe(made);
    expect(read).toEqual(made);
  });

  it('answers every single-question test case exactly as an engine that made its index itself', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'charterbot-index-'));
    await keptEngineIndex(knowledge, { cacheDir });
    const kept = await startEngine(knowledge, { cacheDir });
    const fresh = createEngine(knowledge, { phraser: createPhraser(knowledge.lexicon) });
    const questions = allCases.filter((c) => !c.thread).map((c) => c.q);
    expect(questions.length).toBeGreaterThan(500);
    for (const q of questions) expect(kept.answerNow(q)).toEqual(fresh.answerNow(q));
  });
});
