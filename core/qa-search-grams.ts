/**
 * How Chinese text is matched (see docs/decisions.md): text is normalised (NFKC, lower case),
 * split into runs of Han characters and runs of letters/digits; a Han run contributes its
 * character bigrams (a lone character contributes itself), a letter/digit run contributes the
 * whole token. Questions store the distinct grams of title + body at write time in an indexed
 * array; a query matches when the question holds every gram of the query.
 */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;

/** Bounds the stored array (and its index entries) for a long body. */
export const MAX_STORED_GRAMS = 1200;
/** A query is an AND of its grams; more than this adds cost but hardly precision. */
export const MAX_QUERY_GRAMS = 12;

const runsOf = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(RUN) ?? [];

const gramsOfRun = (run: string): string[] => {
  if (!HAN.test(run)) return [run];
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  return chars.slice(1).map((char, i) => chars[i] + char);
};

/** Distinct grams in order of first appearance. */
export const textGrams = (text: string, max = MAX_STORED_GRAMS): string[] => {
  const grams = new Set<string>();
  for (const run of runsOf(text)) {
    for (const gram of gramsOfRun(run)) {
      grams.add(gram);
      if (grams.size >= max) return [...grams];
    }
  }
  return [...grams];
};

export const questionGrams = (title: string, body: string): string[] => textGrams(`${title}\n${body}`);

export const queryGrams = (query: string): string[] => textGrams(query, MAX_QUERY_GRAMS);

/** Share of the grams two titles have in common (Jaccard), for "similar questions". */
export const titleSimilarity = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const shared = a.filter((gram) => setB.has(gram)).length;
  return shared / (new Set([...a, ...b]).size || 1);
};
