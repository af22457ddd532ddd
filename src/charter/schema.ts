// The shapes of everything in knowledge/, as zod schemas: the single source of the knowledge types.
import { z } from 'zod';
import { THEME_KEYS } from './themes.js';

export const ClauseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/),
  kind: z.enum(['paragraph', 'bullet', 'footnote']),
  /** The charter's own headings, outermost first. */
  path: z.array(z.string().min(1)),
  /** `path` joined with " › ", the way a citation shows it. */
  section: z.string().min(1),
  depth: z.number().int().min(0),
  parentId: z.string().nullable(),
  text: z.string().min(1),
  /** Ids of the footnote clauses this clause marks. */
  footnotes: z.array(z.string()),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const ThemeKey = z.enum(THEME_KEYS);
export type ThemeKey = z.infer<typeof ThemeKey>;

const YearValue = z.object({
  year: z.number().int().min(1900).max(2100),
  value: z.number().finite(),
  /** The figure exactly as the charter writes it ("5,0", "7,5"). */
  text: z.string().min(1),
});
export type YearValue = z.infer<typeof YearValue>;

export const TargetSchema = z.object({
  id: z.string().min(1),
  wijk: z.string().min(1),
  theme: ThemeKey,
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  unit: z.string(),
  kind: z.enum(['level', 'change_vs_2006']),
  /** "down" when the charter says gedaald/afgenomen: lower is better. */
  direction: z.enum(['down', 'up']),
  baseline: YearValue.nullable(),
  targets: z.array(YearValue).min(1),
  clauseId: z.string().min(1),
  quote: z.string().min(1),
});
export type Target = z.infer<typeof TargetSchema>;

export const CitywideSchema = z.object({
  id: z.string().min(1),
  indicator: z.string(),
  label: z.string().min(1),
  year: z.number().int(),
  value: z.number().finite(),
  text: z.string().min(1),
  unit: z.string(),
  clauseId: z.string().min(1),
  quote: z.string().min(1),
  /** Target ids whose clause marks this footnote. */
  targetIds: z.array(z.string()),
});
export type Citywide = z.infer<typeof CitywideSchema>;

export const CharterFactSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['amount', 'count', 'date', 'percentage']),
  /** The words as they stand in the clause ("€ 850.000", "25 straatcoaches", "9 juni 2008"). */
  text: z.string().min(1),
  value: z.number().finite(),
  unit: z.string(),
  /** The noun the figure counts or the thing the amount is for, when the sentence names it. */
  label: z.string(),
  /** A year the sentence ties the figure to, else null. */
  year: z.number().int().nullable(),
  /** ISO date for `date` facts. */
  date: z.string().nullable(),
  clauseId: z.string().min(1),
});
export type CharterFact = z.infer<typeof CharterFactSchema>;

export const MetaSchema = z.object({
  title: z.string(),
  signedOn: z.string(),
  signedOnText: z.string(),
  validUntil: z.string().nullable(),
  seed: z.string(),
  seedSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Short hash over the generated knowledge: the version answers and audit records name. */
  version: z.string(),
  counts: z.object({ clauses: z.number(), targets: z.number(), citywide: z.number(), facts: z.number() }),
});
export type Meta = z.infer<typeof MetaSchema>;

const Phrases = z.array(z.string().min(1));

export const LexiconSchema = z.object({
  wijken: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      inCharter: z.boolean(),
      aliases: Phrases,
      /** Capitals officials write for the wijk ("KE", "ZO"): matched case-sensitively, as "zo" is a word. */
      abbreviations: z.array(z.string().regex(/^[A-Z]{2,4}$/)).default([]),
    }),
  ),
  themes: z.array(
    z.object({
      key: ThemeKey,
      nl: z.object({ name: z.string(), synonyms: Phrases }),
      en: z.object({ name: z.string(), synonyms: Phrases }),
      /** Words in a section title that place an unknown indicator in this theme. */
      sections: Phrases,
    }),
  ),
  indicators: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9_]+$/),
      theme: ThemeKey,
      /** Charter phrases that identify this indicator in a target sentence. */
      match: Phrases.min(1),
      /** Indicators a question may name that this one stands in for where a wijk has no own target. */
      standsInFor: z.array(z.string()).default([]),
      nl: z.object({ name: z.string().min(1), synonyms: Phrases }),
      en: z.object({ name: z.string().min(1), synonyms: Phrases }),
    }),
  ),
  /** Other cities and their neighbourhoods, so a question about them is refused by name. */
  places: z
    .array(
      z.object({ key: z.string().regex(/^place:[a-z0-9-]+$/), name: z.string().min(1), aliases: Phrases }),
    )
    .default([]),
  /** English words for charter vocabulary, so an English question finds a Dutch clause. */
  glossary: z.array(z.object({ en: Phrases.min(1), nl: Phrases.min(1) })).default([]),
  /**
   * The ministries whose ministers signed, as the charter names them ("Landbouw, Natuur en Voedselkwaliteit",
   * after "van" or "voor"), with what each covers: "het ministerie dat over boeren en voedsel gaat" is LNV.
   */
  ministries: z
    .array(
      z.object({
        name: z.string().min(1),
        of: z.enum(['van', 'voor']),
        domain: z.object({ nl: Phrases.min(1), en: Phrases.min(1) }),
      }),
    )
    .default([]),
  /**
   * Words that may mean more than one indicator ("werkloosheid": benefits or young job seekers): a question
   * that names only such a word is asked which it means.
   */
  ambiguous: z
    .array(z.object({ nl: Phrases.min(1), en: Phrases.min(1), indicators: z.array(z.string()).min(2) }))
    .default([]),
  /**
   * The charter's whole vocabulary in English and everyday Dutch, one idea per entry: what a question's
   * words may be in the charter. Unlike the glossary, its phrases name no topic of their own.
   */
  translations: z.array(z.object({ en: Phrases.min(1), nl: Phrases.min(1) })).default([]),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** knowledge/stems.json: word -> stem ("" when the stem is the word), Dutch for all, English for the lexicon. */
export const StemTableSchema = z.object({
  nl: z.record(z.string(), z.string()),
  en: z.record(z.string(), z.string()),
});
