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
// The entry point hands the CLI the composition root (only `serve` and `digest run-due` load it).
await run(process.argv, { compose: () => import(new URL('../dist/main.js', import.meta.url).href) });
