// `charterbot record …` takes exactly what `/charter record …` takes in Slack and goes through the same
// command (src/app/commands.ts): the operator is an admin, recorded under the pseudonym the audit log gives the
// CLI's user. The real server (its Slack app on the fake Web API) and the CLI's run() share one SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliBesideSlack } from '../../support/cli-beside-slack.js';

let s: Awaited<ReturnType<typeof startCliBesideSlack>>;
beforeAll(async () => {
  s = await startCliBesideSlack();
});
afterAll(() => s.close());

describe('charterbot record', () => {
  it('stores the value, under the CLI user’s pseudonym, and says what and where it belongs, as the chat does', async () => {
    const r = await s.cli('record Zuilen Oost inbraak 2009 22,5 bron Wijkenmonitor 2009');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatchInlineSnapshot(`
      "Vastgelegd: Zuilen-Oost, woninginbraken, 2009: 22,5 per 1000 woningen (bron: Wijkenmonitor 2009).
      Het hoort bij het doel in het charter: “In 2006 is het aantal woninginbraken per 1000 woningen 23,4. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.” [veiligheid.ambitie.zuilen-oost.3].
      Status nu: mijlpaal niet gemeten. De looptijd van het charter is voorbij. Het doel voor 2017 (15 per 1000 woningen) is niet te beoordelen: er is geen meting van dat jaar of het jaar ervoor of erna. De laatste meting is 22,5 per 1000 woningen in 2009 (Wijkenmonitor 2009); toen lag het doel uit koers.
      "
    `);
    const stored = await s.server.store.listMeasurements({ wijk: 'Zuilen-Oost', indicator: 'burglary' });
    expect(stored).toMatchObject([{ year: 2009, value: 22.5, source: 'Wijkenmonitor 2009' }]);
    // The audit log's CLI user: a question asked at this terminal is recorded under the same pseudonym.
    expect((await s.cli('ask wat is het doel voor inbraken in Ondiep in 2011?')).status).toBe(0);
    const asked = (await s.server.store.listAudit()).find((a) => a.channel === 'cli');
    expect(asked?.user).toMatch(/^[0-9a-f]{32}$/);
    expect(stored[0]?.recordedBy).toBe(asked?.user);
    // The same words in Slack: the value is there already, and the reply says so.
    expect(await s.slash('record Zuilen Oost inbraak 2009 22,5 bron Wijkenmonitor 2009')).toMatch(
      /^Al vastgelegd, niets gewijzigd: Zuilen-Oost, /,
    );
  });

  it('shows a recorded value in measurements list and corrects it on a second record', async () => {
    await s.slash('record Ondiep inbraak 2009 30 source Wijkenmonitor 2009');
    const r = await s.cli('record Ondiep inbraak 2009 31 source Wijkenmonitor 2009 (revised)');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Corrected: Ondiep, home burglaries, 2009: 31 per 1000 homes \(source: Wijkenmonitor 2009 \(revised\)\)\. The earlier value 30 per 1000 homes \(Wijkenmonitor 2009\) stays in the history\./,
    );
    const list = await s.cli('measurements list --wijk Ondiep --indicator inbraak --json');
    expect(JSON.parse(list.stdout)).toMatchObject([
      {
        wijk: 'Ondiep',
        indicator: 'burglary',
        year: 2009,
        value: 31,
        source: 'Wijkenmonitor 2009 (revised)',
      },
    ]);
  });

  it('refuses words it cannot read with the usage, and a wrong value with the problem, in one line', async () => {
    const usage = await s.cli('record Ondiep 30');
    expect(usage.status).toBe(1);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatchInlineSnapshot(`
      "charterbot: Usage: charterbot record <wijk> <indicator> <year> <value> source <text>, for example: charterbot record Ondiep burglary 2009 30 source Wijkenmonitor 2009
      "
    `);
    const bad = await s.cli('record Ondiep onveilig 2010 140 bron Wijkenmonitor 2010');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatchInlineSnapshot(`
      "charterbot: Niet opgeslagen: 140 kan niet voor een waarde in %: verwacht 0 tot 100. Gebruik: charterbot record <wijk> <indicator> <jaar> <waarde> bron <tekst>, bijvoorbeeld: charterbot record Ondiep woninginbraken 2009 30 bron Wijkenmonitor 2009
      "
    `);
    expect(await s.server.store.listMeasurements({ wijk: 'Ondiep', indicator: 'unsafe' })).toEqual([]);
    // A word that looks like an option is the command's, as in chat: the value's own rule refuses it.
    const negative = await s.cli('record Ondiep inbraak 2009 -5 source --monitor--');
    expect(negative.stderr).toMatch(/^charterbot: Not stored: "-5" is not a number /);
    const none = await s.cli('record');
    expect(none.status).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });
});
