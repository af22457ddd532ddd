// The charter's actors (the rijk, the municipality, the corporations): who acts in a text, and a follow-up
// that names only another of them ("Hoeveel leggen de corporaties jaarlijks in?" ... "en de gemeente zelf?"),
// which asks the question before of that actor: answered as that question with the actor swapped, never by
// the clause that answered the first.
import { grammar, grammarWordsOf, phrasesOf } from './grammar/index.js';
import { askedOf } from './question-shape.js';
import { fold } from './text.js';

type Span = { start: number; end: number };

/** Where a folded text names each of the charter's actors. */
const ACTORS: ReadonlyArray<readonly [string, (folded: string) => Span[]]> = [
  ['rijk', (f) => grammar.nationalGovernment.all(f)],
  ['gemeente', (f) => grammar.municipality.all(f)],
  [
    'corporaties',
    (f) =>
      [...f.matchAll(/ (?:woning)?corporat[a-z]*| housing (?:associations?|corporations?)/g)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      })),
  ],
];

/** The actors a folded text names as giving a sum: "een rijksbijdrage (WWI) van € 250.000" is the rijk's. */
export function fundedBy(folded: string): Set<string> {
  return new Set(FUNDS.filter(([, named]) => named.test(folded)).map(([name]) => name));
}
/** A sum named by its giver, as one word or a few: the rijk's, the municipality's own. */
const FUNDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'rijk',
    / rijks(?:bijdragen?|middelen|geld|subsidie) | (?:national|central) government (?:grant|funding) /,
  ],
  ['gemeente', / gemeentelijke (?:bijdrage|middelen) | municipal (?:contribution|funds) /],
];

/** Every actor a folded text names: the rijk, the municipality, the corporations. */
export function actorsIn(folded: string): Set<string> {
  return new Set(
    ACTORS.filter(([, find]) => find(folded).some((s) => acts(folded, s))).map(([name]) => name),
  );
}

/**
 * Whether an actor named at a place in a text is named as one who acts: "de wijkaanpak in Utrecht" names the
 * city as where, "each of Utrecht's krachtwijken" as whose wijken.
 */
function acts(folded: string, span: Span): boolean {
  if (endsWithWordOf(folded.slice(0, span.start), PLACE)) return false;
  const next = folded.slice(span.end).trim().split(' ')[0] ?? '';
  return !WIJKEN.has(next);
}

/**
 * Who acts in a folded text: the first of the charter's actors it names, and where. A sentence names its
 * subject first ("De gezamenlijke woningcorporaties, werkzaam in ... de gemeente Utrecht, dragen ..."), or
 * after a time ("Voor de jaren 2008 t/m 2012 zal de gemeente ..."). With `acting`, one named as who
 * receives ("Voor Utrecht is ... beschikbaar") is not the one who acts.
 */
export function firstActor(folded: string, acting = false): { name: string; span: Span } | null {
  const named = ACTORS.flatMap(([name, find]) =>
    find(folded)
      // "Voor Utrecht is € 100.000 beschikbaar": named after a receiving preposition, an actor does not act;
      // nor before a receiving verb ("Utrecht komt in aanmerking voor € 250.000", "de gemeente krijgt").
      .filter(
        (m) =>
          !acting ||
          (!receives(folded.slice(0, m.start)) &&
            !grammar.receiveVerb.starts(` ${folded.slice(m.end).trim()} `) &&
            acts(folded, m)),
      )
      .map((span) => ({ name, span })),
  ).sort((a, b) => a.span.start - b.span.start);
  const [first, next] = named;
  // "the Utrecht corporations", "de Utrechtse corporaties": a name right before an actor says whose.
  if (first && next && next.span.start <= first.span.end + 1 && next.name !== first.name) return next;
  return first ?? null;
}

/** Whether the text before an actor ends in a receiving preposition, an article aside ("voor de gemeente"). */
function receives(before: string): boolean {
  return endsWithWordOf(before, RECEIVING);
}

