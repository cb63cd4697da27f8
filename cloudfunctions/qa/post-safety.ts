import { requireOwnFiles } from '../_lib/storage/require-own-files';
import { checkText } from '../_lib/wx/content-security';

/**
 * What must hold before a post's text and photos are stored: the text passes WeChat's content
 * security check as a forum post (CONTENT_RISKY otherwise), and every photo is an image the
 * caller uploaded and claimed (`files.claim`) for this purpose, so it passed the content check
 * and the size cap and nobody attaches someone else's file.
 */
export const checkPostText = async (openid: string, texts: string[]): Promise<void> => {
  // One call for title and body: msgSecCheck judges the text as a whole, and it halves the calls.
  await checkText(texts.filter((text) => text.trim() !== '').join('\n'), { openid }, 3);
};

export const checkPostPhotos = (openid: string, photos: string[], purpose: 'question-photo' | 'answer-photo'): Promise<void> =>
  requireOwnFiles(photos, openid, purpose);
