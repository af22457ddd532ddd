// Wijk and indicator names as people type them in spreadsheets and chat: the charter's names, the
// lexicon's keys, Dutch and English names and aliases ("Zuilen Oost", "inbraak"), case and accents aside.
import type { Knowledge } from '../charter/load.js';
import { editDistance, fold } from '../engine/text.js';

export type Names = {
  /** A charter wijk's name ("Zuilen-Oost"), or null. `outside` names a known wijk the charter does not cover. */
  wijk(text: string): { name: string } | { outside: string } | null;
  /** The indicator keys a name can mean (more than one when it is ambiguous). */
  indicators(text: string): string[];
  /** The nearest known name, for "did you mean ...?". */
  suggestWijk(text: string): string | null;
  suggestIndicator(text: string): string | null;
};

const key = (text: string) => fold(text).trim();

export function createNames(knowledge: Knowledge): Names {
  const wijken = new Map<string, { name: string; inCharter: boolean }>();
  for (const w of knowledge.lexicon.wijken) {
    for (const alias of [w.key, w.name, ...w.aliases]) wijken.set(key(alias), w);
  }
  const indicators = new Map<string, Set<string>>();
  const add = (phrase: string, k: string) => {
    const f = key(phrase);
    if (!f) return;
    const set = indicators.get(f) ?? new Set<string>();
    set.add(k);
    indicators.set(f, set);
  };
  for (const ind of knowledge.lexicon.indicators) {
    for (const p of [
      ind.key,
      ind.key.replace(/_/g, ' '),
      ind.nl.name,
      ind.en.name,
      ...ind.nl.synonyms,
      ...ind.en.synonyms,
      ...ind.match,
    ]) {
      add(p, ind.key);
    }
  }
  // A key names exactly one indicator, whatever synonyms share its words.
  for (const ind of knowledge.lexicon.indicators) indicators.set(key(ind.key), new Set([ind.key]));

  const nearest = (text: string, candidates: Iterable<string>): string | null => {
    const f = key(text);
    let best: { c: string; d: number } | null = null;
    for (const c of candidates) {
      const d = editDistance(f, c, 3);
      if (d <= 3 && (!best || d < best.d)) best = { c, d };
    }
    return best?.c ?? null;
  };

  return {
    wijk(text) {
      const w = wijken.get(key(text));
      if (!w) return null;
      return w.inCharter ? { name: w.name } : { outside: w.name };
    },
    indicators(text) {
      return [...(indicators.get(key(text)) ?? [])];
    },
    suggestWijk(text) {
      const hit = nearest(text, wijken.keys());
      return hit ? (wijken.get(hit)?.name ?? null) : null;
    },
    suggestIndicator(text) {
      const hit = nearest(text, indicators.keys());
      if (!hit) return null;
      const keys = [...(indicators.get(hit) ?? [])];
      return keys.length === 1 ? (keys[0] ?? null) : null;
    },
  };
}
