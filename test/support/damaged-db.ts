// An embedded database with audit records, then pages near its end overwritten: what a failing disk or a
// stray write leaves behind, for the tests of how the store meets damage.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import type { Store } from '../../src/store/store.js';

/** Records `count` long answers, so the audit log spans many pages. */
export async function fillAuditLog(store: Store, count = 50): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.recordAnswer({
      channel: 'web',
      user: null,
      thread: null,
      question: `question ${i} ${'x'.repeat(2000)}`,
      status: 'answered',
      language: 'en',
      answer: 'a'.repeat(2000),
      clauseIds: [],
      knowledgeVersion: 'v',
    });
  }
}

/** Overwrites pages near the end of a closed database file. */
export function overwriteLatePages(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, statSync(file).size - 12_288);
  closeSync(fd);
}
