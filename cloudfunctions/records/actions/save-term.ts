import { randomInt } from 'node:crypto';
import type { RecordsContract } from '@core/records.contract';
import { toTerm } from '../../_lib/term.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { saveTermDocument } from '../term-registry.repository';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const newTermId = (): string => {
  let id = 'term_';
  for (let i = 0; i < 12; i += 1) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
};

/** Creates (no termId) or edits a term; a range overlapping another term is refused (TERM_OVERLAP). */
export const saveTerm = async ({ params }: ActionInvocation<RecordsContract['saveTerm']>) => {
  const creating = params.termId === undefined;
  const fields = { termId: params.termId ?? newTermId(), name: params.name, startDay: params.startDay, endDay: params.endDay };
  return { term: toTerm(await saveTermDocument(fields, creating, new Date())) };
};
