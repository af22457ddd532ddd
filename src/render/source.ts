// The source line every rendering of an answer carries: which charter, when signed, which section.
import type { Meta } from '../charter/schema.js';
import type { Language } from '../engine/types.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function signedOn(meta: Meta, lang: Language): string {
  if (lang === 'nl' || !meta.signedOn) return meta.signedOnText;
  const [y, m, d] = meta.signedOn.split('-').map(Number);
  return `${d} ${MONTHS_EN[(m ?? 1) - 1]} ${y}`;
}

export function charterName(meta: Meta, lang: Language): string {
  return lang === 'nl'
    ? `${meta.title} (gemeente Utrecht en rijk, ondertekend op ${signedOn(meta, lang)})`
    : `${meta.title} (municipality of Utrecht and the Dutch national government, signed on ${signedOn(meta, lang)})`;
}
