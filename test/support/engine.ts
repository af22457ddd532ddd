// The engine as main.ts builds it, with the real phraser: what tests that ask questions use.
import type { Knowledge } from '../../src/charter/load.js';
import { createEngine as createBareEngine, type Engine } from '../../src/engine/engine.js';
import type { ContextStore } from '../../src/engine/types.js';
import { createPhraser } from '../../src/phrase/answer.js';

export function createEngine(knowledge: Knowledge, options: { contexts?: ContextStore } = {}): Engine {
  return createBareEngine(knowledge, { ...options, phraser: createPhraser(knowledge.lexicon) });
}
