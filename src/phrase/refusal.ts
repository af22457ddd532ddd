// What the bot says when it gives no figure: a question too short or too long, a place or topic the
// charter does not cover, and the questions it suggests instead. Dutch and English.
import type { Lexicon, Target } from '../charter/schema.js';
import type { ClarifyReason, Refusal } from '../engine/plan.js';
import type { Language } from '../engine/types.js';
import { dateText } from './digest.js';
import { phraseNoCitywide, phraseNoTargetFor } from './target-answer.js';
import { indicatorName, indicatorWord, joinList } from './wording.js';

/** What the bot says for a refusal the engine decided on. */
export function phraseRefusal(r: Refusal, lexicon: Lexicon, lang: Language): string {
  switch (r.kind) {
    case 'clarify':
      return clarifyText(r.why, lang);
    case 'outside':
      return outsideText(r.name, r.covered, r.added, lang);
    case 'no_topic': {
      const topics = [...new Set(r.indicators.map((key) => indicatorWord(lexicon, key, lang)))];
      return `${noTopicText(r.wijk, topics, lang)}${r.says === null ? '' : doesSay(r.says, lang)}`;
    }
    case 'charter_is':
      return charterIsText(r.why, r.signedOn, r.validUntil, lang);
    case 'which_target': {
      const names = r.indicators.map((key) => indicatorName(lexicon, key, lang, key));
      return whichTargetText(names, r.wijk, lang);
    }
    case 'no_citywide':
      return phraseNoCitywide(r.indicator, r.wijken, lexicon, lang);
    case 'no_target_for':
      return phraseNoTargetFor(lexicon, r.indicator, r.wijken, r.elsewhere, lang, r.instead);
  }
}

/** Questions about these targets, then the usual examples: three at most. */
export function phraseSuggestions(targets: Target[], lexicon: Lexicon, lang: Language): string[] {
  const out = targets.map((t) =>
    suggestion(t.wijk, indicatorWord(lexicon, t.indicator, lang), t.targets.at(-1)?.year ?? 2017, lang),
  );
  for (const d of DEFAULT_SUGGESTIONS[lang]) if (out.length < 3 && !out.includes(d)) out.push(d);
  return out.slice(0, 3);
}

const DEFAULT_SUGGESTIONS: Record<Language, string[]> = {
  nl: [
    'Wat is het doel voor woninginbraken in Ondiep voor 2011?',
    'Hoe groot is het leefbaarheidbudget per wijk?',
  ],
  en: ['What is the Ondiep burglary target for 2011?', 'When was the charter signed?'],
};

/** A question about a real target, offered as a suggestion. */
function suggestion(wijk: string, word: string, year: number, lang: Language): string {
  return lang === 'nl'
    ? `Wat is het doel voor ${word} in ${wijk} voor ${year}?`
    : `What is the ${wijk} ${word} target for ${year}?`;
}

export function clarifyText(why: ClarifyReason, lang: Language): string {
  if (why === 'no_question') {
    return lang === 'nl'
      ? 'Uw bericht stelt geen vraag die ik in het charter kan opzoeken. Wat wilt u weten? Noem bijvoorbeeld een wijk (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost), een onderwerp (bijvoorbeeld woninginbraken of uitkeringen) en eventueel een jaar (2011 of 2017).'
      : 'Your message asks nothing I can look up in the charter. What would you like to know? For example, name a wijk (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost), a topic (for example burglary or benefits) and, if you like, a year (2011 or 2017).';
  }
  if (why === 'too_long') {
    return lang === 'nl'
      ? 'Uw vraag is te lang om te beantwoorden. Stel één korte vraag over een wijk, een onderwerp en een jaar.'
      : 'Your question is too long to answer. Please ask one short question about a wijk, a topic and a year.';
  }
  // A question of a word or two is short; a longer one that names nothing the charter sets targets for is general.
  if (why === 'too_general') {
    return lang === 'nl'
      ? 'Uw vraag is te algemeen om met een cijfer uit het charter te beantwoorden. Noem een wijk (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost), een onderwerp (bijvoorbeeld woninginbraken of uitkeringen) en eventueel een jaar (2011 of 2017).'
      : 'Your question is too general to answer with a figure from the charter. Please name a wijk (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost), a topic (for example burglary or benefits) and, if you like, a year (2011 or 2017).';
  }
  return lang === 'nl'
    ? 'Uw vraag is te kort om te beantwoorden. Noem een wijk (Kanaleneiland, Ondiep, Overvecht of Zuilen-Oost), een onderwerp (bijvoorbeeld woninginbraken of uitkeringen) en eventueel een jaar (2011 of 2017).'
    : 'Your question is too short to answer. Please name a wijk (Kanaleneiland, Ondiep, Overvecht or Zuilen-Oost), a topic (for example burglary or benefits) and, if you like, a year (2011 or 2017).';
}

