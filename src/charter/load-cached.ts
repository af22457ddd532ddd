// Loads knowledge/ for a short-lived process (one CLI question) without paying for validation each time:
// the validated knowledge is kept as a V8 snapshot keyed by the hash of every knowledge file, so a change to
// any file (or a damaged file) is validated again by `loadKnowledge` and reported as usual. What is worked
// out from the knowledge (the engine's index) is kept the same way (`keptSnapshot`).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Knowledge } from './load.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from './paths.js';

export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'charterbot');

/** The hash of every file in the knowledge folder, names and contents. */
export function knowledgeKey(dir = KNOWLEDGE_DIR): string | null {
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

/**
 * `make()`, kept as a V8 snapshot named `<kind>-<key>.v8` in the cache folder: a later call with the same
 * key reads it instead. A snapshot of another key is of inputs that no longer exist and is removed. Without
 * a key, or in a read-only install, `make()` runs every time.
 */
export async function keptSnapshot<T>(
  kind: string,
  key: string | null,
  make: () => T | Promise<T>,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<T> {
  const file = key ? join(cacheDir, `${kind}-${key}.v8`) : null;
  if (file) {
    try {
      return deserialize(readFileSync(file)) as T;
    } catch {
      // No snapshot yet, or an unreadable one: make it and write a new one below.
    }
  }
  const value = await make();
  if (file) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir)) if (old.startsWith(`${kind}-`)) rmSync(join(cacheDir, old));
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, file);
    } catch {
      // A read-only install still answers; it makes the value on every start instead.
    }
  }
  return value;
}

export async function loadKnowledgeCached(
  dir = KNOWLEDGE_DIR,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<Knowledge> {
  return keptSnapshot(
    'knowledge',
    knowledgeKey(dir),
    async () => {
      const { loadKnowledge } = await import('./load.js');
      return loadKnowledge(dir);
    },
    cacheDir,
  );
}
