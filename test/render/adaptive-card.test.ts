// Teams cards: pinned shapes for representative answers, every card checked against the Adaptive Card
// 1.5 schema (Microsoft's object model) and Teams' size limit.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Answer } from '../../src/engine/types.js';
import {
  renderAnswerCard,
  renderEmailCard,
  renderHelpCard,
  renderNoticeCard,
  renderThanksCard,
} from '../../src/render/adaptive-card.js';
import { renderEmail } from '../../src/render/email.js';
import { cardProblems } from '../support/adaptive-card-check.js';
import { createEngine } from '../support/engine.js';

const k = loadKnowledge();
const engine = createEngine(k);
const links = { consoleUrl: 'https://charterbot.utrecht.example/' };

describe('Teams answer cards', () => {
  it('quotes a clause once: a quote the answer already gives is shown as its section only', async () => {
    const a = await createEngine(k).ask('Welke organisatie ondersteunt de gemeente bij de pilot zwerfafval?');
    // The body, not the e-mail version its action carries.
    const body = JSON.stringify(renderAnswerCard(a, k.meta, 'answer-1').body);
    expect(body.match(/SenterNovem biedt kennis/g)?.length).toBe(1);
  });

  it('pins the card of an answer: full width, fallback text, quotes linked to their clause, Universal Actions', async () => {
    const a = await engine.ask('What is the Ondiep burglary target for 2011?');
    expect(renderAnswerCard(a, k.meta, 'answer-1', links)).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "actions": [
          {
            "data": {
              "action": "email",
              "answerId": "answer-1",
            },
            "title": "E-mail version",
            "type": "Action.Execute",
            "verb": "email",
          },
          {
            "data": {
              "action": "feedback",
              "answerId": "answer-1",
              "rating": "helpful",
            },
            "title": "Helpful",
            "type": "Action.Execute",
            "verb": "feedback",
          },
          {
            "card": {
              "actions": [
                {
                  "data": {
                    "action": "feedback",
                    "answerId": "answer-1",
                    "rating": "not_helpful",
                  },
                  "title": "Send",
                  "type": "Action.Execute",
                  "verb": "feedback",
                },
              ],
              "body": [
                {
                  "choices": [
                    {
                      "title": "Wrong figure",
                      "value": "wrong_figure",
                    },
                    {
                      "title": "Wrong clause",
                      "value": "wrong_clause",
                    },
                    {
                      "title": "Not in the charter",
                      "value": "not_in_charter",
                    },
                    {
                      "title": "Other",
                      "value": "other",
                    },
                  ],
                  "errorMessage": "Choose what was wrong.",
                  "id": "reason",
                  "isRequired": true,
                  "label": "What was wrong?",
                  "style": "expanded",
                  "type": "Input.ChoiceSet",
                },
              ],
              "type": "AdaptiveCard",
            },
            "title": "Not helpful",
            "type": "Action.ShowCard",
          },
        ],
        "body": [
          {
            "size": "Medium",
            "text": "The 2011 target for home burglaries in Ondiep is 21 per 1000 homes (2006: 38 per 1000 homes; 2017 target: 15 per 1000 homes).",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "items": [
              {
                "text": "“In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.”",
                "type": "TextBlock",
                "wrap": true,
              },
              {
                "isSubtle": true,
                "size": "Small",
                "spacing": "Small",
                "text": "[2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep](https://charterbot.utrecht.example/clauses/veiligheid.ambitie.ondiep.3)",
                "type": "TextBlock",
                "wrap": true,
              },
            ],
            "style": "emphasis",
            "type": "Container",
          },
          {
            "isSubtle": true,
            "size": "Small",
            "text": "Source: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (municipality of Utrecht and the Dutch national government, signed on 9 June 2008)",
            "type": "TextBlock",
            "wrap": true,
          },
        ],
        "fallbackText": "The 2011 target for home burglaries in Ondiep is 21 per 1000 homes (2006: 38 per 1000 homes; 2017 target: 15 per 1000 homes).",
        "msteams": {
          "width": "Full",
        },
        "type": "AdaptiveCard",
        "version": "1.5",
      }
    `);
  });

  it('pins the card as the person who pressed "E-mail version" and gave feedback sees it', async () => {
    const a = await engine.ask('Wat is het doel voor woninginbraken in Ondiep in 2011?');
    const email = renderEmail(a, k.meta);
    const card = renderAnswerCard(
      a,
      k.meta,
      'answer-2',
      {},
      {
        email: email.ok ? email.text : '',
        feedback: 'helpful',
      },
    );
    expect(card.body.slice(-3)).toMatchInlineSnapshot(`
      [
        {
          "spacing": "Medium",
          "text": "E-mailtekst, klaar om te kopiëren:",
          "type": "TextBlock",
          "weight": "Bolder",
          "wrap": true,
        },
        {
          "id": "email",
          "isMultiline": true,
          "label": "E-mailtekst",
          "type": "Input.Text",
          "value": "Geachte heer/mevrouw,

      Volgens het charter krachtwijken Utrecht geldt het volgende.

      Het doel voor 2011 voor woninginbraken in Ondiep is 21 per 1000 woningen (2006: 38 per 1000 woningen; doel 2017: 15 per 1000 woningen).

      In het charter staat letterlijk:
      “In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.”

      Bron: Charter betreffende de aanpak van wijken Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost (gemeente Utrecht en rijk, ondertekend op 9 juni 2008), onderdeel 2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep.

      Met vriendelijke groet,
      ",
        },
        {
          "isSubtle": true,
          "spacing": "Medium",
          "text": "Dank voor uw feedback.",
          "type": "TextBlock",
          "wrap": true,
        },
      ]
    `);
    expect(card.actions ?? []).toEqual([]);
  });

  it('passes the schema and size checks for every kind of card, in both languages', async () => {
    const questions = [
      'What is the Ondiep burglary target for 2011?',
      'Wat is het doel voor 2011 voor leerlingen naar HAVO/VWO in Overvecht?',
      'What is the Hoograven youth nuisance target?',
      'Ondiep',
      'Hoe groot is het leefbaarheidbudget per wijk?',
      'Which wijk has the lowest benefits target for 2017?',
      '<!channel> *vet* [link](https://evil.example) `code` _x_',
    ];
    const cards: Array<[string, object]> = [];
    for (const q of questions) {
      const a = await engine.ask(q);
      const email = renderEmail(a, k.meta);
      cards.push([q, renderAnswerCard(a, k.meta, 'id', links)]);
      cards.push([
        `${q} (e-mail, feedback)`,
        renderAnswerCard(
          a,
          k.meta,
          'id',
          {},
          { email: email.ok ? email.text : 'x', feedback: 'not_helpful' },
        ),
      ]);
      if (email.ok) cards.push([`${q} (e-mail card)`, renderEmailCard(email.text, a.language)]);
    }
    // The longest answer the engine can give, with many citations.
    const huge: Answer = {
      status: 'answered',
      language: 'nl',
      answer: 'x '.repeat(3000),
      facts: [],
      citations: k.clauses.slice(0, 100).map((c) => ({ id: c.id, section: c.section, quote: c.text })),
    };
    const big = renderAnswerCard(huge, k.meta, 'id', links, { email: 'y'.repeat(8000) });
    expect(JSON.stringify(big).includes('En nog 8')).toBe(true);
    cards.push(['huge', big]);
    cards.push(['help', renderHelpCard(k.meta, ['Kanaleneiland', 'Ondiep'], true)]);
    cards.push(['notice', renderNoticeCard('line one\nline two')]);
    cards.push(['thanks', renderThanksCard('en')]);
    const problems = cards.flatMap(([name, card]) => cardProblems(card).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('finds what is wrong with a card that breaks the schema', () => {
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'x', colour: 'red', size: 'Huge' }, { type: 'Bogus' }],
        msteams: { width: 'Full' },
        fallbackText: 'x',
      }),
    ).toMatchInlineSnapshot(`
      [
        "InvalidPropertyValue: Invalid value "Huge" for property "size".",
        "UnknownElementType: Unknown element type "Bogus". Fallback will be used if present.",
        "$.body.0.colour: "red" is not in the schema (read back as undefined)",
        "$.body.0.size: "Huge" is not in the schema (read back as undefined)",
        "$.body.1: {"type":"Bogus"} is not in the schema (read back as undefined)",
        "$.$schema: undefined is not in the schema (read back as "http://adaptivecards.io/schemas/adaptiv)",
      ]
    `);
  });
});
