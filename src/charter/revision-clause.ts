// The clause that allows revising the targets: "Op basis van de nulmeting 2007 ... zullen de streefwaarden
// waar nodig worden bijgesteld." Every view of a revised target cites it.
import type { Knowledge } from './load.js';

const ALLOWS_REVISION = /nulmeting 2007.*streefwaarden.*bijgesteld/s;

export function revisionClauseId(knowledge: Pick<Knowledge, 'clauses'>): string | null {
  return knowledge.clauses.find((c) => ALLOWS_REVISION.test(c.text))?.id ?? null;
}
