// Slack throughput: signed app_mention events at the HTTP layer, charterbot against a bare Bolt app that
// answers every mention with one fixed chat.postMessage on the same fake Web API. The number is events per
// second acknowledged while the answers are worked off behind the acks (both compete for the same CPU).
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import autocannon from 'autocannon';
import { type FakeSlack, startFakeSlack } from '../test/fakes/slack-api.js';
import { startTestServer } from '../test/support/server.js';
import { eventBody, SIGNING_SECRET, sign } from '../test/support/slack-request.js';

const mention = () =>
  eventBody({
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> Ondiep burglary 2011',
    ts: `${Date.now() / 1000}`,
    channel: 'C1',
  });

async function hammer(url: string, connections: number, seconds: number) {
  return autocannon({
    url: new URL('/slack/events', url).href,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const body = mention();
          return { ...req, body, headers: { 'content-type': 'application/json', ...sign(body) } };
        },
      },
    ],
  });
}

/** Waits until the fake has seen `count` posts, or the posts stop coming for a second. */
async function drained(fake: FakeSlack, count: number): Promise<number> {
  const posts = () => fake.calls.filter((c) => c.method === 'chat.postMessage').length;
  let last = -1;
  while (posts() < count && posts() !== last) {
    last = posts();
    await fake.waitFor((c) => c.method === 'chat.postMessage' && posts() > last, 1000).catch(() => undefined);
  }
  return posts();
}

type Result = { perSecond: number; total: number; non2xx: number; p50: number; p99: number; posted: number };

/** What a round measured: autocannon's figures and how many answers reached the fake Slack. */
function resultOf(r: Awaited<ReturnType<typeof hammer>>, posted: number): Result {
  return {
    perSecond: r.requests.average,
    total: r.requests.total,
    non2xx: r.non2xx,
    p50: r.latency.p50,
    p99: r.latency.p99,
    posted,
  };
}

async function charterbot(connections: number, seconds: number): Promise<Result> {
  const fake = await startFakeSlack();
  const server = await startTestServer({
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'slack.db'),
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    AUDIT_PSEUDONYM_KEY: 'b'.repeat(40),
    LOG_LEVEL: 'warn',
  });
  const r = await hammer(server.url, connections, seconds);
  const posted = await drained(fake, r.requests.total);
  await server.close();
  await fake.close();
  return resultOf(r, posted);
}

/** Bolt's logger, silent: a post the fake drops shows in the count of answers posted. */
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

async function bareBolt(connections: number, seconds: number): Promise<Result> {
  const fake = await startFakeSlack();
  // The receiver logs on its own (a post the fake drops after ack): quiet too.
  const receiver = new ExpressReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: '/slack/events',
    logger: quiet,
  });
  const app = new App({
    token: 'xoxb-bench',
    receiver,
    tokenVerificationEnabled: false,
    botId: 'B1',
    botUserId: 'UBOT',
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    logger: quiet,
  });
  app.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.ts,
      text: 'The 2011 target is 21.',
    });
  });
  const server = (await receiver.start(0)) as Server;
  const { port } = server.address() as { port: number };
  const r = await hammer(`http://127.0.0.1:${port}`, connections, seconds);
  const posted = await drained(fake, r.requests.total);
  await receiver.stop();
  await fake.close();
  return resultOf(r, posted);
}

/** The round with the median throughput. */
const median = (rs: Result[]) =>
  [...rs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(rs.length / 2)] as Result;

/** Rounds alternate between the two apps, so a busy moment of the machine does not favour either. */
export async function benchSlack(connections: number, seconds = 4, rounds = 3): Promise<void> {
  const bare: Result[] = [];
  const ours: Result[] = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(await bareBolt(connections, seconds));
    ours.push(await charterbot(connections, seconds));
  }
  const line = (name: string, all: Result[]) => {
    const r = median(all);
    console.log(
      `  ${name.padEnd(18)} ${r.perSecond.toFixed(0)} events/s (${r.total} events, ${r.non2xx} non-2xx, ${r.posted} answers posted), ack p50 ${r.p50} ms, p99 ${r.p99} ms; rounds ${all.map((x) => x.perSecond.toFixed(0)).join(', ')}`,
    );
  };
  console.log(
    `Slack POST /slack/events (signed app_mention), ${connections} connections, ${rounds} rounds of ${seconds} s each, median round`,
  );
  line('bare Bolt', bare);
  line('charterbot', ours);
  console.log(
    `  charterbot / bare ${((100 * median(ours).perSecond) / median(bare).perSecond).toFixed(0)} %   (Slack's ack limit: 3000 ms)`,
  );
}
