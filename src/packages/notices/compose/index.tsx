import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { FieldError, RequiredMark } from '@/components/form-field';
import { fieldAnchorId } from '@/hooks/field-errors';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { PhotoPicker } from '@/components/photo-picker';
import { confirmModeLabels } from '../shared/labels';
import { NoticeView } from '../shared/notice-view';
import { usePublisher } from '../shared/use-publisher';
import { AudienceField, useAudienceChoices } from './audience-section';
import { BlockEditor } from './block-editor';
import { publishAtOf, PublishTimeField } from './publish-time';
import type { NoticeAudience } from '@/services/notices';
import { BODY_MAX, TITLE_MAX, TITLE_MIN, useComposeForm, type SavedNotice } from './use-compose-form';
import { useSavedNotice } from './use-saved-notice';
import '../shared/notices.scss';

const ATTACHMENTS_MAX = 9;

interface ComposeProps {
  isAdmin: boolean;
  ledTeamIds: string[];
  authorName: string;
  saved?: SavedNotice;
  /** The audience the page was opened for (an activity's participants, from its console). */
  preset?: NoticeAudience;
}

function ComposeForm({ isAdmin, ledTeamIds, authorName, saved, preset }: ComposeProps) {
  const form = useComposeForm(isAdmin, saved, preset);
  const [preview, setPreview] = useState(false);
  const choices = useAudienceChoices(isAdmin, ledTeamIds);

  if (preview) {
    return (
      <View className="notices-page notice-compose">
        <NoticeView
          notice={{
            title: form.title.trim() || '（未填写标题）',
            body: form.blocks.length ? form.blocks : [{ type: 'paragraph', children: [{ text: '（正文为空）' }] }],
            attachments: form.attachments,
            authorName,
            publishedAt: publishAtOf(form.publishTime) ?? null,
            confirmMode: form.confirmMode,
            pinned: form.pinned,
          }}
        />
        <Button className="notice-compose__edit" block onClick={() => setPreview(false)}>
          返回编辑
        </Button>
      </View>
    );
  }

  return (
    <View className="notices-page notice-compose">
      <View className="notice-card">
        <View id={fieldAnchorId('title')} className="notice-field">
          <Text className="notice-field__label">
            标题
            <RequiredMark />
          </Text>
          <Input
            className="notice-field__input notice-compose__title"
            value={form.title}
            maxlength={TITLE_MAX}
            placeholder={`${TITLE_MIN}–${TITLE_MAX} 个字`}
            onInput={(e) => form.setTitle(e.detail.value)}
          />
          <FieldError error={form.errors.title} />
        </View>
        <View id={fieldAnchorId('body')} className="notice-field">
          <Text className="notice-field__label">
            正文（{form.chars}/{BODY_MAX}）
            <RequiredMark />
          </Text>
          <BlockEditor
            blocks={form.editorBlocks}
            onChange={form.setEditorBlocks}
            disabled={form.sending !== null}
            onUploadingChange={form.onUploadingChange}
          />
          <FieldError error={form.errors.body} />
        </View>
        <View className="notice-field">
          <Text className="notice-field__label">附件图片（最多 {ATTACHMENTS_MAX} 张）</Text>
          <PhotoPicker
            purpose="notice-image"
            value={form.attachments}
            onChange={form.setAttachments}
            max={ATTACHMENTS_MAX}
            deleteOnRemove={!saved}
            disabled={form.sending !== null}
            onUploadingChange={form.onAttachmentsUploading}
          />
        </View>
      </View>

      {!form.editing && (
        <View className="notice-card">
          <View id={fieldAnchorId('audience')}>
            <AudienceField
              isAdmin={isAdmin}
              kind={form.kind}
              ids={form.ids}
              choices={choices}
              onKindChange={(value) => {
                form.setKind(value);
                form.setIds([]);
              }}
              onIdsChange={form.setIds}
            />
            <FieldError error={form.errors.audience} />
          </View>
          <View className="notice-field">
            <Text className="notice-field__label">回执方式</Text>
            <ChoiceChips
              choices={(['read', 'confirm', 'reply'] as const).map((value) => ({
                value,
                label: confirmModeLabels[value],
                className: `confirm-mode--${value}`,
              }))}
              value={form.confirmMode}
              onChange={form.setConfirmMode}
            />
          </View>
          <View className="notice-field">
            <Text className="notice-field__label">置顶</Text>
            <ChoiceChips
              choices={[
                { value: 'no', label: '不置顶' },
                { value: 'yes', label: '置顶', className: 'notice-compose__pin' },
              ]}
              value={form.pinned ? 'yes' : 'no'}
              onChange={(value) => form.setPinned(value === 'yes')}
            />
          </View>
          <View id={fieldAnchorId('publishAt')}>
            <PublishTimeField value={form.publishTime} onChange={form.setPublishTime} />
            <FieldError error={form.errors.publishAt} />
          </View>
        </View>
      )}

      <View className="notice-card__actions">
        <Button className="notice-compose__preview" onClick={() => setPreview(true)}>
          预览
        </Button>
        {!form.editing && (
          <Button className="notice-compose__draft" disabled={form.sending !== null} onClick={() => void form.submit('draft')}>
            {form.sending === 'draft' ? '保存中…' : '存草稿'}
          </Button>
        )}
        <Button
          className="notice-compose__publish"
          variant="primary"
          block={false}
          disabled={form.sending !== null}
          onClick={() => void form.submit('publish')}
        >
          {form.sending === 'publish'
            ? form.editing
              ? '保存中…'
              : '发布中…'
            : form.editing
              ? '保存修改'
              : form.publishTime.scheduled
                ? '定时发布'
                : '立即发布'}
        </Button>
      </View>
    </View>
  );
}

/** 发布通知: admins to anyone, team leaders to the teams they lead; also continues drafts and edits. */
export default function ComposeNoticePage() {
  useSignInRequired();
  const params = useRouter().params;
  const mode = params.draftId ? 'draft' : params.noticeId ? 'edit' : null;
  const [saved, reloadSaved] = useSavedNotice(params.draftId ?? params.noticeId ?? '');
  const { state, reload, me, isAdmin, ledTeamIds, canPublish } = usePublisher();
  useEffect(() => {
    if (mode === 'edit') void Taro.setNavigationBarTitle({ title: '修改通知' });
  }, [mode]);
  if (state.status === 'loading' || saved.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (saved.status === 'failed') return <ErrorState message={saved.message} onRetry={reloadSaved} />;
  if (!canPublish || !me) {
    return (
      <View className="notices-page">
        <Text className="notice-card__line">仅团委管理员和服务队队长可以发布通知。</Text>
      </View>
    );
  }
  return (
    <ComposeForm
      isAdmin={isAdmin}
      ledTeamIds={ledTeamIds}
      authorName={me.name}
      saved={saved.status === 'ready' && mode ? { notice: saved.notice, mode } : undefined}
      preset={params.activityId ? { kind: 'activity', activityId: params.activityId, group: 'signedUp' } : undefined}
    />
  );
}
