// Starts the answer engine for a process. Its index (the clauses' terms, the glossary, the vocabulary) is
// worked out from the knowledge by the engine's own code, which is most of its start-up: it is kept as a
// snapshot keyed by the knowledge files and by that code, so a one-shot CLI question reads it instead of
// making it, and a changed build or knowledge file makes it again.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knowledge } from '../charter/load.js';
import { DEFAULT_CACHE_DIR, keptSnapshot, knowledgeKey } from '../charter/load-cached.js';
import { createEngine, type Engine, type EngineIndex, engineIndex } from '../engine/engine.js';
import type { ContextStore } from '../engine/types.js';
import { createPhraser } from '../phrase/answer.js';

/** The code the index is made by: the engine and the charter's text tools (the stems). */
const CODE_DIRS = ['../engine/', '../charter/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

/** Every module file under the folders, by name, size and time written: a new build changes it. */
function codeStamp(dirs: readonly string[]): string | null {
  try {
    const hash = createHash('sha256');
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name)) {
          const { size, mtimeMs } = statSync(path);
          hash.update(`${path}\0${size}\0${mtimeMs}\0`);
        }
      }
    };
    for (const dir of dirs) visit(dir);
    return hash.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

/** The engine's index of the knowledge in `knowledgeDir` (as loaded into `knowledge`), kept between runs. */
export async function keptEngineIndex(
  knowledge: Knowledge,
  options: { knowledgeDir?: string; cacheDir?: string } = {},
): Promise<EngineIndex> {
  const data = knowledgeKey(options.knowledgeDir);
  const code = codeStamp(CODE_DIRS);
  const key = data && code ? `${data}-${code}` : null;
  return keptSnapshot(
    'engine-index',
    key,
    () => engineIndex(knowledge),
    options.cacheDir ?? DEFAULT_CACHE_DIR,
  );
}

/** The engine over the knowledge, with its phraser, its index kept between runs. */
export async function startEngine(
  knowledge: Knowledge,
  options: { contexts?: ContextStore; knowledgeDir?: string; cacheDir?: string } = {},
): Promise<Engine> {
  return createEngine(knowledge, {
    phraser: createPhraser(knowledge.lexicon),
    index: await keptEngineIndex(knowledge, options),
    ...(options.contexts ? { contexts: options.contexts } : {}),
  });
}
