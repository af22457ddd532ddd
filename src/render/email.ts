// The paste-ready e-mail version of an answer, for helpdesk staff writing to citizens: a greeting, the
// answer in the municipality's voice about the charter, the quote once, the source once, a closing.
// Only an answer has an e-mail: "the charter does not say" or "please be more specific" is not sent.
import type { Meta } from '../charter/schema.js';
import type { Answer, Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { charterName } from './source.js';

/** The organisation's greeting and closing per language (EMAIL_GREETING, EMAIL_SIGNATURE and their _EN twins). */
export type EmailLetter = Record<Language, { greeting: string; closing: string }>;

export const DEFAULT_LETTER: EmailLetter = {
  nl: { greeting: 'Geachte heer/mevrouw,', closing: 'Met vriendelijke groet,' },
  en: { greeting: 'Dear Sir or Madam,', closing: 'Kind regards,' },
};

export type EmailResult =
  | { ok: true; text: string; language: Language }
  /** not_found and clarify: nothing to tell a citizen. no_translation: an answer recorded before translations. */
  | { ok: false; reason: 'nothing_to_send' | 'no_translation' };

const WORDING = {
  nl: {
    lead: 'Volgens het charter krachtwijken Utrecht geldt het volgende.',
    quote: 'In het charter staat letterlijk:',
  },
  en: {
    lead: 'According to the Utrecht krachtwijken charter:',
    quote: 'The charter states, in Dutch, word for word:',
  },
} as const;

/** One full stop at the end of a sentence, never two (". ." or ".." after an abbreviation or a quote). */
function sentence(text: string): string {
  const t = text.trim().replace(/[\s:;,]+$/, '');
  return /[.!?…]["”’)]*$/.test(t) ? t : `${t}.`;
}

/** Whether an answer has an e-mail version: it answers (fully or in part). */
export const hasEmail = (answer: Pick<Answer, 'status'>) =>
  answer.status === 'answered' || answer.status === 'partial';

export function renderEmail(
  answer: Answer,
  meta: Meta,
  options: { language?: Language; letter?: EmailLetter } = {},
): EmailResult {
  if (!hasEmail(answer)) return { ok: false, reason: 'nothing_to_send' };
  const language = options.language ?? answer.language;
  const text =
    language === answer.language
      ? answer.answer
      : answer.translation?.language === language
        ? answer.translation.answer
        : null;
  if (text === null) return { ok: false, reason: 'no_translation' };
  const w = WORDING[language];
  const m = messages(language);
  const letter = (options.letter ?? DEFAULT_LETTER)[language];

  const parts = [letter.greeting];
  // An answer that already speaks about the charter ("The charter says: …") needs no lead of its own.
  parts.push(/charter/i.test(text) ? sentence(text) : `${w.lead}\n\n${sentence(text)}`);
  // The quote once: a clause the answer already quotes is not quoted again.
  const quotes = answer.citations.filter((c) => !text.includes(c.quote.trim()));
  if (quotes.length > 0) parts.push(`${w.quote}\n${quotes.map((c) => `“${c.quote.trim()}”`).join('\n\n')}`);
  // The source once, with every section the answer draws on (the opening page has no section worth naming).
  const sections = [...new Set(answer.citations.map((c) => c.section.trim()))].filter(
    (s) => s !== '' && s !== 'Charter',
  );
  const where = sections.length === 0 ? '' : `, ${m.sections(sections.length)} ${sections.join('; ')}`;
  parts.push(sentence(`${m.source}: ${charterName(meta, language)}${where}`));
  parts.push(letter.closing);
  return { ok: true, text: `${parts.join('\n\n')}\n`, language };
}

/** Why there is no e-mail, in the language of the person who asked for it. */
export function noEmailMessage(reason: 'nothing_to_send' | 'no_translation', language: Language): string {
  return messages(language).noEmail[reason];
}
