// The charter's sentence said as the answer's own first sentence, in Dutch: "De gemeente Utrecht krijgt voor
// 2008 € 850.000 (brief van 1 februari 2008 WWI/W2008002440)." instead of "Volgens het charter: € 850.000."
// Only what makes it stand on its own is changed (a list's number or label, a colon at its end); a sentence
// that leans on the one before ("Hiervan zal ...", "Daarnaast investeert ...") is not restated.

/** "2. Voor de jaren ...", "a. ...", "- ...": a list's number or mark. */
const NUMBERING = /^\s*(?:\d{1,2}\.|[a-z]\.|[-•o])\s+/u;

/** "Wijkagenten: het rijk stelt ...": a list item's label before a sentence of its own. */
const LABEL = /^[^.:;]{3,60}:\s+(?=\p{Ll})/u;

/** Openings that need the sentence before: pronouns and adverbs pointing back, additions with inverted order. */
const LEANS_BACK =
  /^(?:hiervan|daarvan|hiervoor|daarvoor|hiermee|daarmee|hierbij|daarbij|daartoe|hierin|daarin|zij|hij|het gaat|daarnaast|tevens|ook|verder|bovendien|voorts|vervolgens|wel|zo)\b/iu;

/** "Dit betreft ...", "Deze zijn ...": a demonstrative standing for what came before; "Deze afspraken" does not. */
const POINTS_BACK =
  /^(?:dit|deze|die|dat|het)\s+(?:is|zijn|was|waren|wordt|worden|werd|betreft|betreffen|heeft|hebben|geldt|gelden|gaat|gaan|zal|zullen|kan|kunnen|moet|moeten|komt|komen|houdt|biedt|vraagt|zorgt)\b/iu;

/** Longer than this the sentence is no lead: the quote says it. */
const MAX_LENGTH = 240;

/** The sentence restated as a lead, or null where it cannot stand on its own. */
export function restated(sentence: string): string | null {
  let text = sentence.replace(/\s+/g, ' ').trim().replace(NUMBERING, '');
  const rest = text.replace(LABEL, '');
  // The label goes only when a sentence follows it, not a bare figure ("Stedelijk gemiddelde 2006: 21,5").
  if (rest !== text && rest.split(' ').length >= 5) text = rest;
  if (LEANS_BACK.test(text) || POINTS_BACK.test(text)) return null;
  if (text.length > MAX_LENGTH || text.split(' ').length < 4) return null;
  // "Deze afspraken gelden ..." on its own is "De afspraken gelden ...".
  text = text
    .replace(/^deze\s/iu, 'de ')
    .replace(/^dit\s/iu, 'het ')
    .replace(/[\s,;:]+$/u, '');
  if (!/[.!?]$/u.test(text)) text = `${text}.`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Whether a quote says no more than its sentence: the same words, a list's number and end aside. */
export function sameSentence(quote: string, sentence: string): boolean {
  const bare = (t: string) =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(NUMBERING, '')
      .replace(/[\s.,;:]+$/u, '');
  return bare(quote) === bare(sentence);
}
