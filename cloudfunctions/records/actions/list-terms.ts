import { listTermDocuments, toTerm } from '../../_lib/activities/term.document';

/** Every term, latest first. */
export const listTerms = async () => ({ terms: (await listTermDocuments()).map(toTerm) });
