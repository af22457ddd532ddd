// The helpdesk's e-mail text, for every status in both languages, from real engine answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/types.js';
import { emailLetter } from '../../src/env.js';
import { renderAnswerCard } from '../../src/render/adaptive-card.js';
import { renderEmail } from '../../src/render/email.js';
import { renderSlackAnswer } from '../../src/render/slack-blocks.js';
import { createEngine } from '../support/engine.js';

describe('the e-mail version of an answer', () => {
  let engine: Engine;
  const meta = () => engine.knowledge.meta;
  const email = (a: Answer, options?: Parameters<typeof renderEmail>[2]) => {
    const r = renderEmail(a, meta(), options);
    if (!r.ok) throw new Error(`no e-mail: ${r.reason}`);
    return r.text;
  };
  beforeAll(() => {
    engine = createEngine(loadKnowledge());
  });

  it('answered, in Dutch: greeting, the answer about the charter, the quote once, the source once, closing', async () => {
    const a = await engine.ask('Wat is het doel voor woninginbraken in Ondiep in 2011?');
    expect(email(a)).toMatchInlineSnapshot(`
      "Geachte heer/mevrouw,

      Volgens het charter krachtwijken Utrecht geldt het volgende.

      Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen (2006: 38 per 1000 woningen; doel 2017: 15 per 1000 woningen).

      In het charter staat letterlijk:
      “In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.”

      Bron: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (gemeente Utrecht en rijk, ondertekend op 9 juni 2008), onderdeel 2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep.

      Met vriendelijke groet,
      "
    `);
  });

  it('answered, in English', async () => {
    const a = await engine.ask('What is the Ondiep burglary target for 2011?');
    expect(email(a)).toMatchInlineSnapshot(`
      "Dear Sir or Madam,

      According to the Utrecht krachtwijken charter:

      The 2011 target for home burglaries in Ondiep is 21 per 1000 homes (2006: 38 per 1000 homes; 2017 target: 15 per 1000 homes).

      The charter states, in Dutch, word for word:
      “In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.”

      Source: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (municipality of Utrecht and the Dutch national government, signed on 9 June 2008), section 2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep.

      Kind regards,
      "
    `);
  });

  it('answered, in English, as a Dutch e-mail for a Dutch-speaking citizen', async () => {
    const a = await engine.ask('What is the Ondiep burglary target for 2011?');
    const r = renderEmail(a, meta(), { language: 'nl' });
    expect(r.ok && r.language).toBe('nl');
    expect(r.ok && r.text).toMatchInlineSnapshot(`
      "Geachte heer/mevrouw,

      Volgens het charter krachtwijken Utrecht geldt het volgende.

      Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen (2006: 38 per 1000 woningen; doel 2017: 15 per 1000 woningen).

      In het charter staat letterlijk:
      “In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.”

      Bron: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (gemeente Utrecht en rijk, ondertekend op 9 juni 2008), onderdeel 2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep.

      Met vriendelijke groet,
      "
    `);
  });

  it('partial, in both languages', async () => {
    const nl = await engine.ask('Wat is het doel voor 2011 voor leerlingen naar HAVO/VWO in Overvecht?');
    const en = await engine.ask('What is the 2011 target for pupils going on to HAVO/VWO in Overvecht?');
    expect([nl.status, en.status]).toEqual(['partial', 'partial']);
    expect(email(nl)).toMatchInlineSnapshot(`
      "Geachte heer/mevrouw,

      Het charter noemt voor Overvecht geen doel voor 2011 voor leerlingen naar HAVO/VWO. Het noemt alleen een doel voor 2017: 35% in 2017 (2006: 27%).

      In het charter staat letterlijk:
      “In 2006 gaat 27% van de leerlingen naar HAVO/VWO. In 2017 is dit percentage toegenomen tot 35%.”

      Bron: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (gemeente Utrecht en rijk, ondertekend op 9 juni 2008), onderdeel 1. Op het gebied van leren en opgroeien › Leren op school › a. Gezamenlijke ambitie › Overvecht.

      Met vriendelijke groet,
      "
    `);
    expect(email(en)).toMatchInlineSnapshot(`
      "Dear Sir or Madam,

      The charter sets no 2011 target for pupils going on to HAVO/VWO in Overvecht. It sets a target for 2017 only: 35% for 2017 (2006: 27%).

      The charter states, in Dutch, word for word:
      “In 2006 gaat 27% van de leerlingen naar HAVO/VWO. In 2017 is dit percentage toegenomen tot 35%.”

      Source: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (municipality of Utrecht and the Dutch national government, signed on 9 June 2008), section 1. Op het gebied van leren en opgroeien › Leren op school › a. Gezamenlijke ambitie › Overvecht.

      Kind regards,
      "
    `);
  });

  it('a general answer that already quotes the charter: not quoted twice', async () => {
    const a = await engine.ask('Wie zit er achter OKU, de microkredietregeling voor startende ondernemers?');
    expect(a.status).toBe('answered');
    const text = email(a);
    expect(text).toMatchInlineSnapshot(`
      "Geachte heer/mevrouw,

      Het charter zegt hierover: “OKU verstrekt kleinschalige kredieten aan startende Utrechtse ondernemers die via de reguliere weg geen financiering kunnen verkrijgen en ook een afwijzing van een reguliere financier kunnen overleggen.”

      Bron: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (gemeente Utrecht en rijk, ondertekend op 9 juni 2008), onderdeel 4. Op het gebied van werken › b. Inzet gemeente.

      Met vriendelijke groet,
      "
    `);
    const quote = a.citations[0]?.quote ?? '';
    expect(text.split(quote)).toHaveLength(2);
  });

  it.each([
    ['not_found', 'wanneer speelt FC Utrecht weer thuis?'],
    ['not_found', 'when do FC Utrecht play at home?'],
    ['clarify', 'Ondiep'],
    ['clarify', 'what can you do?'],
  ])('%s (%s): no e-mail that pretends to answer', async (status, question) => {
    const a = await engine.ask(question);
    expect(a.status).toBe(status);
    expect(renderEmail(a, meta())).toEqual({ ok: false, reason: 'nothing_to_send' });
    expect(renderEmail(a, meta(), { language: a.language === 'nl' ? 'en' : 'nl' })).toEqual({
      ok: false,
      reason: 'nothing_to_send',
    });
    // Nor do Slack and Teams offer an "E-mail version" button for it.
    expect(JSON.stringify(renderSlackAnswer(a, meta(), 'id-1'))).not.toContain('email_version');
    expect(JSON.stringify(renderAnswerCard(a, meta(), 'id-1'))).not.toContain('"action":"email"');
  });

  it("carries the answer's figures and quotes word for word, with no doubled punctuation", async () => {
    const questions = [
      'What is the Ondiep burglary target for 2011?',
      'Hoe groot is het leefbaarheidbudget per wijk?',
      'Which wijk has the lowest benefits target for 2017?',
      'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
      'Hoeveel geld investeren de corporaties in Overvecht?',
      'wanneer is het charter ondertekend?',
    ];
    for (const q of questions) {
      const a = await engine.ask(q);
      for (const language of ['nl', 'en'] as const) {
        const r = renderEmail(a, meta(), { language });
        if (!r.ok) continue;
        for (const c of a.citations) expect(r.text, q).toContain(c.quote.trim());
        const body = language === a.language ? a.answer : (a.translation?.answer ?? '');
        for (const n of body.match(/\d+(?:[.,]\d+)*/g) ?? []) expect(r.text, q).toContain(n);
        // Outside the quotes, which are the charter's own punctuation ("op... 9 juni 2008").
        const own = a.citations.reduce((t, c) => t.replace(c.quote.trim(), '…'), r.text);
        expect(own, q).not.toMatch(/\.\.(?!\.)|\.\s\.|,,|;;|::|\?\./);
        expect(r.text.match(/^(Bron|Source):/gm), q).toHaveLength(1);
        expect(r.text, q).not.toMatch(/\b(Ik|I) (beantwoord|answer)\b/);
      }
    }
  });

  it("uses the organisation's greeting and signature, with line breaks, per language", async () => {
    const letter = emailLetter({
      EMAIL_GREETING: 'Beste inwoner,',
      EMAIL_SIGNATURE: 'Met vriendelijke groet,\\nGemeente Utrecht\\nKlantcontactcentrum',
      EMAIL_SIGNATURE_EN: '   ',
    });
    const a = await engine.ask('Wat is het doel voor woninginbraken in Ondiep in 2011?');
    const text = email(a, { letter });
    expect(text.startsWith('Beste inwoner,\n\n')).toBe(true);
    expect(text.endsWith('Met vriendelijke groet,\nGemeente Utrecht\nKlantcontactcentrum\n')).toBe(true);
    expect(letter.en).toEqual({ greeting: 'Dear Sir or Madam,', closing: 'Kind regards,' });
    expect(emailLetter({ EMAIL_GREETING: 'Hallo\u0007 daar,' }).nl.greeting).toBe('Hallo daar,');
  });
});