/** Whether a text ends in one of the words, an article aside. */
function endsWithWordOf(before: string, set: ReadonlySet<string>): boolean {
  const words = before.trim().split(' ');
  const last = ARTICLES.has(words.at(-1) ?? '') ? words.at(-2) : words.at(-1);
  return last !== undefined && set.has(last);
}
const RECEIVING = grammarWordsOf(['receivingPreposition']);
const PLACE = grammarWordsOf(['placePreposition']);
const WIJKEN = grammarWordsOf(['wijkPlural']);
const ARTICLES = new Set(['de', 'het', 'the']);

/** The most words besides the actor a follow-up may add to the question it swaps the actor of. */
const SWAP_EXTRA_WORDS = 3;

/** Words of a follow-up that name nothing of their own beside the actor ("en de gemeente zelf?"). */
const FILLER = grammarWordsOf(['actorFiller']);

/**
 * The question before, asked of the actor the follow-up names instead of its own; null unless the
 * follow-up is only that actor (after an opener such as "en", "and", "what about").
 */
export function swapActor(previous: string, followUp: string): string | null {
  const folded = fold(followUp);
  const opener = grammar.followUpOpener.find(folded);
  const rest = opener?.start === 0 ? ` ${folded.slice(opener.end).trim()} ` : folded;
  const asked = firstActor(rest);
  if (!asked || askedOf(rest).wanted !== null) return null;
  const left = `${rest.slice(0, asked.span.start)} ${rest.slice(asked.span.end)}`
    .split(' ')
    .filter((w) => w && !FILLER.has(w));
  // "en de gemeente zelf, uit eigen middelen?": a few words besides the actor say more of the same question.
  if (left.length > SWAP_EXTRA_WORDS) return null;
  const before = unclaimed(fold(previous));
  const was = firstActor(before);
  if (!was || was.name === asked.name) return null;
  // In the follow-up's own words: "the municipality" in an English conversation.
  const named = rest.slice(asked.span.start, asked.span.end);
  // "zelf", "itself": the actor's own money, which the question goes on asking.
  const self = grammar.actorSelf.find(rest)?.text ?? '';
  return `${before.slice(0, was.span.start)} ${named} ${self} ${before.slice(was.span.end)} ${left.join(' ')}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** A figure a claim names, with its unit: "25 miljoen euro", "30%". */
const CLAIMED_FIGURE = new RegExp(
  ` \\d+(?:[.,]\\d+)?(?: ?%| (?:${[...grammarWordsOf(['figureUnit'])].join('|')}))*(?= )`,
  'g',
);
const MONEY_UNIT = new RegExp(`\\b(?:${[...grammarWordsOf(['moneyUnit'])].join('|')})\\b`);

/**
 * "Klopt het dat de corporaties elk jaar 25 miljoen euro ... stoppen?" then "en de gemeente zelf?": the
 * figure was claimed of the corporations, so of the municipality it is asked, not claimed again ("hoeveel
 * geld ... de gemeente zelf ... stoppen").
 */
function unclaimed(folded: string): string {
  for (const language of ['nl', 'en'] as const) {
    const frame = phrasesOf('claimFrame', language).find((p) => folded.startsWith(` ${fold(p).trim()} `));
    if (!frame) continue;
    const figures = [...folded.matchAll(CLAIMED_FIGURE)].map((m) => m[0]);
    if (figures.length === 0) return folded;
    const money = figures.some((f) => MONEY_UNIT.test(f));
    // The plainest way to ask it, first in the grammar ("hoeveel geld", "how much").
    const [ask] = phrasesOf(money ? 'askAmount' : 'askCount', language);
    const rest = folded.slice(fold(frame).trim().length + 1).replace(CLAIMED_FIGURE, ' ');
    return ` ${ask} ${rest.trim()} `.replace(/\s+/g, ' ');
  }
  return folded;
}
