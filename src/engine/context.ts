// Thread memory for follow-up questions. The in-memory store serves the CLI; the server puts a
// database behind the same ContextStore interface.
import type { ContextStore, ThreadContext } from './types.js';

/** Keeps the most recent threads only, so a long-running process cannot grow without bound. */
export function createMemoryContextStore(maxThreads = 10_000): ContextStore {
  const threads = new Map<string, ThreadContext>();
  return {
    get: (thread) => threads.get(thread),
    set: (thread, context) => {
      threads.delete(thread);
      threads.set(thread, context);
      if (threads.size > maxThreads) {
        const oldest = threads.keys().next().value;
        if (oldest !== undefined) threads.delete(oldest);
      }
    },
  };
}
