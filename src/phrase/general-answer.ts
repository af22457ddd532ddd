// Answers about the charter's text in words, Dutch and English, from the engine's plan: what it decided
// (clause, sentence, figure up front, yes or no) is settled; this file only says it.
import { DateTime } from 'luxon';
import { NUMBER_WORDS, signatureLine } from '../engine/answer-parts.js';
import { englishMonth, monthNumber } from '../engine/months.js';
import type { GeneralPlan, Lead, Verdict } from '../engine/plan-general.js';
import type { Wanted } from '../engine/question-shape.js';
import type { Language } from '../engine/types.js';
import { plural } from './catalogue.js';
import { restated, sameSentence } from './restate.js';
import { amount, capital, figure, joinList } from './wording.js';

const quoted = (text: string) => `“${text}”`;

/** Units of the charter's durations and counts, in English. */
const UNITS_EN: Record<string, [string, string]> = {
  jaar: ['year', 'years'],
  jaren: ['year', 'years'],
  maand: ['month', 'months'],
  maanden: ['month', 'months'],
  week: ['week', 'weeks'],
  weken: ['week', 'weeks'],
  procent: ['percent', 'percent'],
  miljoen: ['million', 'million'],
};

/** "3 - 4 jaar" -> "3–4 years", "2,5 jaar" -> "2.5 years"; Dutch keeps the charter's words. */
export function quantity(text: string, lang: Language): string {
  if (lang === 'nl') return text;
  const date = englishDate(text.trim());
  if (date) return date;
  // "vanaf 9 juni 2008 tot en met 31 december 2017" -> "from 9 June 2008 up to and including 31 December 2017".
  const period = /^(?:vanaf|van)\s+(.+?)\s+(tot en met|t\/m|tot)\s+(.+)$/iu.exec(text.trim());
  if (period?.[1] && period[2] && period[3]) {
    const upTo = period[2].toLowerCase() === 'tot' ? 'until' : 'up to and including';
    return `from ${englishDate(period[1]) ?? period[1]} ${upTo} ${englishDate(period[3]) ?? period[3]}`;
  }
  // "2008 t/m 2012" -> "2008 to 2012": years from one to another.
  const years = /^((?:19|20)\d\d)\s*(?:t\/m|tot en met|tot|[-–])\s*((?:19|20)\d\d)$/iu.exec(text.trim());
  if (years?.[1] && years[2]) return `${years[1]} to ${years[2]}`;
  // "in elke wijk" -> "in every wijk", "alle wijken" -> "all wijken".
  const every = /^(in\s+)?(elke|iedere|ieder|alle)\s+(\p{L}+)$/iu.exec(text.trim());
  if (every)
    return `${every[1] ? 'in ' : ''}${every[2]?.toLowerCase() === 'alle' ? 'all' : 'every'} ${every[3]}`;
  // "een maand" -> "1 month".
  const word = /^(\p{L}+)(\s.*)$/u.exec(text.trim());
  const digits = word?.[1] ? NUMBER_WORDS[word[1].toLowerCase()] : undefined;
  if (digits !== undefined) return quantity(`${digits}${word?.[2] ?? ''}`, lang);
  // "80%", "21,9 %": a percentage, with the English decimal point and no space.
  const percent = /^(\d+(?:,\d+)?)\s*%$/u.exec(text.trim());
  if (percent?.[1]) return `${percent[1].replace(',', '.')}%`;
  // "1.000 extra": the Dutch thousands, written the English way.
  const thousands = /^(\d{1,3}(?:\.\d{3})+)(\s+\p{L}+)?$/u.exec(text.trim());
  if (thousands?.[1]) return `${thousands[1].replace(/\./g, ',')}${thousands[2] ?? ''}`;
  const m = /^(\d+(?:,\d+)?)(?:\s*[-–]\s*(\d+(?:,\d+)?))?(?:\s+(\p{L}+))?$/u.exec(text.trim());
  if (!m) return amount(text, lang);
  const [, from = '', to, unit] = m;
  const number = to ? `${figure(from, lang)}–${figure(to, lang)}` : figure(from, lang);
  if (!unit) return number;
  const en = UNITS_EN[unit.toLowerCase()];
  if (!en) return `${number} ${unit}`;
  return `${number} ${to ? en[1] : plural(Number(from.replace(',', '.')), lang, en[0], en[1])}`;
}

