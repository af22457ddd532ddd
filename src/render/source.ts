// The source line every rendering of an answer carries: which charter, when signed, which section.
import type { Meta } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { dateText } from '../phrase/digest.js';

function signedOn(meta: Meta, lang: Language): string {
  if (lang === 'nl' || !meta.signedOn) return meta.signedOnText;
  return dateText(meta.signedOn, lang);
}

export function charterName(meta: Meta, lang: Language): string {
  return lang === 'nl'
    ? `${meta.title} (gemeente Utrecht en rijk, ondertekend op ${signedOn(meta, lang)})`
    : `${meta.title} (municipality of Utrecht and the Dutch national government, signed on ${signedOn(meta, lang)})`;
}
