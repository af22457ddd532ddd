// Numbers and units in words: Dutch writes 7,5 and English 7.5, as the charter's own figures do.
import type { Language } from '../engine/types.js';

/** "per 1000 woningen": a rate, its base and what is counted. */
const PER = /^per (\d+) (\S+)$/;
export const isRate = (unit: string) => PER.test(unit);

const UNIT_EN: Record<string, string> = {
  woningen: 'homes',
  inwoners: 'residents',
  leerlingen: 'pupils',
};

/** A unit on its own, as a table column says it: "%", "per 1000 woningen" / "per 1000 homes", "rapportcijfer" / "score". */
export function unitText(unit: string, lang: Language): string {
  if (lang === 'nl') return unit;
  const per = PER.exec(unit);
  if (per) return `per ${per[1]} ${UNIT_EN[per[2] ?? ''] ?? per[2]}`;
  return unit === 'rapportcijfer' ? 'score' : unit;
}

/** Up to two decimals (or `digits`), no trailing zeros, the language's decimal mark. */
export function num(value: number, lang: Language, digits = 2): string {
  const f = 10 ** digits;
  const text = String(Math.round(value * f) / f);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** "21%", "21 per 1000 woningen" / "21 per 1000 homes", "rapportcijfer 6" / "score 6", "index 104". */
export function valueWithUnit(value: number, unit: string, lang: Language, digits = 2): string {
  const v = num(value, lang, digits);
  if (unit === '%') return `${v}%`;
  if (isRate(unit)) return `${v} ${unitText(unit, lang)}`;
  if (unit === 'rapportcijfer') return lang === 'nl' ? `rapportcijfer ${v}` : `score ${v}`;
  return unit ? `${unit} ${v}` : v;
}
