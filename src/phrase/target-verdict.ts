// Yes or no to a figure claimed for a target ("Is the 2011 target 25?"), said before the target itself.
import type { First, TargetVerdict } from '../engine/plan.js';
import type { Language } from '../engine/types.js';
import { messages } from './catalogue.js';
import { figure } from './wording.js';

/** What an answer says first: yes, no, or whether the figure it was asked to confirm holds. */
export function phraseFirst(first: First, lang: Language): string {
  return first.kind === 'claim' ? phraseTargetVerdict(first.verdict, lang) : phraseExists(first.answer, lang);
}

function phraseTargetVerdict(v: TargetVerdict, lang: Language): string {
  if (v.holds) return messages(lang).yesRight;
  const claimed = figure(v.claimed, lang);
  return lang === 'nl' ? `Nee, niet ${claimed}.` : `No, not ${claimed}.`;
}

/** Whether a target exists, or whether a comparison holds: said before the figures. */
function phraseExists(v: 'yes' | 'no' | 'stand_in', lang: Language): string {
  switch (v) {
    case 'yes':
      return messages(lang).yes;
    case 'no':
      return messages(lang).no;
    case 'stand_in':
      return lang === 'nl' ? 'Niet als apart doel.' : 'Not as a separate target.';
  }
}
