#!/usr/bin/env node
// Entry point for `npx charterbot`: runs the compiled CLI (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/channels/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'charterbot: not built yet: run `npm install` (or `npm run build`) in the project folder\n',
  );
  process.exit(1);
}
const { run } = await import(cli.href);
// `charterbot targets | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const code = await run(
  process.argv,
  {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only a command that reads piped input touches stdin.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  },
  // The entry point hands the CLI the composition root (only `serve` and `digest run-due` load it).
  { compose: () => import(new URL('../dist/main.js', import.meta.url).href) },
);
// A command that failed exits at once, whatever it left open; one that succeeded ends when its work is done
// (`serve` runs on).
if (code !== 0) process.exit(code);
