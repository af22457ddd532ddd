// The engine decides before it phrases: these tests pin what it understood, which routing rule took the
// question and what it planned to say, as data, independent of the wording.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { buildClauseIndex } from '../../src/engine/clause-search.js';
import { type GeneralPlan, planGeneral } from '../../src/engine/plan-general.js';
import { alternatives, isYesNo, wantedOf } from '../../src/engine/question-shape.js';
import { route } from '../../src/engine/respond.js';
import { smallTalk } from '../../src/engine/small-talk.js';
import { cleanQuestion, fold } from '../../src/engine/text.js';
import { understand } from '../../src/engine/understand.js';
import { buildVocabulary } from '../../src/engine/vocabulary.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();
const deps = { knowledge, clauseIndex: buildClauseIndex(knowledge) };
const vocab = buildVocabulary(knowledge);
const understood = (q: string) => understand(cleanQuestion(q), undefined, vocab, knowledge);

/** A plan with clauses shown by id, so a snapshot says which clause without repeating its text. */
function summary(plan: GeneralPlan) {
  switch (plan.kind) {
    case 'quote':
      return {
        kind: plan.kind,
        clause: plan.quote.clause.id,
        sentence: plan.quote.sentence,
        wanted: plan.wanted,
        leads: plan.leads.map((l) => `${l.kind}: ${l.text}${l.perYear ? ' per jaar' : ''}`),
        verdict: plan.verdict,
      };
    case 'compare':
      return {
        kind: plan.kind,
        parts: plan.parts.map(
          (p) => `${p.quote.clause.id}: ${p.lead.text}${p.lead.perYear ? ' per jaar' : ''}`,
        ),
        larger: plan.larger,
      };
    case 'no_figure':
      return { kind: plan.kind, clause: plan.quote.clause.id };
    case 'people':
      return { kind: plan.kind, clauses: plan.clauses.map((c) => c.id) };
    case 'nothing':
      return { kind: plan.kind };
  }
}
const plan = (q: string) => {
  const u = understood(q);
  return summary(planGeneral(deps, u, u.question));
};

