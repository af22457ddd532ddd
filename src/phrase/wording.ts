// How figures and targets are put into words, in Dutch and English. Pure functions of knowledge data.
import type { Lexicon, Target, YearValue } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { messages } from './catalogue.js';
import { isRate, unitText } from './numbers.js';

/** Dutch keeps the charter's own writing (7,5; 5,0); English uses a decimal point (7.5; 5.0). */
export function figure(text: string, lang: Language): string {
  if (lang === 'nl') return text;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return text.replace(/\./g, ',').replace(/,(\d{1,2})$/, '.$1');
  return text.replace(',', '.');
}

/** "€ 21,5 miljoen" -> "€21.5 million" in English; Dutch keeps the charter's words. */
export function amount(text: string, lang: Language): string {
  if (lang === 'nl') return text;
  const m = /^(€\s?)?([\d.,]+)(?:\s(miljoen|miljard))?$/.exec(text);
  if (!m) return text;
  const scale = m[3] === 'miljoen' ? ' million' : m[3] === 'miljard' ? ' billion' : '';
  return `${m[1] ? '€' : ''}${figure(m[2] ?? '', lang)}${scale}${m[1] ? '' : ' euro'}`;
}

/** A value with its unit in words: "21 per 1000 woningen", "18%", "a score of 6.0". */
export function withUnit(value: YearValue | { text: string }, unit: string, lang: Language): string {
  const v = figure(value.text, lang);
  if (unit === '%') return `${v}%`;
  if (isRate(unit)) return `${v} ${unitText(unit, lang)}`;
  if (unit === 'rapportcijfer') return lang === 'nl' ? `een ${v}` : `a score of ${v}`;
  return unit ? `${v} ${unit}` : v;
}

/** A change target: "een daling van 33% ten opzichte van 2006" / "a 33% fall compared with 2006". */
function change(value: YearValue, target: Target, lang: Language, withReference = true): string {
  const v = figure(value.text, lang);
  const reference = withReference ? ` ${messages(lang).comparedWith(target.baseline?.year ?? 2006)}` : '';
  if (lang === 'nl')
    return `een ${target.direction === 'down' ? 'daling' : 'stijging'} van ${v}%${reference}`;
  return `a ${v}% ${target.direction === 'down' ? 'fall' : 'rise'}${reference}`;
}

export function valueAt(target: Target, value: YearValue, lang: Language, withReference = true): string {
  return target.kind === 'change_vs_2006'
    ? change(value, target, lang, withReference)
    : withUnit(value, target.unit, lang);
}

export function indicatorName(lexicon: Lexicon, key: string, lang: Language, fallback: string): string {
  const entry = lexicon.indicators.find((i) => i.key === key);
  return entry ? entry[lang].name : fallback;
}

/** The word a user would type for an indicator ("burglary"), for suggested questions. */
export function indicatorWord(lexicon: Lexicon, key: string, lang: Language): string {
  const entry = lexicon.indicators.find((i) => i.key === key);
  return entry?.[lang].synonyms[0] ?? key;
}

export function themeName(lexicon: Lexicon, key: string, lang: Language): string {
  return lexicon.themes.find((t) => t.key === key)?.[lang].name ?? key;
}

/** At most `max` characters: a longer text is cut and ends in "…" (platform limits, previews). */
export const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** One formatter per language and kind: making one costs more than formatting a list. */
const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b and c" / "a, b en c"; "a, b or c" / "a, b of c" (Intl.ListFormat). */
export function joinList(
  items: string[],
  lang: Language,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${lang}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang, { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

export function years(values: YearValue[], lang: Language): string {
  return joinList(
    values.map((v) => String(v.year)),
    lang,
  );
}

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
