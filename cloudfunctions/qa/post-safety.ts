/**
 * What must hold before a post's text and photos are stored: the text passes WeChat's content
 * security check (CONTENT_RISKY otherwise) and every photo is an image the caller uploaded and
 * claimed for this purpose. Waits on the platform-services libraries (issue 5): until they land
 * these accept everything, and the Q&A handlers already call them at the right point.
 */
export const checkPostText = async (_openid: string, _texts: string[]): Promise<void> => undefined;

export const checkPostPhotos = async (_openid: string, _photos: string[], _purpose: 'question-photo' | 'answer-photo'): Promise<void> =>
  undefined;
