import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './test/support/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // expect.poll waits for a signal (a page drawn by its script, a recorded call); a second is its default,
    // too little for Chromium on a busy 2-CPU machine. A poll that passes returns as soon as it does.
    expect: { poll: { timeout: 5_000 } },
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the CPUs: one file at a time on the 2-CPU CI machine, while
    // many files mostly wait (on a server, a child process, Chromium, PostgreSQL, a sixty-second outage).
    // Three workers keep both CPUs busy (two: about 120 s, three: about 95 s on that machine).
    maxWorkers: 3,
    // Files in one worker share its module cache: the engine, botbuilder, Bolt and express load once per
    // worker, not once per file. Nothing in src/ keeps per-run state in a module; tests start their own
    // servers and stores.
    isolate: false,
    sequence: { sequencer: LongFirstSequencer },
  },
});
