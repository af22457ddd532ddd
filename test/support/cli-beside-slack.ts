// The command line beside the chat: the real server, its Slack app on the fake Web API, and the CLI's run() on
// the same SQLite file, so a test compares what `charterbot …` and `/charter …` do to the one store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../fakes/slack-api.js';
import { runCli } from './cli.js';
import { startTestServer } from './server.js';
import { charterCommand, slackEnv } from './slack-request.js';

/** The one admin (ADMINS) of these servers. */
export const ADMIN = 'UADMIN1';

export async function startCliBesideSlack() {
  const slack = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'cb-cli-slack-'));
  const env = {
    ...slackEnv(slack.apiUrl),
    DATABASE_URL: join(dir, 'charterbot.db'),
    ADMINS: ADMIN,
    DIGEST_SCHEDULER: 'off',
    DEFAULT_LANGUAGE: 'nl',
    LOG_LEVEL: 'warn',
  };
  const server = await startTestServer(env);
  return {
    server,
    /** `charterbot <words>`, split on white space; a .env of the test's own folder (none). */
    cli: (words: string) => runCli(words.trim().split(/\s+/), env, { cwd: dir }),
    /** `/charter <text>` from the admin in `channel`: the text of the reply. */
    slash: async (text: string, channel = 'C1') =>
      String((await charterCommand(server, slack, { text, user: ADMIN, channel })).text),
    async close() {
      await server.close();
      await slack.close();
    },
  };
}
