// Detects whether a question is Dutch or English from its function words and domain vocabulary.

import { words } from './text.js';
import type { Language } from './types.js';

const DUTCH = new Set(
  'bedankt dank dankjewel hallo hoi wat wie hoe hoeveel welke welk wanneer waar waarom is zijn was waren de het een van voor in en of op met naar bij dit dat deze die er niet geen ook nog doel doelen doelstelling doelstellingen streefwaarde streefcijfer wijk wijken jaar gemiddelde stedelijk heeft hebben had moet moeten zal worden wordt per procent inwoners bewoners afspraken staat zegt over tot uit alle hetzelfde geld krijgt krijgen ondertekend gedaald gestegen dalen stijgen graag mij ik je u jullie nulmeting uitgangssituatie'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'thanks thank please hello hi what who how many much which when where why is are was were the a an of for in and or on with to at this that these those there not no also target targets goal goals aim district neighbourhood neighborhood year average citywide city has have had should must will be does do did per percent residents people agreements say says about by from all same money get gets signed fall rise drop reduce me i you baseline it its their there than'.split(
    ' ',
  ),
);
// Words both languages share carry no signal.
const SHARED = new Set(['in', 'is', 'per']);

export function languageVotes(
  folded: string,
  domainVotes: { nl: number; en: number },
): { nl: number; en: number } {
  let nl = domainVotes.nl;
  let en = domainVotes.en;
  for (const w of words(folded)) {
    if (SHARED.has(w)) continue;
    if (DUTCH.has(w)) nl += 1;
    if (ENGLISH.has(w)) en += 1;
  }
  return { nl, en };
}

export function detectLanguage(
  folded: string,
  domainVotes: { nl: number; en: number },
  fallback: Language,
): Language {
  const { nl, en } = languageVotes(folded, domainVotes);
  if (nl === en) return fallback;
  return nl > en ? 'nl' : 'en';
}

/** Topic words officials borrow across languages ("de baseline", "the nulmeting"): no sign of the language. */
const BORROWABLE = new Set(
  `doel doelen doelstelling doelstellingen streefwaarde streefcijfer wijk wijken jaar gemiddelde stedelijk procent
  inwoners bewoners afspraken geld nulmeting uitgangssituatie ondertekend gedaald gestegen dalen stijgen
  target targets goal goals aim district neighbourhood neighborhood year average citywide city percent residents
  people agreements money signed fall rise drop reduce baseline`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * In a thread, a follow-up switches language only when its own grammar words are the other language's:
 * "en de baseline?" borrows an English word and stays Dutch; "and for 2017?" is English.
 */
export function threadLanguage(folded: string, thread: Language): Language {
  const votes = languageVotes(
    ` ${words(folded)
      .filter((w) => !BORROWABLE.has(w))
      .join(' ')} `,
    { nl: 0, en: 0 },
  );
  const other: Language = thread === 'nl' ? 'en' : 'nl';
  return votes[other] > votes[thread] ? other : thread;
}
