// `charterbot digest subscribe|subscriptions|unsubscribe|preview` go through the chat's digest command
// (src/app/commands.ts): the same store rows as `/charter digest …` in Slack makes, the same replies naming the
// conversation. The real server (its Slack app on the fake Web API) and the CLI's run() share one SQLite file.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/store/store.js';
import { ADMIN, startCliBesideSlack } from '../../support/cli-beside-slack.js';

const EXAMPLE = join(import.meta.dirname, '../../../examples/measurements-example.csv');

let s: Awaited<ReturnType<typeof startCliBesideSlack>>;
beforeAll(async () => {
  s = await startCliBesideSlack();
});
afterAll(() => s.close());

/** What the next run's date and a new id say depends on today and chance: only their shape is pinned. */
const masked = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\w+ \d{1,2} \w+ \d{4} (om|at) \d{2}:\d{2}/g, '<next run>')
    .replace(/"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})"/g, '"<time>"');

/** A subscription without what differs by where and when it was made. */
const settings = ({ id, conversation, createdAt, updatedAt, ...rest }: Subscription) => rest;

describe('charterbot digest subscribe', () => {
  it('stores the same subscription as /charter digest subscribe in Slack, and says so in the same words', async () => {
    const chat = await s.slash('digest subscribe friday 10:15 Ondiep veiligheid en alerts quiet', 'C0SLACK');
    const r = await s.cli(
      `digest subscribe --slack-channel C0CLI --slack-team T1 --subscriber ${ADMIN} --weekday friday --time 10:15 --wijk Ondiep --theme veiligheid --language en --alerts --quiet`,
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const viaSlack = await s.server.store.findSubscription('slack', 'C0SLACK');
    const viaCli = await s.server.store.findSubscription('slack', 'C0CLI');
    expect(viaSlack && viaCli && settings(viaCli)).toEqual(viaSlack && settings(viaSlack));
    expect(viaCli).toMatchObject({
      team: 'T1',
      subscriber: ADMIN,
      schedule: { weekday: 5, time: '10:15', zone: 'Europe/Amsterdam', holidays: true },
      scope: { wijken: ['Ondiep'], themes: ['safety'] },
      language: 'en',
      heartbeat: false,
      alerts: true,
      active: true,
    });
    // The chat's sentence, naming the channel instead of "this channel", with the id the CLI's commands take.
    expect(masked(chat)).toMatchInlineSnapshot(
      `"Subscribed: this channel gets the progress digest every Friday at 10:15 (Europe/Amsterdam), on a Dutch public holiday, the next working day, for Ondiep and safety, in English; nothing when nothing changed. The first one comes <next run>."`,
    );
    expect(masked(r.stdout)).toMatchInlineSnapshot(`
      "Subscribed: Slack channel C0CLI gets the progress digest every Friday at 10:15 (Europe/Amsterdam), on a Dutch public holiday, the next working day, for Ondiep and safety, in English; nothing when nothing changed. The first one comes <next run>. Subscription <id>.
      "
    `);
    expect(r.stdout).toContain(`Subscription ${viaCli?.id}.`);
  });

  it('changes only what a second subscribe names, from either side, in the language of the command', async () => {
    await s.cli('digest subscribe --slack-channel C0BOTH --wijk Overvecht --alerts');
    await s.slash('digest subscribe 11:30', 'C0BOTH');
    const again = await s.cli('digest subscribe --slack-channel C0BOTH --weekday dinsdag');
    expect(masked(again.stdout)).toMatchInlineSnapshot(`
      "Gewijzigd: Slack-kanaal C0BOTH krijgt het voortgangsoverzicht elke dinsdag om 11:30 (Europe/Amsterdam), op een feestdag de eerstvolgende werkdag, voor Overvecht en alle thema's, in het Nederlands. Het eerste komt <next run>. Abonnement <id>.
      "
    `);
    expect(await s.server.store.findSubscription('slack', 'C0BOTH')).toMatchObject({
      schedule: { weekday: 2, time: '11:30' },
      scope: { wijken: ['Overvecht'], themes: [] },
      alerts: true,
      // The chat's subscribe made the admin the subscriber; the CLI's, without --subscriber, keeps them.
      subscriber: ADMIN,
    });
  });

  it('says every wrong option at once, in one line, and stores nothing', async () => {
    const r = await s.cli(
      'digest subscribe --slack-channel C0WRONG --weekday funday --wijk Lombok --language en',
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatchInlineSnapshot(`
      "charterbot: "funday" is not a weekday: use monday ... sunday (or maandag ... zondag). "Lombok" is not a wijk of the charter: choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost.
      "
    `);
    expect(await s.server.store.findSubscription('slack', 'C0WRONG')).toBeUndefined();
    const nowhere = await s.cli('digest subscribe --weekday friday');
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatchInlineSnapshot(`
      "charterbot: Geef --slack-channel C... of --teams-conversation ID (één van beide).
      "
    `);
  });
});

describe('charterbot digest subscriptions', () => {
  it('lists what the chat subscribed and what the CLI did, as JSON with the state in words', async () => {
    await s.slash('digest subscribe monday 08:00 Kanaleneiland', 'C0LIST');
    const r = await s.cli('digest subscriptions --json --language en');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Subscription & { next: string | null }>;
    const row = rows.find((s) => s.conversation === 'C0LIST');
    expect(row?.id).toBe((await s.server.store.findSubscription('slack', 'C0LIST'))?.id);
    expect(masked(JSON.stringify(row, null, 2))).toMatchInlineSnapshot(`
      "{
        "id": "<id>",
        "platform": "slack",
        "conversation": "C0LIST",
        "team": "T1",
        "scope": {
          "wijken": [
            "Kanaleneiland"
          ],
          "themes": []
        },
        "schedule": {
          "weekday": 1,
          "time": "08:00",
          "zone": "Europe/Amsterdam",
          "holidays": true
        },
        "language": "nl",
        "heartbeat": true,
        "alerts": false,
        "owners": {},
        "active": true,
        "pausedReason": null,
        "subscriber": "UADMIN1",
        "createdAt": "<time>",
        "updatedAt": "<time>",
        "waiting": null,
        "pausedReasonText": null,
        "lastRun": null,
        "next": "<time>"
      }"
    `);
    expect(rows.map((s) => s.conversation)).toEqual(expect.arrayContaining(['C0SLACK', 'C0CLI', 'C0LIST']));
  });
});

describe('charterbot digest unsubscribe', () => {
  it('stops the subscription the chat made, saying which channel, and the chat then knows', async () => {
    await s.slash('digest subscribe', 'C0STOP');
    const id = (await s.server.store.findSubscription('slack', 'C0STOP'))?.id as string;
    const r = await s.cli(`digest unsubscribe ${id} --language en`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Unsubscribed: Slack channel C0STOP no longer gets the progress digest.
      "
    `);
    expect(await s.server.store.getSubscription(id)).toBeUndefined();
    expect(await s.slash('digest status en', 'C0STOP')).toMatchInlineSnapshot(
      `"This channel has no progress digest. An admin can start one with /charter digest subscribe."`,
    );
    const again = await s.cli(`digest unsubscribe ${id}`);
    expect(again.status).toBe(1);
    expect(masked(again.stderr)).toMatchInlineSnapshot(`
      "charterbot: Geen abonnement <id> (zie charterbot digest subscriptions).
      "
    `);
  });
});

describe('charterbot digest preview', () => {
  it("shows a subscription's digest in its scope and language, as of a date", async () => {
    expect((await s.cli(`measurements import ${EXAMPLE}`)).status).toBe(0);
    await s.slash('digest subscribe Ondiep gezondheid', 'C0PREVIEW');
    const id = (await s.server.store.findSubscription('slack', 'C0PREVIEW'))?.id as string;
    const r = await s.cli(`digest preview --subscription ${id} --as-of 2010-06-01`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Charter krachtwijken: voortgang week 22 van 2010
      Ondiep; gezondheid; peildatum 1 juni 2010
      1 risico

      Vraagt aandacht
      - Ondiep, inwoners die hun gezondheid als matig/slecht ervaren: risico. 20% (2006) → 19% (2010) → 18% (2011); verwacht nu 18,4% ▓▓▓░░ [Gezondheid › Ondiep]

      Bron: metingen zoals vastgelegd; doelen uit het charter krachtwijken Utrecht (9 juni 2008). Methode: snelheidsverhouding (Statistics Canada / Open SDG).
      "
    `);
    // JSON: the Digest itself, in the subscription's scope (its language wins over --language).
    const json = await s.cli(`digest preview --subscription ${id} --format json --language en`);
    const digest = JSON.parse(json.stdout) as { language: string; scope: unknown; total: number };
    expect(digest).toMatchObject({ language: 'nl', scope: { wijken: ['Ondiep'], themes: ['health'] } });
    expect(digest.total).toBeGreaterThan(0);
  });

  it('shows the digest of a scope without a subscription, and refuses a wrong wijk or subscription', async () => {
    const r = await s.cli('digest preview --wijk ondiep --theme safety --as-of 2010-06-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ondiep');
    expect(r.stdout).not.toMatch(/Kanaleneiland|Overvecht|Zuilen-Oost/);
    const wrong = await s.cli('digest preview --wijk Lombok --subscription nope --language en');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatchInlineSnapshot(`
      "charterbot: "Lombok" is not a wijk of the charter: choose Kanaleneiland, Ondiep, Overvecht, or Zuilen-Oost. No subscription nope (see charterbot digest subscriptions).
      "
    `);
  });
});
