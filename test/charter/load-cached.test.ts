import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { loadKnowledgeCached } from '../../src/charter/load-cached.js';
import { KNOWLEDGE_DIR } from '../../src/charter/paths.js';

function copyOfKnowledge(): { dir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'charterbot-knowledge-'));
  const dir = join(root, 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return { dir, cache: join(root, 'cache') };
}

describe('loading knowledge for a short-lived process', () => {
  it('gives exactly what the validating loader gives, first from the files and then from its snapshot', async () => {
    const { dir, cache } = copyOfKnowledge();
    const validated = loadKnowledge(dir);
    const first = await loadKnowledgeCached(dir, cache);
    expect(readdirSync(cache)).toHaveLength(1);
    const second = await loadKnowledgeCached(dir, cache);
    expect(first).toEqual(validated);
    expect(second).toEqual(validated);
    expect(second.clauseById.get('overig.2')?.text).toContain('31 december 2017');
  });

  it('validates again when any knowledge file changes, and reports a damaged one as the loader does', async () => {
    const { dir, cache } = copyOfKnowledge();
    await loadKnowledgeCached(dir, cache);
    const file = join(dir, 'targets.json');
    const targets = JSON.parse(readFileSync(file, 'utf8'));
    targets[0].clauseId = 'no.such.clause';
    writeFileSync(file, JSON.stringify(targets));
    await expect(loadKnowledgeCached(dir, cache)).rejects.toThrow(/cites unknown clause "no.such.clause"/);
  });
});
