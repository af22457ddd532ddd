// The command line's own usage errors, which commander words in English: its usual messages said again in
// Dutch (commander has no translation API, only configureOutput, so its one-line messages are rewritten),
// and the hints of the CLI's option parsers, Dutch and English.
import type { Language } from '../engine/types.js';

/** Commander 14's messages (lib/command.js), first line only, and their Dutch wording. */
const DUTCH: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '(.+)'$/, (o) => `fout: onbekende optie '${o}'`],
  [/^error: unknown command '(.+)'$/, (c) => `fout: onbekende opdracht '${c}'`],
  [/^error: missing required argument '(.+)'$/, (a) => `fout: het argument '${a}' ontbreekt`],
  [/^error: option '(.+)' argument missing$/, (o) => `fout: bij de optie '${o}' ontbreekt een waarde`],
  [/^error: required option '(.+)' not specified$/, (o) => `fout: de optie '${o}' is verplicht`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. (.*)$/,
    (o, v, why) => `fout: '${v}' past niet bij de optie '${o}'. ${choices(why ?? '')}`,
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)$/,
    (v, a, why) => `fout: '${v}' past niet bij het argument '${a}'. ${choices(why ?? '')}`,
  ],
  [/^error: too many arguments.*$/, () => 'fout: te veel argumenten'],
];

/** The reason after "is invalid.": commander's list of choices in Dutch, a parser's hint with a capital. */
const choices = (why: string) => {
  const text = why.replace(/^Allowed choices are (.*)\.$/, 'Kies uit $1.');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Commander's message as one line in the reader's language, with where help is. */
export function usageErrorLine(message: string, lang: Language): string {
  const line = message.trim().split('\n')[0] ?? '';
  if (lang === 'en') return `${line} (see --help)`;
  for (const [pattern, dutch] of DUTCH) {
    const m = pattern.exec(line);
    if (m) return `${dutch(...m.slice(1))} (zie --help)`;
  }
  return `${line} (zie --help)`;
}

/** The hints of the CLI's own option parsers (after "is invalid."). */
export function optionHint(
  hint:
    | { kind: 'year' }
    | { kind: 'date' }
    | { kind: 'real_date' }
    | { kind: 'format' }
    | { kind: 'theme'; given: string; choices: string },
  lang: Language,
): string {
  const nl = lang === 'nl';
  switch (hint.kind) {
    case 'year':
      return nl ? 'gebruik een jaartal zoals 2007' : 'use a year such as 2007';
    case 'date':
      return nl ? 'gebruik een datum zoals 2010-06-01' : 'use a date such as 2010-06-01';
    case 'real_date':
      return nl ? 'gebruik een bestaande datum zoals 2010-06-01' : 'use a real date such as 2010-06-01';
    case 'format':
      return nl ? 'gebruik text, json of email' : 'use text, json or email';
    case 'theme':
      return nl
        ? `"${hint.given}" is geen thema: gebruik ${hint.choices}`
        : `"${hint.given}" is not a theme: use ${hint.choices}`;
  }
}
