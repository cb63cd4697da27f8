import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_WORD_LIST = join(__dirname, 'sensitive-words.txt');

/** The word list, re-read on each call so editing the file takes effect without a restart. */
export function sensitiveWordsFrom(path: string = process.env.STARFIRE_SENSITIVE_WORDS_FILE ?? DEFAULT_WORD_LIST): () => string[] {
  return () =>
    existsSync(path)
      ? readFileSync(path, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line && !line.startsWith('#'))
      : [];
}
