import { ActionError } from '../_lib/action-error';

/**
 * Photos attached to a booking must be the booker's own, content-checked uploads (platform
 * storage, issue 5). Until that lands, a booking with photos is refused rather than storing a
 * fileID nobody checked.
 */
export const requireBookingPhotos = async (photos: string[], _openid: string): Promise<void> => {
  if (photos.length > 0) throw new ActionError('INVALID_INPUT', '提交的信息有误：暂不支持上传照片');
};

/** Readable URLs of a booking's photos for a caller already checked to be its booker or team. */
export const bookingPhotoUrls = async (_photos: string[]): Promise<Record<string, string>> => ({});