const FREQUENCY_EN: Record<string, string> = {
  jaarlijks: 'once a year',
  jaarlijkse: 'once a year',
  'elk jaar': 'every year',
  'ieder jaar': 'every year',
  halfjaarlijks: 'twice a year',
  'twee maal per jaar': 'twice a year',
  'twee keer per jaar': 'twice a year',
  tweejaarlijks: 'every two years',
  maandelijks: 'every month',
  wekelijks: 'every week',
  'per kwartaal': 'every quarter',
};

/**
 * "9 juni 2008", "1 january 2008" -> "9 June 2008", "1 January 2008"; null for what is not a real date.
 * The month is looked up, not parsed: luxon's format parsing cost more than the rest of an answer.
 */
function englishDate(text: string): string | null {
  const m = /^(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?$/u.exec(text);
  const month = m?.[2] ? monthNumber(m[2]) : undefined;
  if (!m || month === undefined) return null;
  const day = Number(m[1]);
  // A leap year stands in when the year is not given, so that 29 februari is a date.
  if (!DateTime.fromObject({ year: Number(m[3] ?? 2000), month, day }).isValid) return null;
  const name = englishMonth(month);
  return m[3] ? `${day} ${name} ${m[3]}` : `${day} ${name}`;
}

/** The words of a relative time in English ("binnen een maand na ondertekening"); one it lacks is not said. */
const RELATIVE_EN: Record<string, string> = {
  binnen: 'within',
  uiterlijk: 'no later than',
  een: 'one',
  één: 'one',
  twee: 'two',
  drie: 'three',
  maand: 'month',
  maanden: 'months',
  week: 'week',
  weken: 'weeks',
  jaar: 'year',
  dagen: 'days',
  na: 'after',
  de: 'the',
  ondertekening: 'signing',
};

function relativeTime(text: string, lang: Language): string | null {
  if (lang === 'nl' || !/^(binnen|uiterlijk)\b/i.test(text)) return lang === 'nl' ? text : null;
  const words = text.toLowerCase().split(/\s+/);
  const english = words.map((w) => RELATIVE_EN[w] ?? (/^\d+$/.test(w) ? w : null));
  return english.every((w) => w !== null) ? english.join(' ') : null;
}

function leadText(lead: Lead, lang: Language): string | null {
  if (lead.kind === 'duration' && /^(binnen|uiterlijk)\b/i.test(lead.text))
    return relativeTime(lead.text, lang);
  switch (lead.kind) {
    case 'amount':
      return `${amount(lead.text, lang)}${lead.perYear ? (lang === 'nl' ? ' per jaar' : ' a year') : ''}`;
    case 'frequency':
      return lang === 'nl' ? lead.text : (FREQUENCY_EN[lead.text] ?? null);
    case 'year':
      return lead.text;
    case 'date':
      return lang === 'nl'
        ? lead.text
        : lead.text.replace(/\p{L}+/gu, (w) => {
            const month = monthNumber(w);
            return month ? englishMonth(month) : w;
          });
    default:
      return quantity(lead.text, lang);
  }
}

function leadSentence(leads: Lead[], lang: Language, wanted: Wanted): string | null {
  const texts = leads.map((l) => leadText(l, lang)).filter((t): t is string => t !== null);
  if (texts.length === 0) return null;
  const list = joinList(texts, lang);
  if (leads.every((l) => l.kind === 'year' || l.kind === 'date') && wanted === 'year_end')
    return lang === 'nl' ? `Tot en met ${list}.` : `Up to and including ${list}.`;
  if (leads.every((l) => l.kind === 'year' || l.kind === 'date') && wanted === 'year_start')
    return lang === 'nl' ? `Vanaf ${list}.` : `From ${list}.`;
  if (leads.every((l) => l.kind === 'frequency')) return `${capital(list)}.`;
  return lang === 'nl' ? `Volgens het charter: ${list}.` : `According to the charter: ${list}.`;
}

function verdictText(v: Verdict, lang: Language): string {
  if (v.holds === true) {
    // "Ja, € 850.000.": yes first, then the figure the charter states.
    const figures = (v.confirmed ?? []).map((f) => quantity(f, lang));
    if (figures.length > 0) {
      const list = joinList(figures, lang);
      return lang === 'nl' ? `Ja, ${list}. Het charter zegt:` : `Yes, ${list}. The charter says:`;
    }
    return lang === 'nl' ? 'Ja, dat klopt. Het charter zegt:' : 'Yes. The charter says:';
  }
  if (v.holds === null) {
    return lang === 'nl'
      ? 'Dat staat niet met zoveel woorden in het charter. Het dichtst in de buurt komt:'
      : 'The charter does not say so in those words. The closest it comes is:';
  }
  switch (v.because) {
    case 'figure':
      return lang === 'nl'
        ? `Nee, niet ${v.claimed} maar ${v.stated}. Het charter zegt:`
        : `No: the charter says ${quantity(v.stated, lang)}, not ${quantity(v.claimed, lang)}:`;
    case 'place':
      return lang === 'nl'
        ? `Nee, niet in ${v.claimed} maar in ${v.stated}. Het charter zegt:`
        : `No: the charter names ${v.stated}, not ${v.claimed}:`;
    case 'not_every':
      return lang === 'nl'
        ? 'Nee, niet in elke wijk. Het charter zegt:'
        : 'No, not in every wijk. The charter says:';
    case 'negation':
      return lang === 'nl' ? 'Nee. Het charter zegt:' : 'No. The charter says:';
    case 'not_only': {
      const others = joinList(
        v.others.map((o) => actorName(o, lang)),
        lang,
      );
      const claimed = actorName(v.claimed, lang);
      return lang === 'nl'
        ? `Nee, niet alleen ${claimed}: ook ${others}. Het charter zegt:`
        : `No, not only ${claimed}: ${others} too. The charter says:`;
    }
  }
}

/** The charter's sides as a refutation names them; an acronym ("OCW") as written. */
const ACTOR_NAMES: Record<string, Record<Language, string>> = {
  rijk: { nl: 'het rijk', en: 'the national government' },
  gemeente: { nl: 'de gemeente', en: 'the municipality' },
  corporaties: { nl: 'de corporaties', en: 'the housing corporations' },
};
const actorName = (name: string, lang: Language) => ACTOR_NAMES[name]?.[lang] ?? name;

export const GENERAL_MESSAGES = {
  nothing: {
    nl: 'Daarover zegt het charter niets dat ik kan aanwijzen. Ik beantwoord vragen over de doelen voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost en over de afspraken in het charter.',
    en: 'The charter says nothing about that which I can point to. I answer questions about the targets for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost and about the agreements in the charter.',
  },
  noFigure: {
    nl: 'Dat cijfer staat niet in het charter. Het dichtst in de buurt komt:',
    en: 'The charter does not give that figure. The closest it comes is:',
  },
  noName: {
    nl: 'Het charter noemt die niet bij naam. Het dichtst in de buurt komt:',
    en: 'The charter does not name it. The closest it comes is:',
  },
  says: { nl: 'Het charter zegt hierover:', en: 'The charter says:' },
  saysMore: { nl: 'Het charter zegt verder:', en: 'The charter goes on:' },
  names: { nl: 'Het charter noemt:', en: 'The charter names:' },
  signedAs: { nl: ', aan het slot ondertekend als', en: ', signed at the end as' },
  namesCounted: {
    nl: (n: number) => `Het charter noemt er ${n}:`,
    en: (n: number) => `The charter names ${n}:`,
  },
} as const;

/**
 * A Dutch answer with a figure up front says it in the charter's own sentence, made to stand alone: "Het
 * rijk stelt 500 extra wijkagenten beschikbaar." The sentence must state every figure the plan leads with;
 * an English answer cannot restate Dutch and keeps its figure first.
 */
function ownSentence(plan: Extract<GeneralPlan, { kind: 'quote' }>, lang: Language): string | null {
  if (lang !== 'nl' || plan.leads.length === 0) return null;
  const own = restated(plan.quote.sentence);
  const folded = own?.toLowerCase() ?? '';
  return own && plan.leads.every((l) => folded.includes(l.text.toLowerCase())) ? own : null;
}

/**
 * What a quote says besides one of its sentences, as written there: "Daarnaast investeert de gemeente ..."
 * after "Voor de jaren 2008 t/m 2012 ...". Null where the sentence is not in it word for word, or little
 * is left.
 */
function besides(shown: string, sentence: string): string | null {
  const at = shown.indexOf(sentence.trim());
  if (at < 0) return null;
  // A side of a word or three ("2.", a list's number) says nothing more.
  const side = (t: string) => (t.trim().split(/\s+/).length >= MIN_REST_WORDS ? t.trim() : '');
  const before = side(shown.slice(0, at));
  const after = side(shown.slice(at + sentence.trim().length));
  // One side only: a quote cut in two would read as one.
  return before && after ? null : before || after || null;
}
/** Fewer words than this beside the sentence say nothing more. */
const MIN_REST_WORDS = 4;

/** The answer's text for a plan. */
export function phraseGeneral(plan: GeneralPlan, lang: Language): string {
  switch (plan.kind) {
    case 'nothing':
      return GENERAL_MESSAGES.nothing[lang];
    case 'no_figure':
      return `${GENERAL_MESSAGES[plan.name ? 'noName' : 'noFigure'][lang]} ${quoted(plan.quote.shown)}`;
    case 'people': {
      const line = (c: { text: string }) => quoted(signatureLine(c.text).replace(/\n/g, ' '));
      const signed = plan.signatures?.length
        ? `${GENERAL_MESSAGES.signedAs[lang]} ${joinList(plan.signatures.map(line), lang)}`
        : '';
      return `${plan.counted ? GENERAL_MESSAGES.namesCounted[lang](plan.clauses.length) : GENERAL_MESSAGES.names[lang]} ${joinList(
        plan.clauses.map(line),
        lang,
      )}${signed}`;
    }
    case 'compare': {
      const [a, b] = plan.parts;
      if (!a || !b) return GENERAL_MESSAGES.nothing[lang];
      const la = leadText(a.lead, lang) ?? a.lead.text;
      const lb = leadText(b.lead, lang) ?? b.lead.text;
      const which =
        plan.larger === null
          ? ''
          : lang === 'nl'
            ? ` Het ${plan.larger === 0 ? 'eerste' : 'tweede'} bedrag is het grootste.`
            : ` The ${plan.larger === 0 ? 'first' : 'second'} is the larger amount.`;
      const head =
        lang === 'nl'
          ? `Volgens het charter: ${joinList([la, lb], lang)}, in de volgorde van uw vraag.${which}`
          : `According to the charter: ${joinList([la, lb], lang)}, in the order you asked.${which}`;
      return `${head} ${joinList([quoted(a.quote.shown), quoted(b.quote.shown)], lang)}`;
    }
    case 'total_only': {
      const figures = joinList(
        plan.leads.map((l) => leadText(l, lang) ?? l.text),
        lang,
      );
      const places = joinList(plan.places, lang);
      const head =
        lang === 'nl'
          ? `Het charter geeft dat aantal niet voor ${places}, alleen in totaal: ${figures}. Het charter zegt:`
          : `The charter does not give that number for ${places}, only the total: ${figures}. It says:`;
      return `${head} ${quoted(plan.quote.shown)}`;
    }
    case 'other_year': {
      const figures = joinList(
        plan.leads.map((l) => leadText(l, lang) ?? l.text),
        lang,
      );
      const asked = joinList(plan.asked.map(String), lang);
      // A span's every year is no list to read: "for other years" says it.
      const stated =
        plan.stated.length <= 2
          ? joinList(plan.stated.map(String), lang)
          : lang === 'nl'
            ? 'andere jaren'
            : 'other years';
      const head =
        lang === 'nl'
          ? `Het charter geeft dat cijfer niet voor ${asked}, alleen voor ${stated}: ${figures}. Het charter zegt:`
          : `The charter does not give that figure for ${asked}, only for ${stated}: ${figures}. It says:`;
      return `${head} ${quoted(plan.quote.shown)}`;
    }
    case 'quote': {
      const items = plan.items?.length ? ` ${plan.items.map((c) => quoted(c.text)).join(' ')}` : '';
      const own = plan.verdict ? null : ownSentence(plan, lang);
      if (own) {
        // The sentence is the answer; the quote follows where it says more ("Hiervan zal € 10 miljoen ..."),
        // without the sentence just said: the quote appears once.
        const more = !sameSentence(plan.quote.shown, plan.quote.sentence);
        const rest = more ? besides(plan.quote.shown, plan.quote.sentence) : null;
        const tail = !more
          ? ''
          : rest
            ? ` ${GENERAL_MESSAGES.saysMore[lang]} ${quoted(rest)}`
            : ` ${GENERAL_MESSAGES.says[lang]} ${quoted(plan.quote.shown)}`;
        return `${own}${tail}${items}`;
      }
      const head = plan.verdict
        ? verdictText(plan.verdict, lang)
        : (leadSentence(plan.leads, lang, plan.wanted) ?? GENERAL_MESSAGES.says[lang]);
      return `${head} ${quoted(plan.quote.shown)}${items}`;
    }
  }
}
