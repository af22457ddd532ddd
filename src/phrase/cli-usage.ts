// The command line's own usage errors, which commander words in English: its usual messages said again in
// Dutch (commander has no translation API, only configureOutput, so its one-line messages are rewritten),
// and the hints of the CLI's option parsers, Dutch and English.
import type { Language } from '../engine/types.js';
import { joinList } from './wording.js';

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

/** What is wrong with a command line that commander accepted: the CLI's own checks. */
export type CliProblem =
  | { kind: 'no_command' }
  | { kind: 'json_and_format'; format: string }
  | { kind: 'email_language' }
  | { kind: 'jsonl_format' }
  | { kind: 'no_question' }
  | { kind: 'unknown_wijk'; given: string; wijken: string[] }
  | { kind: 'no_file'; file: string }
  | { kind: 'file_too_large'; file: string };

export function cliProblemText(p: CliProblem, lang: Language): string {
  const nl = lang === 'nl';
  switch (p.kind) {
    case 'no_command':
      return nl
        ? 'geef een opdracht, bijvoorbeeld charterbot ask "Wat is het doel voor woninginbraken in Ondiep in 2011?" (zie --help)'
        : 'give a command, e.g. charterbot ask "What is the Ondiep burglary target for 2011?" (see --help)';
    case 'json_and_format':
      return nl
        ? `--json en --format ${p.format} spreken elkaar tegen: geef er één`
        : `--json and --format ${p.format} contradict each other: give one of them`;
    case 'email_language':
      return nl ? '--email-language hoort bij --format email' : '--email-language goes with --format email';
    case 'jsonl_format':
      return nl
        ? '--jsonl schrijft altijd één JSON-antwoord per regel: laat --format weg'
        : '--jsonl always writes one JSON Answer per line: leave out --format';
    case 'no_question':
      return nl
        ? 'stel een vraag, bijvoorbeeld charterbot ask "Wat is het doel voor woninginbraken in Ondiep in 2011?"'
        : 'give a question, e.g. charterbot ask "What is the Ondiep burglary target for 2011?"';
    case 'unknown_wijk':
      return nl
        ? `onbekende wijk "${p.given}": kies ${joinList(p.wijken, 'nl', 'disjunction')}`
        : `unknown wijk "${p.given}": choose ${joinList(p.wijken, 'en', 'disjunction')}`;
    case 'no_file':
      return nl ? `${p.file} bestaat niet of is niet te lezen` : `cannot read ${p.file}: no such file`;
    case 'file_too_large':
      return nl
        ? `${p.file} is groter dan 20 MB: is het het goede bestand?`
        : `${p.file} is larger than 20 MB: is it the right file?`;
  }
}
