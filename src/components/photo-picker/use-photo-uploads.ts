import { useCallback, useRef, useState } from 'react';
import { errorMessages } from '@core/errors';
import { IMAGE_MAX_BYTES } from '@core/file-purposes';
import { claimFile, uploadFile, type FilePurpose } from '@/services/files';
import type { ChosenPhoto } from './choose-photos';

/** A chosen photo still on its way: its local preview and how far the upload got. */
export interface PendingPhoto {
  key: string;
  filePath: string;
  /** 0–100 while sending; 100 while the server checks it. */
  progress: number;
}

/** Refused before any upload: what the server would refuse anyway, without the wait. */
function localRefusal(photo: ChosenPhoto): string | null {
  if (photo.size > IMAGE_MAX_BYTES) return errorMessages.FILE_TOO_LARGE;
  // H5 knows the MIME type; WeChat says only 'image'. The server checks the bytes either way.
  if (photo.fileType && !photo.fileType.startsWith('image')) return errorMessages.FILE_NOT_IMAGE;
  return null;
}

let nextKey = 0;

/**
 * Uploads chosen photos one at a time (phones on campus Wi-Fi do better with one stream) and
 * claims each for `purpose`; `onClaimed` gets each fileID as soon as the server has accepted it.
 */
export function usePhotoUploads(purpose: FilePurpose, onClaimed: (fileId: string) => void) {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [error, setError] = useState('');
  const queue = useRef(Promise.resolve());

  const setProgress = (key: string, progress: number) =>
    setPending((items) => items.map((item) => (item.key === key ? { ...item, progress } : item)));
  const drop = (key: string) => setPending((items) => items.filter((item) => item.key !== key));

  const uploadOne = useCallback(
    async (photo: ChosenPhoto, key: string) => {
      const refusal = localRefusal(photo);
      const uploaded = refusal ? null : await uploadFile(photo, purpose, (percent) => setProgress(key, Math.min(percent, 99)));
      const claimed = uploaded?.ok ? await claimFile(uploaded.data.fileID, purpose) : null;
      drop(key);
      if (claimed?.ok) return onClaimed(claimed.data.file.fileId);
      // The first refusal explains itself; FILE_NOT_IMAGE / FILE_TOO_LARGE come back in Chinese.
      setError(
        refusal ?? (uploaded && !uploaded.ok ? uploaded.message : claimed && !claimed.ok ? claimed.message : errorMessages.INTERNAL),
      );
    },
    [purpose, onClaimed],
  );

  const add = useCallback(
    (photos: ChosenPhoto[]) => {
      setError('');
      const keyed = photos.map((photo) => ({ photo, key: `pending-${(nextKey += 1)}` }));
      setPending((items) => [...items, ...keyed.map(({ photo, key }) => ({ key, filePath: photo.filePath, progress: 0 }))]);
      for (const { photo, key } of keyed) queue.current = queue.current.then(() => uploadOne(photo, key));
      return queue.current;
    },
    [uploadOne],
  );

  return { pending, error, add, clearError: () => setError('') };
}
