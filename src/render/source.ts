// The source line every rendering of an answer carries: which charter, when signed, which section.
import type { Meta } from '../charter/schema.js';
import type { Answer, Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { dateText } from '../phrase/digest.js';

/** The signing date as the language writes it: the charter's own "9 juni 2008", or "9 June 2008". */
export function signedOn(meta: Meta, lang: Language): string {
  if (lang === 'nl' || !meta.signedOn) return meta.signedOnText;
  return dateText(meta.signedOn, lang);
}

export function charterName(meta: Meta, lang: Language): string {
  return messages(lang).charterName(meta.title, signedOn(meta, lang));
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether the answer's own text already quotes this citation word for word: then a rendering shows the
 * citation's section (and link) only, so the quote appears once.
 */
export function quotedInAnswer(answer: Answer, citation: Answer['citations'][number]): boolean {
  const quote = squeeze(citation.quote);
  return quote.length > 0 && squeeze(answer.answer).includes(quote);
}
