// The message catalogue: the words the phraser, every renderer and the web console share, each written once
// in Dutch and English. A message is { nl, en }: a string, or a function of typed arguments (the same type in
// both languages); messages(lang) gives one language's. Counts choose their word through Intl.PluralRules.
import type { Answer, Language } from '../engine/types.js';
import type { Judgement, ProgressStatus } from '../progress/types.js';
import type { Feedback } from '../store/store.js';

/** One message in both languages, of one type: the English must take what the Dutch takes. */
const both = <T>(message: { nl: T; en: NoInfer<T> }) => message;

const pluralRules: Record<Language, Intl.PluralRules> = {
  nl: new Intl.PluralRules('nl'),
  en: new Intl.PluralRules('en'),
};

/** The word for a count, as the language's plural rules choose: plural(1, 'nl', 'regel', 'regels') is 'regel'. */
export function plural(n: number, lang: Language, one: string, other: string): string {
  return pluralRules[lang].select(n) === 'one' ? one : other;
}

/** A count with its word: "1 regel", "5 regels"; "1 record", "0 records". */
export const count = (n: number, lang: Language, one: string, other: string) =>
  `${n} ${plural(n, lang, one, other)}`;

type FeedbackReason = NonNullable<Feedback['reason']>;

const CATALOGUE = {
  // ---- an answer, wherever it is shown --------------------------------------------------------------------
  answerStatus: both<Record<Answer['status'], string>>({
    nl: {
      answered: 'Antwoord',
      partial: 'Deels beantwoord',
      not_found: 'Niet in het charter',
      clarify: 'Graag preciezer',
    },
    en: {
      answered: 'Answer',
      partial: 'Partly answered',
      not_found: 'Not in the charter',
      clarify: 'Please be more specific',
    },
  }),
  /** The source line's label: "Bron: <charter>". */
  source: both({ nl: 'Bron', en: 'Source' }),
  /** The charter named in full, with who signed it and when. */
  charterName: both({
    nl: (title: string, signed: string) => `${title} (gemeente Utrecht en rijk, ondertekend op ${signed})`,
    en: (title, signed) =>
      `${title} (municipality of Utrecht and the Dutch national government, signed on ${signed})`,
  }),
  tryForExample: both({ nl: 'Probeer bijvoorbeeld:', en: 'Try for example:' }),
  suggestions: both({ nl: 'Suggesties', en: 'Suggestions' }),
  /** Read out before the question in the console (visually hidden). */
  question: both({ nl: 'Vraag: ', en: 'Question: ' }),

  // ---- quoted clauses -------------------------------------------------------------------------------------
  copyQuote: both({ nl: 'Kopieer citaat', en: 'Copy quote' }),
  quoteCopied: both({ nl: 'Citaat gekopieerd.', en: 'Quote copied.' }),
  /** The e-mail's source line: "onderdeel 2. …", "onderdelen 1. …; 2. …". */
  sections: both({
    nl: (n: number) => plural(n, 'nl', 'onderdeel', 'onderdelen'),
    en: (n) => plural(n, 'en', 'section', 'sections'),
  }),
  /** Quotes Slack had no room for. */
  moreClauses: both({
    nl: (n: number) => `… en nog ${count(n, 'nl', 'bepaling', 'bepalingen')}`,
    en: (n) => `… and ${n} more ${plural(n, 'en', 'clause', 'clauses')}`,
  }),
  /** Quotes a Teams card had no room for, and what to do about it. */
  moreClausesNarrower: both({
    nl: (n: number) =>
      `En nog ${count(n, 'nl', 'bepaling', 'bepalingen')}: stel een preciezere vraag of kijk in de console.`,
    en: (n) =>
      `And ${n} more ${plural(n, 'en', 'clause', 'clauses')}: ask a narrower question or look in the console.`,
  }),

  // ---- the e-mail version ---------------------------------------------------------------------------------
  /** Slack's and Teams' button. */
  emailVersion: both({ nl: 'E-mailversie', en: 'E-mail version' }),
  emailReady: both({ nl: 'E-mailtekst, klaar om te kopiëren:', en: 'E-mail text, ready to copy:' }),
  emailText: both({ nl: 'E-mailtekst', en: 'E-mail text' }),
  /** The console's button, with the e-mail's language beside it ("in [Nederlands]"). */
  copyEmail: both({ nl: 'Kopieer e-mailtekst', en: 'Copy e-mail text' }),
  emailIn: both({ nl: 'in', en: 'in' }),
  /** The console's confirmation, by the language of the e-mail copied. */
  emailCopied: both<Record<Language, string>>({
    nl: { nl: 'E-mailtekst gekopieerd.', en: 'Engelse e-mailtekst gekopieerd.' },
    en: { nl: 'Dutch e-mail text copied.', en: 'E-mail text copied.' },
  }),
  /** No clipboard permission: the text is shown selected. */
  selectText: both({ nl: 'Kopieer de geselecteerde tekst.', en: 'Copy the selected text.' }),

  // ---- feedback ---------------------------------------------------------------------------------------------
  helpful: both({ nl: 'Nuttig', en: 'Helpful' }),
  notHelpful: both({ nl: 'Niet nuttig', en: 'Not helpful' }),
  whatWasWrong: both({ nl: 'Wat was er mis?', en: 'What was wrong?' }),
  feedbackReasons: both<Record<FeedbackReason, string>>({
    nl: {
      wrong_figure: 'Verkeerd cijfer',
      wrong_clause: 'Verkeerde bepaling',
      not_in_charter: 'Staat niet in het charter',
      other: 'Anders',
    },
    en: {
      wrong_figure: 'Wrong figure',
      wrong_clause: 'Wrong clause',
      not_in_charter: 'Not in the charter',
      other: 'Other',
    },
  }),
  send: both({ nl: 'Versturen', en: 'Send' }),
  /** Slack's opening when someone pressed "Not helpful". */
  sorry: both({ nl: 'Jammer.', en: 'Sorry about that.' }),
  /** A Teams card's reason field, when sent without a choice. */
  chooseReason: both({ nl: 'Kies wat er mis was.', en: 'Choose what was wrong.' }),
  /** The console, when "Send" is pressed before a reason is chosen. */
  chooseReasonFirst: both({ nl: 'Kies eerst wat er mis was.', en: 'First choose what was wrong.' }),
  /** Slack and Teams. */
  feedbackThanks: both({ nl: 'Dank voor uw feedback.', en: 'Thank you for your feedback.' }),
  /** The console. */
  responseThanks: both({ nl: 'Dank voor uw reactie.', en: 'Thank you for your feedback.' }),

  // ---- the console's own status line ------------------------------------------------------------------------
  empty: both({ nl: 'Typ eerst een vraag.', en: 'Please type a question first.' }),
  working: both({ nl: 'Bezig…', en: 'Working…' }),
  offline: both({ nl: 'Geen verbinding met de server.', en: 'No connection to the server.' }),
  expired: both({ nl: 'Uw aanmelding is verlopen. ', en: 'Your sign-in has expired. ' }),
  signIn: both({ nl: 'Opnieuw aanmelden', en: 'Sign in again' }),
  error: both({ nl: 'Fout', en: 'Error' }),
  newConversation: both({ nl: 'Nieuw gesprek.', en: 'New conversation.' }),

  // ---- targets, milestones and measurements ----------------------------------------------------------------
  yes: both({ nl: 'Ja.', en: 'Yes.' }),
  no: both({ nl: 'Nee.', en: 'No.' }),
  /** A claimed figure that holds. */
  yesRight: both({ nl: 'Ja, dat klopt.', en: 'Yes.' }),
  target: both({ nl: 'doel', en: 'target' }),
  /** A milestone's year after its value: "21 in 2011" / "21 by 2011". */
  byYear: both({ nl: (year: number) => `in ${year}`, en: (year) => `by ${year}` }),
  /** A change target's reference: "−33% t.o.v. 2006" / "−33% vs 2006". */
  versus: both({ nl: 't.o.v.', en: 'vs' }),
  comparedWith: both({
    nl: (year: number) => `ten opzichte van ${year}`,
    en: (year) => `compared with ${year}`,
  }),
  /** A targets table's unit column for a change target. */
  change: both({ nl: 'verandering', en: 'change' }),
  /** A share's change: "35% (−30 %-punt)" / "35% (−30 pts)". */
  percentPoints: both({ nl: '%-punt', en: 'pts' }),
  measured: both({ nl: 'gemeten', en: 'measured' }),
  measuredIn: both({ nl: (year: number) => `gemeten in ${year}`, en: (year) => `measured in ${year}` }),
  notMeasured: both({ nl: 'niet gemeten', en: 'not measured' }),
  notMeasuredYet: both({ nl: 'nog niet gemeten', en: 'not measured yet' }),
  /** The latest measurement is older than the indicator's cadence allows. */
  stale: both({ nl: 'verouderd', en: 'out of date' }),

  // ---- digests ----------------------------------------------------------------------------------------------
  allWijken: both({ nl: 'alle wijken', en: 'all wijken' }),
  allThemes: both({ nl: "alle thema's", en: 'all themes' }),
  /** The e-mail digest's subject line. */
  subject: both({ nl: 'Onderwerp', en: 'Subject' }),

  // ---- refusals ---------------------------------------------------------------------------------------------
  /** Why an answer has no e-mail version. */
  noEmail: both<Record<'nothing_to_send' | 'no_translation', string>>({
    nl: {
      nothing_to_send:
        'Dit antwoord heeft geen e-mailversie: het charter beantwoordt deze vraag niet, dus er is niets om aan een inwoner te sturen.',
      no_translation:
        'Dit antwoord is er niet in de andere taal. Stel de vraag opnieuw om de e-mail in die taal te krijgen.',
    },
    en: {
      nothing_to_send:
        'This answer has no e-mail version: the charter does not answer the question, so there is nothing to send to a citizen.',
      no_translation:
        'This answer does not exist in the other language. Ask the question again to get the e-mail in that language.',
    },
  }),

  // ---- progress ---------------------------------------------------------------------------------------------
  progressStatus: both<Record<ProgressStatus, string>>({
    nl: {
      achieved: 'gehaald',
      on_track: 'op koers',
      at_risk: 'risico',
      off_track: 'uit koers',
      missed: 'niet gehaald',
      not_measured: 'mijlpaal niet gemeten',
      no_data: 'geen gegevens',
    },
    en: {
      achieved: 'achieved',
      on_track: 'on track',
      at_risk: 'at risk',
      off_track: 'off track',
      missed: 'missed',
      not_measured: 'milestone not measured',
      no_data: 'no data',
    },
  }),
  judgement: both<Record<Judgement, string>>({
    nl: {
      achieved: 'gehaald',
      missed: 'niet gehaald',
      not_measured: 'niet gemeten',
      pending: 'nog niet aan de orde',
    },
    en: { achieved: 'achieved', missed: 'missed', not_measured: 'not measured', pending: 'still ahead' },
  }),
};

/** One language's messages: each a string, or a function of the arguments it names. */
export type Messages = { readonly [K in keyof typeof CATALOGUE]: (typeof CATALOGUE)[K]['nl'] };

const inLanguage = (lang: Language) =>
  Object.fromEntries(Object.entries(CATALOGUE).map(([key, message]) => [key, message[lang]])) as Messages;

const MESSAGES: Record<Language, Messages> = { nl: inLanguage('nl'), en: inLanguage('en') };

/** The catalogue in one language: messages('nl').helpful is 'Nuttig'. */
export const messages = (lang: Language): Messages => MESSAGES[lang];
