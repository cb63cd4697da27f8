import type { PostVisibility } from '@core/qa.types';
import { z } from 'zod';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';

/**
 * One row per (question, tag). A question's `tags` is an array, and an index over an array field
 * cannot hand out rows in date order (one document has several keys), so the tag feed pages over
 * these scalar rows instead and then reads the page's questions by id.
 */
export interface TagEntryDocument {
  _id: string;
  tag: string;
  questionId: string;
  visibility: PostVisibility;
  createdAt: Date;
}

const tagEntries = () => database.collection('qa_tag_entries');

const entryId = (questionId: string, tag: string) => `${questionId}:${tag}`;

export const addTagEntries = async (questionId: string, tags: string[], createdAt: Date, visibility: PostVisibility): Promise<void> => {
  for (const tag of tags) {
    try {
      await tagEntries().add({ _id: entryId(questionId, tag), tag, questionId, visibility, createdAt });
    } catch (error) {
      // Already there (a retried ask or edit): the row is what we wanted.
      if (!isDuplicateWrite(error)) throw error;
    }
  }
};

export const removeTagEntries = async (questionId: string, tags: string[]): Promise<void> => {
  for (const tag of tags) await tagEntries().doc(entryId(questionId, tag)).remove();
};

/** Follows the question's visibility, so hidden and deleted questions leave the tag feed. */
export const setTagEntriesVisibility = async (questionId: string, visibility: PostVisibility): Promise<void> => {
  await tagEntries().where({ questionId }).update({ visibility });
};

/** `${questionId}:${tag}`; a tag is at most 8 characters (qa.schema's tagNameSchema). */
const tagEntryIdSchema = z.string().regex(/^q_[A-Za-z0-9]{8,32}:.{1,16}$/u);

const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', tagEntryIdSchema) });

export const pageTagEntries = (tag: string, limit: number, cursor?: string) =>
  readKeysetPage<TagEntryDocument>(tagEntries(), NEWEST_FIRST, { tag, visibility: 'visible' }, { cursor, limit });
