import { useCallback, useEffect, useState } from 'react';
import { getNotice, type NoticeDetail } from '@/services/notices';

export type Saved =
  { status: 'none' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; notice: NoticeDetail };

/** `?draftId=` continues a draft, `?noticeId=` corrects a live notice; neither = a new notice. */
export function useSavedNotice(noticeId: string): [Saved, () => void] {
  const [saved, setSaved] = useState<Saved>(noticeId ? { status: 'loading' } : { status: 'none' });
  const load = useCallback(() => {
    if (!noticeId) return;
    setSaved({ status: 'loading' });
    void getNotice(noticeId).then((reply) =>
      setSaved(reply.ok ? { status: 'ready', notice: reply.data } : { status: 'failed', message: reply.message }),
    );
  }, [noticeId]);
  useEffect(load, [load]);
  return [saved, load];
}
