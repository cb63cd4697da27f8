import { listTermDocuments, toTerm } from '../../_lib/term.repository';

/** Every term, latest first. */
export const listTerms = async () => ({ terms: (await listTermDocuments()).map(toTerm) });
