import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { fieldLabels } from '@core/field-labels';
import { toastMessage, toastSuccess, toastSuccessAfter } from '@/feedback/toast';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { routes } from '@/navigation/routes';
import { editNotice, publishNotice, saveNoticeDraft, type ConfirmMode, type NoticeAudience, type NoticeDetail } from '@/services/notices';
import { audienceIds, audienceOf, type AudienceKind } from './audience-section';
import { blocksProblem, bodyChars, fromBlocks, newBlock, toBlocks, type EditorBlock } from './editor-blocks';
import { defaultPublishTime, publishAtOf, publishTimeFrom, publishTimeProblem, type PublishTime } from './publish-time';

export const TITLE_MIN = 2;
export const TITLE_MAX = 60;
export const BODY_MAX = 5000;

const fieldOrder = ['title', 'body', 'audience', 'publishAt'] as const;
type ComposeField = (typeof fieldOrder)[number];
const serverLabels = { title: fieldLabels.title, body: fieldLabels.body, audience: fieldLabels.audience, publishAt: fieldLabels.publishAt };

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
  const fieldErrors = useFieldErrors(fieldOrder);
  const { recheck } = fieldErrors;
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

  function composeErrors(): FieldErrors<ComposeField> {
    const errors: FieldErrors<ComposeField> = {};
    if (title.trim().length < TITLE_MIN) errors.title = `标题至少 ${TITLE_MIN} 个字`;
    if (!blocks.length) errors.body = '正文不能为空';
    else if (chars > BODY_MAX) errors.body = `正文不能超过 ${BODY_MAX} 个字`;
    else errors.body = blocksProblem(editorBlocks) ?? undefined;
    if (editing) return errors;
    if (!audienceOf(kind, ids)) errors.audience = '请选择通知对象';
    errors.publishAt = publishTimeProblem(publishTime) ?? undefined;
    return errors;
  }
  // A fixed field's error goes as soon as it is fixed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- composeErrors reads exactly these
  useEffect(() => recheck(composeErrors()), [title, editorBlocks, kind, ids, publishTime, recheck]);

  /** A refusal beside the field it names, else a toast. */
  const refuse = (message: string) => void (fieldErrors.showServer(message, serverLabels) || toastMessage(message));

  async function submit(what: 'publish' | 'draft') {
    if (sending) return;
    if (fieldErrors.show(composeErrors())) return;
    if (uploading) return void toastMessage('图片上传中，请稍候');
    setSending(what);
    if (editing && saved) {
      const reply = await editNotice({ noticeId: saved.notice.noticeId, title: title.trim(), body: blocks, attachments });
      setSending(null);
      if (!reply.ok) return refuse(reply.message);
      const url = `${routes.noticeReceipts}?noticeId=${saved.notice.noticeId}`;
      return void toastSuccessAfter('已保存修改', () => Taro.redirectTo({ url }));
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
      if (!reply.ok) return refuse(reply.message);
      setDraftId(reply.data.noticeId);
      toastSuccess('草稿已保存');
      return;
    }
    const reply = await publishNotice({ ...draft, draftId });
    setSending(null);
    if (!reply.ok) return refuse(reply.message);
    if (reply.data.status === 'scheduled') return void toastSuccessAfter('已定时发布', () => Taro.redirectTo({ url: routes.myNotices }));
    const url = `${routes.noticeReceipts}?noticeId=${reply.data.noticeId}`;
    void toastSuccessAfter('已发布', () => Taro.redirectTo({ url }));
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
    errors: fieldErrors.errors,
    onUploadingChange,
    onAttachmentsUploading,
    blocks,
    chars,
    submit,
  };
}
