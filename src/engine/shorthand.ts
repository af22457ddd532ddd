// Officials write in shorthand: "inbraakcijfer ZO 2006 tov stedelijk gem", "the city's 4m a year".
// This rewrites a folded question into words the vocabulary knows, before anything is matched.

import { grammarWordsOf } from './grammar/index.js';

/** Abbreviations and clipped words, in folded form (the question has been through `fold`). */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/ t ?o ?v /g, ' ten opzichte van '],
  [/ m ?b ?t /g, ' met betrekking tot '],
  // "stedelijk gem", "vs gem", "gem 2006": the average, which is compared with and has a year; any other
  // "gem" is the municipality ("namens de gem", "per wanneer sluit gem aan?", "gem utrecht").
  [
    / (stedelijk|stedelijke|stad|stads|het|t|tov|vs|versus|dan|boven|onder|landelijk|landelijke|utrechts|utrechtse) gem /g,
    ' $1 gemiddelde ',
  ],
  // "welk cijfer gaven utrechters gem.": what people give on average.
  [/ (\p{L}+ers|gaven|geven|scoren|scoort|scoorde) gem /gu, ' $1 gemiddeld '],
  [/ gem (?=\d)/g, ' gemiddelde '],
  [/ gem /g, ' gemeente '],
  [/ stadsgem /g, ' stadsgemiddelde '],
  [/ gemidd /g, ' gemiddelde '],
  [/ inw /g, ' inwoners '],
  [/ soc /g, ' sociale '],
  [/ (\d+) ?jr /g, ' $1 jaar '],
  // "p/j", "p.j.", "per jr": per year; "2x" is twice.
  [/ p ?\/? ?(?:j|jr) | per jr /g, ' per jaar '],
  [/ p ?\/? ?(?:yr|y|a) /g, ' per year '],
  // After "p/jr": "voor hoeveel jr", "datum vd brief", "ivm de wijkaanpak".
  [/ jr /g, ' jaar '],
  [/ jrn /g, ' jaren '],
  [/ vd /g, ' van de '],
  [/ vh /g, ' van het '],
  [/ ivm /g, ' in verband met '],
  [/ (\d+) ?x /g, ' $1 maal '],
  // "B&W": the college of mayor and aldermen, as the charter writes it.
  [/ b (?:en )?w /g, ' college van b w '],
  [/ avg /g, ' average '],
  // "secretaries of state" is the office the grammar names "state secretaries".
  [/ secretary of state /g, ' state secretary '],
  [/ secretaries of state /g, ' state secretaries '],
  // "welk bedrag kreeg UT ...?", "Utr": the city.
  [/ ut | utr /g, ' utrecht '],
  // "what was the city-wide average back then?": "then", the time the conversation is about.
  [/ back then | at the time /g, ' then '],
  [/ in die tijd | destijds /g, ' toen '],
  [/ yr /g, ' year '],
  [/ yrs /g, ' years '],
  [/ waps? /g, ' wijkactieplannen '],
  // "de corpo's", "the corpos": the housing corporations.
  [/ corpos? /g, ' corporaties '],
  // "minister + stassen": the state secretaries.
  [/ stass?en | staatssecs? /g, ' staatssecretarissen '],
  [/ stas | staatssec /g, ' staatssecretaris '],
  // "welke OCW-bewindslieden tekenden?": the office holders of that ministry, as "welke bewindslieden van OCW".
  [
    / (welke|which) (ocw|szw|wwi|bzk|vws|vrom|ez|lnv|justitie) (bewindslieden|bewindspersonen|ministers?|staatssecretarissen|staatssecretaris|state secretar(?:y|ies)|signatories|ondertekenaars) /g,
    ' $1 $3 van $2 ',
  ],
  // Chat clips of question words and set phrases: "wnnr beschikbaar?", "hvl geld obv de brief?".
  [/ wnn?r /g, ' wanneer '],
  [/ hvll? /g, ' hoeveel '],
  [/ wrm /g, ' waarom '],
  [/ obv /g, ' op basis van '],
  [/ ipv /g, ' in plaats van '],
  [/ dmv /g, ' door middel van '],
  [/ evt /g, ' eventueel '],
  [/ bijv /g, ' bijvoorbeeld '],
  [/ abt /g, ' about '],
  [/ govt? /g, ' government '],
  [/ ppl /g, ' people '],
  [/ amt /g, ' amount '],
  [/ pls | plz /g, ' please '],
  [/ svp | aub /g, ' alstublieft '],
  [/ vs | versus /g, ' compared with '],
  [/ thx | tnx | ty /g, ' thanks '],
  // A "junior" or "deputy" minister is what the charter calls a staatssecretaris.
  [/ (?:junior|deputy) ministers /g, ' state secretaries '],
  [/ (?:junior|deputy) minister /g, ' state secretary '],
  [/ (\d+) ?(?:m|mln|mio) /g, ' $1 miljoen '],
  [/ (\d+) ?(?:bn|mld) /g, ' $1 miljard '],
];

