// Loads knowledge/ for a short-lived process (one CLI question) without paying for validation each time:
// the validated knowledge is kept as a V8 snapshot keyed by the hash of every knowledge file, so a change to
// any file (or a damaged file) is validated again by `loadKnowledge` and reported as usual.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Knowledge } from './load.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from './paths.js';

const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'charterbot');

/** The hash of every file in the knowledge folder, names and contents. */
function knowledgeKey(dir: string): string | null {
  try {
    const hash = createHash('sha256');
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(dir, name)))
        .update('\0');
    }
    return hash.digest('hex').slice(0, 24);
  } catch {
    return null;
  }
}

export async function loadKnowledgeCached(
  dir = KNOWLEDGE_DIR,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<Knowledge> {
  const key = knowledgeKey(dir);
  const file = key ? join(cacheDir, `knowledge-${key}.v8`) : null;
  if (file) {
    try {
      return deserialize(readFileSync(file)) as Knowledge;
    } catch {
      // No snapshot yet, or an unreadable one: validate and write a new one below.
    }
  }
  const { loadKnowledge } = await import('./load.js');
  const knowledge = loadKnowledge(dir);
  if (file) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Older snapshots belong to knowledge that no longer exists.
      for (const old of readdirSync(cacheDir)) if (old.startsWith('knowledge-')) rmSync(join(cacheDir, old));
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(knowledge));
      renameSync(tmp, file);
    } catch {
      // A read-only install still answers; it validates on every start instead.
    }
  }
  return knowledge;
}
