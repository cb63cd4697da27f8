import { useCallback, useEffect, useState } from 'react';
import { tempUrls, type FileUrl } from '@/services/files';

export interface TempUrlsState {
  /** Per fileID: its URL, or that file's own refusal. Absent while loading. */
  urls: Record<string, FileUrl>;
  /** The whole call failed (e.g. network): the Chinese message, else ''. */
  message: string;
  retry: () => void;
}

/**
 * Temporary URLs for private files, re-asked when the list changes. `services/files` keeps URLs
 * until shortly before they expire, so a redraw does not call the server again.
 */
export function useTempUrls(fileIds: string[]): TempUrlsState {
  const [urls, setUrls] = useState<Record<string, FileUrl>>({});
  const [message, setMessage] = useState('');
  const [attempt, setAttempt] = useState(0);
  // A string key: a new array with the same ids must not refetch.
  const key = fileIds.join('\n');

  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    if (!ids.length) return;
    let current = true;
    void tempUrls(ids).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        setMessage(reply.message);
        return;
      }
      setMessage('');
      setUrls((previous) => ({ ...previous, ...Object.fromEntries(reply.data.map((answer) => [answer.fileId, answer])) }));
    });
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { urls, message, retry };
}