/**
 * Dutch glues a generic word to a topic: "inbraakcijfer", "geweldscijfer", "uitkeringspercentage". The
 * tail carries no topic, so the head is what the question is about.
 */
const GENERIC_TAILS = [
  'cijfers',
  'cijfer',
  'percentages',
  'percentage',
  'getallen',
  'getal',
  'niveau',
  'aantal',
  'gegevens',
  'doelen',
  'doelstelling',
  'doel',
  'streefcijfer',
  'score',
];

/** Splits "inbraakcijfer" into "inbraak cijfer" when the head is a word the vocabulary knows. */
function splitCompound(word: string, known: ReadonlySet<string>): string | null {
  if (word.length < 8 || known.has(word)) return null;
  for (const tail of GENERIC_TAILS) {
    if (!word.endsWith(tail) || word.length - tail.length < 4) continue;
    const head = word.slice(0, -tail.length);
    // The linking -s- of Dutch compounds: "gewelds|cijfer", "uitkerings|percentage".
    for (const candidate of [head, head.endsWith('s') ? head.slice(0, -1) : null]) {
      if (candidate && known.has(candidate)) return `${candidate} ${tail}`;
    }
  }
  return null;
}

export function expandShorthand(folded: string, known: ReadonlySet<string>): string {
  let out = folded;
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement);
  out = out.replace(/ +/g, ' ');
  return out
    .split(' ')
    .map((w) => splitCompound(w, known) ?? w)
    .join(' ');
}

/** A wijk's capitals ("KE") as a word of their own, not inside another ("KEN", "BKE"). */
const asWord = (abbreviation: string, flags = '') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation}(?![\\p{L}\\p{N}])`, `u${flags}`);

/**
 * A wijk's capitals written as its name ("What name did KE give its plan?" -> "... Kanaleneiland ..."): the
 * charter's text names the wijk, never its capitals, so its clauses are found by the name.
 */
export function withWijkNames(
  question: string,
  wijken: ReadonlyArray<{ name: string; abbreviations: string[] }>,
): string {
  let out = question;
  for (const w of wijken)
    for (const abbreviation of w.abbreviations)
      if (out.includes(abbreviation)) out = out.replace(asWord(abbreviation, 'g'), w.name);
  return out;
}

/** Wijk abbreviations ("KE", "ZO") as written: in capitals, as a word of their own. */
export function abbreviatedWijken(
  question: string,
  wijken: ReadonlyArray<{ key: string; abbreviations: string[] }>,
): Array<{ key: string; token: string }> {
  const found: Array<{ key: string; token: string }> = [];
  for (const w of wijken) {
    for (const abbreviation of w.abbreviations) {
      // Cheap test first: most questions hold no capitals in a row at all.
      if (!question.includes(abbreviation)) continue;
      if (asWord(abbreviation).test(question)) {
        found.push({ key: w.key, token: abbreviation.toLowerCase() });
      }
    }
  }
  return found;
}

/**
 * Wijk abbreviations typed in lower case ("ov uitkering doel 2011?", "en ke?", "idem voor zo?"). "ke",
 * "ov" and "od" are no Dutch or English words; "zo" is, so it counts as Zuilen-Oost only where a wijk
 * goes: after "voor", "en", "in" and the like, alone, or first before a topic word.
 */
/** Words that follow a wijk in shorthand: "zo nulmeting", "zo doel 2017". */
const FIGURE_AFTER_A_WIJK = grammarWordsOf(['baseline', 'targetWord']);

export function lowercaseWijken(
  folded: string,
  wijken: ReadonlyArray<{ key: string; abbreviations: string[] }>,
  isFunctionWord: (w: string) => boolean,
  beforeAWijk: (w: string) => boolean,
  /** A word of a target's or theme's name ("uitkering", "inbraken"): "zo uitkering 2006" is Zuilen-Oost. */
  namesATopic: (w: string) => boolean = () => false,
): Array<{ key: string; token: string }> {
  const ws = folded.trim().split(' ');
  const found: Array<{ key: string; token: string }> = [];
  for (const w of wijken) {
    for (const abbreviation of w.abbreviations) {
      const token = abbreviation.toLowerCase();
      const at = ws.indexOf(token);
      if (at < 0) continue;
      const before = ws[at - 1];
      const after = ws[at + 1];
      const ambiguous = isFunctionWord(token);
      const placed =
        !ambiguous ||
        ws.length <= 2 ||
        (before !== undefined && beforeAWijk(before)) ||
        (at === 0 &&
          after !== undefined &&
          after.length >= 4 &&
          (!isFunctionWord(after) || namesATopic(after))) ||
        // "inbraakcijfer zo 2006": between a topic and a year, it is the place asked about.
        (at > 0 && after !== undefined && /^(19|20)\d\d$/.test(after)) ||
        // "inbraken zo nulmeting vs doel 2017": between a topic and a baseline or target word, too.
        (at > 0 &&
          before !== undefined &&
          before.length >= 4 &&
          after !== undefined &&
          FIGURE_AFTER_A_WIJK.has(after));
      if (placed) found.push({ key: w.key, token });
    }
  }
  return found;
}
