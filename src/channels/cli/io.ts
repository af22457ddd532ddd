// What a CLI command gets from the run that called it: where its output and errors go, and the environment
// (.env included). Never process.stdout or process.env: the CLI runs in tests' own process too.
import type { Writable } from 'node:stream';

export type CommandIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where a command's log goes (`digest run-due`): stdout carries its result. */
  stderr: Writable;
};