describe('understanding how officials write', () => {
  it('reads wijk abbreviations, glued compounds and shorthand', () => {
    const intent = (q: string) => {
      const { language, wijken, indicators, years, asks } = understood(q).intent;
      return { language, wijken, indicators, years, asks };
    };
    expect(intent('inbraakcijfer ZO 2006? en hoe verhoudt dat zich tot de stad')).toMatchInlineSnapshot(`
      {
        "asks": "citywide",
        "indicators": [
          "burglary",
        ],
        "language": "nl",
        "wijken": [
          "zuilen-oost",
        ],
        "years": [
          2006,
        ],
      }
    `);
    expect(intent('jeugdwerkloosheidscijfer KE 2006?')).toMatchInlineSnapshot(`
      {
        "asks": "baseline",
        "indicators": [
          "youth_unemployment",
        ],
        "language": "nl",
        "wijken": [
          "kanaleneiland",
        ],
        "years": [
          2006,
        ],
      }
    `);
    expect(intent('geweldscijfer ondiep 2006 tov stedelijk gem').asks).toBe('citywide');
    // "zo" is a Dutch word: only the capitals are Zuilen-Oost.
    expect(intent('is dat zo?').wijken).toEqual([]);
  });

  it('names other cities as outside the charter', () => {
    expect(understood('wat is het doel voor inbraken in Amsterdam-Noord?').outside).toEqual([
      'place:amsterdam-noord',
    ]);
    // A ministry's name is an organisation, no place: the signature block answers it.
    expect(understood('Who signed for the Ministry of Justice?').outside).toEqual([]);
    expect(understood('What are the targets for Zoetermeer?').outside).toEqual(['?']);
  });

  it('reads the kind of answer a question wants', () => {
    const shapes = [
      'hoeveel jaar loopt het geld voor de pilot segregatie?',
      'up to and including which year is the 4m committed?',
      'sinds wanneer bestaat OKU?',
      'how often does the college report to the council?',
      'wanneer is het charter getekend?',
      'By how much should crime fall by 2010?',
      'how much money goes to Hoograven?',
      'hoeveel wijkagenten krijgt Utrecht?',
      "who's behind OKU?",
      'welke school doet het Jongerenteam?',
      'what does the outcome monitor cover?',
    ].map((q) => `${wantedOf(fold(q))} <- ${q}`);
    expect(shapes).toMatchInlineSnapshot(`
      [
        "duration <- hoeveel jaar loopt het geld voor de pilot segregatie?",
        "year_end <- up to and including which year is the 4m committed?",
        "year_start <- sinds wanneer bestaat OKU?",
        "frequency <- how often does the college report to the council?",
        "date <- wanneer is het charter getekend?",
        "percentage <- By how much should crime fall by 2010?",
        "amount <- how much money goes to Hoograven?",
        "count <- hoeveel wijkagenten krijgt Utrecht?",
        "who <- who's behind OKU?",
        "who <- welke school doet het Jongerenteam?",
        "null <- what does the outcome monitor cover?",
      ]
    `);
  });

  it('tells yes/no questions from questions for a fact', () => {
    expect(isYesNo(fold('klopt het dat Utrecht 37 wijkagenten krijgt?'))).toBe(true);
    expect(isYesNo(fold('komt er in elke krachtwijk een Werkhotel?'))).toBe(true);
    expect(isYesNo(fold('someone said the city considers a kanszone - is that right?'))).toBe(true);
    expect(isYesNo(fold('do we know how many people felt unsafe in 2006?'))).toBe(false);
    expect(isYesNo(fold('what is the Ondiep burglary target for 2011?'))).toBe(false);
  });

  it('splits a question that weighs two things', () => {
    const q = 'who puts in more per year, the housing corporations or the municipality?';
    expect(alternatives(q, fold(q))).toEqual(['the housing corporations', 'the municipality']);
    const plain = 'een partner vraagt of ze er subsidie aan kunnen ontlenen';
    expect(alternatives(plain, fold(plain))).toBeNull();
  });

  it('recognises small talk only when the whole message is small talk', () => {
    expect(
      ['bedankt!', 'ok thanks', 'top', 'hallo', 'wat kun je eigenlijk allemaal?', 'waarom?'].map((q) =>
        smallTalk(fold(q)),
      ),
    ).toMatchInlineSnapshot(`
        [
          "thanks",
          "thanks",
          "acknowledgement",
          "greeting",
          "capabilities",
          "why",
        ]
      `);
    expect(smallTalk(fold('thanks, and for 2017?'))).toBeNull();
    expect(smallTalk(fold('what is the Ondiep burglary target?'))).toBeNull();
  });
});

describe('routing', () => {
  it('sends each question to the rule written for it', () => {
    const routes = [
      'bedankt!',
      'wat is het doel voor inbraken in Lombok?',
      'hoeveel geld krijgt Hoograven?',
      'which housing corporations work with the city?',
      'what does the national government do about youth unemployment?',
      'By how much does the cabinet want to reduce crime and nuisance by 2010?',
      'welke school in Overvecht doet het Jongerenteam en de Activiteitenwinkel?',
      'is Ondiep on track for burglary?',
      'hoeveel inwoners heeft Kanaleneiland?',
      'Kanaleneiland',
      'targets for Ondiep',
      'when was the charter signed?',
      'What is the Ondiep burglary target for 2011?',
    ].map((q) => `${route(deps, understood(q)).route} <- ${q}`);
    expect(routes).toMatchInlineSnapshot(`
      [
        "small_talk <- bedankt!",
        "outside_place <- wat is het doel voor inbraken in Lombok?",
        "outside_place <- hoeveel geld krijgt Hoograven?",
        "other_topic <- which housing corporations work with the city?",
        "actor_does <- what does the national government do about youth unemployment?",
        "year_of_a_clause <- By how much does the cabinet want to reduce crime and nuisance by 2010?",
        "who <- welke school in Overvecht doet het Jongerenteam en de Activiteitenwinkel?",
        "progress <- is Ondiep on track for burglary?",
        "wijk_figure_not_given <- hoeveel inwoners heeft Kanaleneiland?",
        "vague <- Kanaleneiland",
        "wijk_targets <- targets for Ondiep",
        "other_topic <- when was the charter signed?",
        "targets <- What is the Ondiep burglary target for 2011?",
      ]
    `);
  });
});

