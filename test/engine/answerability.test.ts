// Answerability: a question about something the charter never mentions is not answered with whatever clause
// shares its other words ("Is there money for a casino?" must not be "Yes" with the VVE budget), and the
// same frames about what the charter does cover are still answered. Each subject is asked in three frames
// per language; the subjects are everyday things a resident could ask about, not words picked from misses.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { createEngine } from '../support/engine.js';

const engine = createEngine(loadKnowledge());

const FRAMES = {
  en: [
    (x: string) => `What does the charter say about ${x}?`,
    (x: string) => `Is there money for ${x}?`,
    (x: string) => `what are the plans for ${x}`,
  ],
  nl: [
    (x: string) => `Wat zegt het charter over ${x}?`,
    (x: string) => `Is er geld voor ${x}?`,
    (x: string) => `wat zijn de plannen voor ${x}`,
  ],
} as const;

/** Things the charter never mentions. */
const ABSENT = {
  en: [
    'the football stadium',
    'a new swimming pool',
    'a tram line to Overvecht',
    'the metro',
    'a casino',
    'a new hospital',
    'wind turbines',
    'solar panels',
    'a new library',
    'the zoo',
    'parking fees',
    'the airport',
    'a new bridge over the canal',
    'a concert hall',
    'dog parks',
    'electric cars',
    'broadband internet',
    'the Olympic Games',
    'property tax',
    'the ice rink',
    'street lighting',
    'a skate park',
    'the new train station',
    'flood defences',
  ],
  nl: [
    'het voetbalstadion',
    'een nieuw zwembad',
    'een tramlijn naar Overvecht',
    'de metro',
    'een casino',
    'een nieuw ziekenhuis',
    'windmolens',
    'zonnepanelen',
    'een nieuwe bibliotheek',
    'de dierentuin',
    'parkeertarieven',
    'het vliegveld',
    'een nieuwe brug over het kanaal',
    'een concertzaal',
    'hondenuitlaatplaatsen',
    "elektrische auto's",
    'glasvezel',
    'de Olympische Spelen',
    'de OZB',
    'de ijsbaan',
    'straatverlichting',
    'een skatepark',
    'het nieuwe station',
    'dijkversterking',
  ],
};

/** Things it does cover, in everyday words. */
const PRESENT = {
  en: [
    'the referral index',
    'the Veiligheidshuis',
    'the work hotel',
    'microfinance',
    'mediation',
    'litter',
    'allotment gardens',
    'the participation budget',
    'Centres for Youth and Family',
    'mixed schools',
    'the experiment space',
    'the neighbourhood fund',
    "residents' initiatives",
    'the Gezonde wijk experiment',
    'youth unemployment',
    'early school leavers',
    'the activation centre',
    'bicycle parking',
    'street coaches',
    'community police officers',
  ],
  nl: [
    'de verwijzindex',
    'het Veiligheidshuis',
    'het werkhotel',
    'straatcoaches',
    'microfinanciering',
    'mediation',
    'zwerfafval',
    'volkstuinen',
    'de Centra voor Jeugd en Gezin',
    'gemengde scholen',
    'de experimenteerruimte',
    'wijkagenten',
    'het wijkenfonds',
    'bewonersinitiatieven',
    'de Gezonde wijk',
    'jeugdwerkloosheid',
    'voortijdig schoolverlaters',
    'het activeringscentrum',
    'de Kansenzone',
    'fietsenstallingen',
    'het participatiebudget',
  ],
};

async function outcomes(subjects: typeof ABSENT) {
  const out: Array<{ q: string; answered: boolean; answer: string }> = [];
  for (const lang of ['en', 'nl'] as const)
    for (const frame of FRAMES[lang])
      for (const x of subjects[lang]) {
        const q = frame(x);
        const a = await engine.ask(q, { thread: q });
        out.push({ q, answered: a.status === 'answered' || a.status === 'partial', answer: a.answer });
      }
  return out;
}

describe('answerability', () => {
  it('answers no question about a thing the charter never mentions', async () => {
    const answered = (await outcomes(ABSENT)).filter((o) => o.answered);
    expect(answered.map((o) => `${o.q} -> ${o.answer.slice(0, 80)}`)).toEqual([]);
  });

  it('still answers the same frames about what the charter covers, at least 90%', async () => {
    const all = await outcomes(PRESENT);
    const missed = all.filter((o) => !o.answered);
    console.log(`answerability: ${all.length - missed.length}/${all.length} covered subjects answered`);
    for (const m of missed) console.log(`  missed: ${m.q}`);
    expect((all.length - missed.length) / all.length).toBeGreaterThanOrEqual(0.9);
  });

  it('says what the charter is about when it does not know the subject', async () => {
    const a = await engine.ask('Is there money for a casino?');
    expect(a.status).toBe('not_found');
    expect(a.answer).not.toMatch(/^(Yes|No)\b/);
    expect(a.answer).toMatch(/Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost/);
  });
});
