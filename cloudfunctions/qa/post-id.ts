import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `q_…` / `a_…` plus 20 random letters/digits (~119 bits): the prefix lets one `targetId`
 * name either kind of post, randomness keeps ids unguessable.
 */
export const newPostId = (kind: 'q' | 'a'): string => {
  const bytes = randomBytes(20);
  let id = `${kind}_`;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
};

export const postKindOf = (id: string): 'question' | 'answer' => (id.startsWith('q_') ? 'question' : 'answer');