describe('planning general answers', () => {
  it('puts up front the figure that belongs to what was asked', () => {
    expect(
      plan(
        'WWI had in 2008 20 miljoen voor burgerinitiatieven, maar hoeveel daarvan was er voor de 40 wijken samen?',
      ),
    ).toMatchInlineSnapshot(`
        {
          "clause": "bewonersparticipatie.inzet-rijk.2",
          "kind": "quote",
          "leads": [
            "amount: € 10 miljoen",
          ],
          "sentence": "Hiervan zal € 10 miljoen beschikbaar komen voor de 40 wijken.",
          "verdict": null,
          "wanted": "amount",
        }
      `);
    expect(
      plan('hoeveel jaar loopt het geld van het rijk voor de pilot segregatie in het onderwijs?'),
    ).toMatchInlineSnapshot(`
      {
        "clause": "leren-opgroeien.leren-school.inzet-rijk.4",
        "kind": "quote",
        "leads": [
          "duration: 3 jaar",
        ],
        "sentence": "Voor Utrecht is € 100.000 per jaar beschikbaar voor een periode van 3 jaar voor een pilot segregatie.",
        "verdict": null,
        "wanted": "duration",
      }
    `);
    expect(
      plan(
        "the city's own 4m a year for the wijkactieplannen - up to and including which year is that committed?",
      ),
    ).toMatchInlineSnapshot(`
        {
          "clause": "financiering.8",
          "kind": "quote",
          "leads": [
            "year: 2012",
          ],
          "sentence": "Voor de jaren 2008 t/m 2012 zal de gemeente uit eigen middelen indicatief € 4 miljoen per jaar inzetten ten behoeve van de wijkactieplannen.",
          "verdict": null,
          "wanted": "year_end",
        }
      `);
  });

  it('weighs two amounts against each other', () => {
    expect(
      plan('who puts in more per year, the housing corporations or the municipality from its own funds?'),
    ).toMatchInlineSnapshot(`
        {
          "kind": "compare",
          "larger": 0,
          "parts": [
            "financiering.7: € 21,5 miljoen per jaar",
            "financiering.8: € 4 miljoen per jaar",
          ],
        }
      `);
  });

  it('decides yes/no claims by the sentence about them', () => {
    expect(plan('komt er in elke krachtwijk een Werkhotel?')).toMatchInlineSnapshot(`
      {
        "clause": "werken.inzet-gemeente.1",
        "kind": "quote",
        "leads": [],
        "sentence": "In twee wijken is een Werkhotel gepland.",
        "verdict": {
          "because": "not_every",
          "holds": false,
        },
        "wanted": null,
      }
    `);
    expect(
      plan('klopt het dat peuters met een taalachterstand pas vanaf 3 jaar aan VVE kunnen meedoen?'),
    ).toMatchInlineSnapshot(`
        {
          "clause": "leren-opgroeien.leren-school.inzet-gemeente.3",
          "kind": "quote",
          "leads": [],
          "sentence": "De gemeente creëert een betere samenhang tussen kinderopvang, peuterspeelzaal en voorschoolse educatie: kinderen bij wie op tweejarige leeftijd een taalachterstand wordt vastgesteld kunnen vanaf 2,5 jaar in deze voorzieningen deelnemen aan VVE-programma's. Het streven is om alle doelgroepkinderen te bereiken.",
          "verdict": {
            "because": "figure",
            "claimed": "3 jaar",
            "holds": false,
            "stated": "2,5 jaar",
          },
          "wanted": null,
        }
      `);
    expect(
      plan('someone said the city is considering an economic kanszone in Kanaleneiland - is that right?'),
    ).toMatchInlineSnapshot(`
        {
          "clause": "werken.inzet-gemeente.5",
          "kind": "quote",
          "leads": [],
          "sentence": "Kansenzone: de gemeente Utrecht overweegt in de wijk Overvecht een economische kanszone in te richten.",
          "verdict": {
            "because": "place",
            "claimed": "Kanaleneiland",
            "holds": false,
            "stated": "Overvecht",
          },
          "wanted": null,
        }
      `);
    expect(
      plan('klopt het dat alleen OCW geld geeft voor combinatiefuncties?')?.verdict,
    ).toMatchInlineSnapshot(`
      {
        "because": "not_only",
        "claimed": "OCW",
        "holds": false,
        "others": [
          "VWS",
        ],
      }
    `);
    expect(plan('klopt het dat het charter zelf geen beschikking is?')).toMatchInlineSnapshot(`
      {
        "clause": "financiering.9",
        "kind": "quote",
        "leads": [],
        "sentence": "Dit charter is echter geen beschikking.",
        "verdict": {
          "holds": true,
        },
        "wanted": null,
      }
    `);
  });

  it('quotes without a figure up front when the question asks none', () => {
    expect(plan('which themes does the annual outcome monitor track?')).toMatchInlineSnapshot(`
      {
        "clause": "overleg-voortgang.4.1",
        "kind": "quote",
        "leads": [],
        "sentence": "Deze outcomemonitor brengt op beknopte wijze de ontwikkelingen in kaart op de terreinen wonen, werken, leren en opgroeien, integreren en veiligheid.",
        "verdict": null,
        "wanted": "who",
      }
    `);
  });

  it('finds nothing where one word happens to match', () => {
    expect(plan('wanneer speelt FC Utrecht weer thuis?')).toEqual({ kind: 'nothing' });
    expect(plan('what is the weather in Utrecht tomorrow?')).toEqual({ kind: 'nothing' });
  });
});

