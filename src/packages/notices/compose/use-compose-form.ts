import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { toastSuccess } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { editNotice, publishNotice, saveNoticeDraft, type ConfirmMode, type NoticeAudience, type NoticeDetail } from '@/services/notices';
import { audienceIds, audienceOf, type AudienceKind } from './audience-section';
import { blocksProblem, bodyChars, fromBlocks, newBlock, toBlocks, type EditorBlock } from './editor-blocks';
import { defaultPublishTime, publishAtOf, publishTimeFrom, publishTimeProblem, type PublishTime } from './publish-time';

export const TITLE_MIN = 2;
export const TITLE_MAX = 60;
export const BODY_MAX = 5000;

/** A draft to continue (publish with its id), or a live notice to correct (`edit`: title, body, attachments). */
export type SavedNotice = { notice: NoticeDetail; mode: 'draft' | 'edit' };

/** The compose form's fields, what stops them being sent, and sending them (draft, publish or edit). */
export function useComposeForm(isAdmin: boolean, saved: SavedNotice | undefined, preset?: NoticeAudience) {
  const editing = saved?.mode === 'edit';
  const [title, setTitle] = useState(saved?.notice.title ?? '');
  const [editorBlocks, setEditorBlocks] = useState<EditorBlock[]>(() => (saved ? fromBlocks(saved.notice.body) : [newBlock('paragraph')]));
  const [attachments, setAttachments] = useState<string[]>(saved?.notice.attachments ?? []);
  const savedAudience = saved?.notice.audience ?? preset ?? null;
  const [kind, setKind] = useState<AudienceKind>(savedAudience?.kind ?? (isAdmin ? 'everyone' : 'teams'));
  const [ids, setIds] = useState<string[]>(savedAudience ? audienceIds(savedAudience) : []);
  const [confirmMode, setConfirmMode] = useState<ConfirmMode>(saved?.notice.confirmMode ?? 'read');
  const [pinned, setPinned] = useState(saved?.notice.pinned ?? false);
  const [publishTime, setPublishTime] = useState<PublishTime>(() =>
    saved?.mode === 'draft' ? publishTimeFrom(saved.notice.publishAt) : defaultPublishTime(),
  );
  const [sending, setSending] = useState<'publish' | 'draft' | null>(null);
  const [error, setError] = useState('');
  const [draftId, setDraftId] = useState<string | undefined>(saved?.mode === 'draft' ? saved.notice.noticeId : undefined);
  const [uploads, setUploads] = useState<Record<string, boolean>>({});
  const onUploadingChange = useCallback(
    (key: string, uploading: boolean) => setUploads((previous) => ({ ...previous, [key]: uploading })),
    [],
  );
  const onAttachmentsUploading = useCallback((uploading: boolean) => onUploadingChange('attachments', uploading), [onUploadingChange]);
  const uploading = Object.values(uploads).some(Boolean);

  const blocks = toBlocks(editorBlocks);
  const chars = bodyChars(blocks);

  function problem(): string | null {
    const trimmed = title.trim();
    if (trimmed.length < TITLE_MIN) return `标题至少 ${TITLE_MIN} 个字`;
    if (!blocks.length) return '正文不能为空';
    if (chars > BODY_MAX) return `正文不能超过 ${BODY_MAX} 个字`;
    const blockProblem = blocksProblem(editorBlocks);
    if (blockProblem) return blockProblem;
    if (uploading) return '图片上传中，请稍候';
    if (editing) return null;
    if (!audienceOf(kind, ids)) return '请选择通知对象';
    return publishTimeProblem(publishTime);
  }

  async function submit(what: 'publish' | 'draft') {
    if (sending) return;
    const reason = problem();
    if (reason) return setError(reason);
    setError('');
    setSending(what);
    if (editing && saved) {
      const reply = await editNotice({ noticeId: saved.notice.noticeId, title: title.trim(), body: blocks, attachments });
      setSending(null);
      if (!reply.ok) return setError(reply.message);
      toastSuccess('已保存修改');
      return void Taro.redirectTo({ url: `${routes.noticeReceipts}?noticeId=${saved.notice.noticeId}` });
    }
    const target = audienceOf(kind, ids) as NoticeAudience;
    const publishAt = publishAtOf(publishTime);
    const draft = {
      title: title.trim(),
      body: blocks,
      attachments,
      audience: target,
      confirmMode,
      pinned,
      ...(publishAt ? { publishAt } : {}),
    };
    if (what === 'draft') {
      const reply = await saveNoticeDraft({ ...draft, noticeId: draftId });
      setSending(null);
      if (!reply.ok) return setError(reply.message);
      setDraftId(reply.data.noticeId);
      toastSuccess('草稿已保存');
      return;
    }
    const reply = await publishNotice({ ...draft, draftId });
    setSending(null);
    if (!reply.ok) return setError(reply.message);
    if (reply.data.status === 'scheduled') {
      toastSuccess('已定时发布');
      return void Taro.redirectTo({ url: routes.myNotices });
    }
    toastSuccess('已发布');
    void Taro.redirectTo({ url: `${routes.noticeReceipts}?noticeId=${reply.data.noticeId}` });
  }

  return {
    editing,
    title,
    setTitle,
    editorBlocks,
    setEditorBlocks,
    attachments,
    setAttachments,
    kind,
    setKind,
    ids,
    setIds,
    confirmMode,
    setConfirmMode,
    pinned,
    setPinned,
    publishTime,
    setPublishTime,
    sending,
    error,
    onUploadingChange,
    onAttachmentsUploading,
    blocks,
    chars,
    submit,
  };
}
