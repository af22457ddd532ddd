// The one phraser of answers: writes the engine's plans in Dutch or English. main.ts and the CLI give it to
// the engine, which imports no wording; the translation of an answer is the same plan in the other language.
import type { Lexicon } from '../charter/schema.js';
import type { Phraser, Plan } from '../engine/plan.js';
import type { Language } from '../engine/types.js';
import { phraseGeneral } from './general-answer.js';
import { phraseProgressPlan } from './progress-answer.js';
import { phraseRefusal, phraseSuggestions } from './refusal.js';
import { smallTalkText } from './small-talk.js';
import { onlyWijk, phraseCitywide, phraseExtreme, phraseList, phraseSingle } from './target-answer.js';
import { phraseFirst } from './target-verdict.js';

export function createPhraser(lexicon: Lexicon): Phraser {
  const phrase = (plan: Plan, lang: Language): string => {
    switch (plan.kind) {
      case 'general':
        return phraseGeneral(plan.plan, lang);
      case 'target':
        return `${plan.only ? onlyWijk(plan.only, lang) : ''}${phraseSingle(plan.plan, lexicon, lang)}`;
      case 'target_list':
        return phraseList(plan.plan, lexicon, lang);
      case 'citywide':
        return phraseCitywide(plan.plan, lexicon, lang);
      case 'extreme':
        return phraseExtreme(plan.plan, lexicon, lang);
      case 'progress':
        return phraseProgressPlan(plan.plan, lexicon, lang).text;
      case 'refusal':
        return phraseRefusal(plan.refusal, lexicon, lang);
      case 'small_talk':
        return smallTalkText(plan.reply, lang);
      case 'reason':
        return `${smallTalkText('reason', lang)} “${plan.sentence}”`;
      case 'first':
        return `${phraseFirst(plan.first, lang)} ${phrase(plan.plan, lang)}`;
      case 'message':
        // Two questions one sentence answers ("what does the rijk do, and which ministry?") get it once.
        return withoutRepeatedQuotes(plan.parts.map((p) => phrase(p, lang))).join('\n\n');
    }
  };
  return {
    phrase,
    suggestions: (targets, lang) => phraseSuggestions(targets, lexicon, lang),
  };
}

/**
 * Each part's text, with a quote an earlier part already gave left out: "Volgens het charter: € 1 miljoen."
 * keeps its figure; a part that was only that quote ("Het charter zegt hierover: “...”") goes.
 */
function withoutRepeatedQuotes(texts: string[]): string[] {
  const shown = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const quotes = [...text.matchAll(/“[^”]+”/g)].map((m) => m[0]);
    let rest = text;
    for (const q of quotes) if (shown.has(q)) rest = rest.replace(q, '');
    for (const q of quotes) shown.add(q);
    rest = rest.replace(/\s+/g, ' ').trim();
    // "... Volkstuinen. Het charter zegt verder:" whose quote went: the introduction goes with it.
    if (rest !== text.trim()) rest = rest.replace(/(?<=[.!?”])\s+[^.!?“”]*:$/u, '');
    // What is left is an introduction to a quote ("The charter says:"), or nothing: the part is said already.
    if (quotes.length > 0 && /^[^“]*:?$/.test(rest) && rest !== text.trim() && !/\d/.test(rest)) continue;
    // "and for which years?" answered by the sentence the first part said in full: said already.
    if (rest !== text.trim() && out.some((o) => o.includes(rest))) continue;
    out.push(rest === text.replace(/\s+/g, ' ').trim() ? text : rest);
  }
  return [...new Set(out)];
}