describe('language', () => {
  const DUTCH_TEMPLATE =
    /\b(het|een|van|voor|niet|maar|zegt|volgens|doel|doelen|wijken hebben|graag|heeft)\b/i;
  it('writes English answers without Dutch template words outside the charter quotes', async () => {
    const engine = createEngine(knowledge);
    const questions = [
      'how much does Utrecht get for the pilot segregation per year?',
      'until when do the agreements run?',
      'is there a Werkhotel in every wijk?',
      'is it true that the leefbaarheidbudget is 2 million per wijk?',
      'who contributes more per year: the housing corporations or the municipality from its own funds?',
      'how often does the college report to the council?',
      'What is the Ondiep burglary target for 2011?',
      'How many inhabitants does Ondiep have?',
      'thanks!',
      'what can you do?',
    ];
    for (const q of questions) {
      const a = await engine.ask(q);
      expect(a.language, q).toBe('en');
      const own = a.answer.replace(/“[^”]*”/g, ' ');
      expect(own, q).not.toMatch(DUTCH_TEMPLATE);
    }
  });

  it('keeps a thread in its language when a follow-up borrows a word, and follows a real switch', async () => {
    const engine = createEngine(knowledge);
    await engine.ask('Wat is het doel voor woninginbraken in Ondiep in 2011?', { thread: 'l' });
    expect((await engine.ask('en de baseline?', { thread: 'l' })).language).toBe('nl');
    expect((await engine.ask('and for 2017?', { thread: 'l' })).language).toBe('en');
    expect((await engine.ask('and the nulmeting?', { thread: 'l' })).language).toBe('en');
  });
});
