import type { Envelope } from '@core/envelope';
import type { MyTermContribution } from '@core/stats.contract';
import { listTerms } from '@/services/records';
import { myContribution } from '@/services/stats';

export interface TermContribution extends MyTermContribution {
  /** The term's name (未归入学期 for hours outside every term). */
  termName: string;
}

export interface Contribution {
  /** All terms together, or null before anything counted. */
  overall: MyTermContribution | null;
  /** Newest term first. */
  terms: TermContribution[];
}

/** The caller's contribution rows with their terms' names, in one load. */
export const loadContribution = async (): Promise<Envelope<Contribution>> => {
  const [mine, terms] = await Promise.all([myContribution(), listTerms()]);
  if (!mine.ok) return mine;
  if (!terms.ok) return terms;
  const names = new Map(terms.data.terms.map((term) => [term.termId, term.name]));
  return {
    ok: true,
    data: {
      overall: mine.data.terms.find((row) => row.termId === '*') ?? null,
      terms: mine.data.terms
        .filter((row) => row.termId !== '*')
        .map((row) => ({ ...row, termName: names.get(row.termId) ?? '未归入学期' })),
    },
  };
};
