// The JSON API's request shapes: validated by the router, described by /openapi.json.
import { z } from 'zod';
import { THEME_WORDS, type ThemeName, themeKey } from '../../charter/themes.js';
import { MAX_MESSAGE_LENGTH } from '../../engine/read.js';
import { parseAsOf } from '../../time.js';

export const AskBody = z.object({
  // A pasted e-mail is read whole: the engine finds the questions in it.
  question: z.string().max(MAX_MESSAGE_LENGTH, 'question is too long'),
  thread: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'thread must be 1-100 letters, digits or . _ : -')
    .optional(),
});

/** A theme in Dutch or English ("veiligheid", "safety"), as its key. */
const ThemeParam = z
  .string()
  .refine((w) => themeKey(w) !== null, `theme must be one of ${THEME_WORDS.join(', ')}`)
  .transform((w) => themeKey(w) as ThemeName);

export const ProgressQuery = z.object({
  asOf: z
    .string()
    .optional()
    .refine((v) => v === undefined || parseAsOf(v) !== null, 'asOf must be a date such as 2010-06-01'),
  wijk: z.string().max(100).optional(),
  theme: ThemeParam.optional(),
  language: z.enum(['nl', 'en']).optional(),
});

const asList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const PreviewQuery = z.object({
  asOf: z
    .string()
    .optional()
    .refine((v) => v === undefined || parseAsOf(v) !== null, 'asOf must be a date such as 2010-06-01'),
  wijk: asList.refine((l) => l.length <= 4, 'at most four wijken'),
  theme: z
    .union([ThemeParam, z.array(ThemeParam)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  language: z.enum(['nl', 'en']).optional(),
  format: z.enum(['json', 'slack', 'teams', 'email', 'text']).default('json'),
});

export const AnswerBody = z.object({
  status: z.enum(['answered', 'partial', 'not_found', 'clarify']),
  language: z.enum(['nl', 'en']),
  answer: z.string().max(20_000),
  facts: z.array(z.unknown()).max(500),
  citations: z
    .array(
      z.object({ id: z.string().max(200), section: z.string().max(1000), quote: z.string().max(20_000) }),
    )
    .max(100),
  suggestions: z.array(z.string().max(500)).max(10).optional(),
  translation: z.object({ language: z.enum(['nl', 'en']), answer: z.string().max(20_000) }).optional(),
});

/** An Answer and, optionally, the language of the e-mail (staff asking in English for a Dutch-speaking citizen). */
export const EmailBody = z.union([
  z.object({ answer: AnswerBody, language: z.enum(['nl', 'en']).optional() }),
  AnswerBody,
]);

/** An Answer to draw as the console shows it; with its audit record's id it offers feedback. */
export const AnswerHtmlBody = z.object({
  answer: AnswerBody,
  answerId: z.string().min(1).max(100).optional(),
});

/** Helpful or not, for an answer the console showed (its id came in the X-Answer-Id header). */
export const FeedbackBody = z.object({
  answerId: z.string().min(1).max(100),
  rating: z.enum(['helpful', 'not_helpful']),
  reason: z.enum(['wrong_figure', 'wrong_clause', 'not_in_charter', 'other']).optional(),
});