/**
 * A place the charter does not cover. `added`: the charter names it as a wijk the municipality added
 * itself (Hoograven). `name` is null for a place the lexicon does not know (never echoed back).
 */
export function outsideText(name: string | null, covered: string[], added: boolean, lang: Language): string {
  const place = name ?? (lang === 'nl' ? 'andere plaatsen of wijken' : 'other places or wijken');
  const list = joinList(covered, lang);
  if (added && name) {
    return lang === 'nl'
      ? `${name} valt niet onder de afspraken van dit charter: de gemeente heeft ${name} zelf als extra aandachtswijk toegevoegd, maar het charter tussen rijk en gemeente gaat over ${list}. Voor ${name} staan er dus geen doelen in het charter.`
      : `${name} is not covered by this charter: the municipality added ${name} as an extra priority wijk of its own, but the charter between the national government and the municipality covers ${list} only. The charter therefore sets no targets for ${name}.`;
  }
  return lang === 'nl'
    ? `Het charter gaat alleen over ${list}; over ${place} bevat het geen afspraken of doelen.`
    : `The charter covers only ${list}; it contains no agreements or targets for ${place}.`;
}

/** No target on the topic (for a wijk); `topics`: what the wijk's targets do cover. */
export function noTopicText(wijk: string | null, topics: string[], lang: Language): string {
  const where = wijk ? (lang === 'nl' ? ` voor ${wijk}` : ` for ${wijk}`) : '';
  const covered = topics.length
    ? lang === 'nl'
      ? ` De doelen voor ${wijk} gaan over: ${joinList(topics, lang)}.`
      : ` Its targets for ${wijk} cover: ${joinList(topics, lang)}.`
    : '';
  return lang === 'nl'
    ? `Het charter bevat geen doel over dat onderwerp${where}.${covered}`
    : `The charter sets no target on that topic${where}.${covered}`;
}

/** What the charter does say about a topic it sets no target for. */
export function doesSay(sentence: string, lang: Language): string {
  return lang === 'nl'
    ? ` Wel staat er in het charter: “${sentence}”`
    : ` The charter does say (in Dutch): “${sentence}”`;
}

/**
 * A question about today or about an opinion: the charter is a 2008 agreement, and says what was agreed
 * then. `why`: the question asks about now (or a year after the charter), or for a view.
 */
export function charterIsText(
  why: 'today' | 'opinion' | 'actual',
  signedOn: string,
  validUntil: string,
  lang: Language,
): string {
  const signed = dateText(signedOn, lang);
  const until = dateText(validUntil, lang);
  const what =
    lang === 'nl'
      ? `Het charter is een afspraak tussen de gemeente Utrecht en het rijk, ondertekend op ${signed} en geldig tot en met ${until}: het zegt wat toen is afgesproken, met doelen voor 2011 en 2017.`
      : `The charter is an agreement between the municipality of Utrecht and the national government, signed on ${signed} and valid until ${until}: it says what was agreed then, with targets for 2011 and 2017.`;
  if (why === 'opinion') {
    return lang === 'nl'
      ? `Een mening geef ik niet. ${what} Ik kan u vertellen wat er in staat.`
      : `I do not give opinions. ${what} I can tell you what it says.`;
  }
  if (why === 'actual') {
    return lang === 'nl'
      ? `Wat er werkelijk is gebeurd of betaald, staat niet in het charter. ${what}`
      : `What actually happened or was paid is not in the charter. ${what}`;
  }
  return lang === 'nl'
    ? `Over de situatie van nu zegt het charter niets. ${what}`
    : `The charter says nothing about the situation today. ${what}`;
}

/** "werkloosheid" may mean two targets: name them and ask which. `names`: the targets' names. */
export function whichTargetText(names: string[], wijk: string | null, lang: Language): string {
  const list = joinList(names, lang, 'disjunction');
  const where = wijk ? (lang === 'nl' ? ` voor ${wijk}` : ` for ${wijk}`) : '';
  if (names.length === 1)
    return lang === 'nl'
      ? `Het charter heeft${where} geen doel met die naam; wel een doel voor ${list}.`
      : `The charter has no target by that name${where}; it does have one for ${list}.`;
  return lang === 'nl'
    ? `Het charter heeft${where} geen doel met die naam; het kan gaan om ${list}. Welke bedoelt u?`
    : `The charter has no target by that name${where}; it may be ${list}. Which do you mean?`;
}
