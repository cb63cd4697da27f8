import { useCallback, useEffect, useMemo, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import { roleLabels } from '@core/roles';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { PhotoPicker } from '@/components/photo-picker';
import {
  editNotice,
  getNotice,
  publishNotice,
  saveNoticeDraft,
  type ConfirmMode,
  type NoticeAudience,
  type NoticeDetail,
} from '@/services/notices';
import { listOrgUnits, listTeams } from '@/services/org-units';
import { confirmModeLabels } from '../shared/labels';
import { MultiChips } from '../shared/multi-chips';
import { NoticeView } from '../shared/notice-view';
import { usePublisher } from '../shared/use-publisher';
import { BlockEditor } from './block-editor';
import { blocksProblem, bodyChars, fromBlocks, newBlock, toBlocks, type EditorBlock } from './editor-blocks';
import { defaultPublishTime, publishAtOf, publishTimeFrom, PublishTimeField, publishTimeProblem, type PublishTime } from './publish-time';
import '../shared/notices.scss';

type AudienceKind = NoticeAudience['kind'];
type AudienceRole = Extract<NoticeAudience, { kind: 'roles' }>['roles'][number];

const TITLE_MIN = 2;
const TITLE_MAX = 60;
const ATTACHMENTS_MAX = 9;
const BODY_MAX = 5000;
const AUDIENCE_ROLES: AudienceRole[] = ['student', 'teacher', 'volunteer', 'leader', 'admin'];

const audienceLabels: Record<AudienceKind, string> = { everyone: '全体成员', orgUnits: '组织', teams: '服务队', roles: '角色' };

const loadUnits = () => listOrgUnits();
const loadTeams = () => listTeams();

const audienceIds = (audience: NoticeAudience): string[] =>
  audience.kind === 'orgUnits'
    ? audience.orgUnitIds
    : audience.kind === 'teams'
      ? audience.teamIds
      : audience.kind === 'roles'
        ? audience.roles
        : [];

interface ComposeProps {
  isAdmin: boolean;
  ledTeamIds: string[];
  authorName: string;
  /** A draft to continue (publish with its id), or a live notice to correct (`edit`: title, body, attachments). */
  saved?: { notice: NoticeDetail; mode: 'draft' | 'edit' };
}

function ComposeForm({ isAdmin, ledTeamIds, authorName, saved }: ComposeProps) {
  const editing = saved?.mode === 'edit';
  const [title, setTitle] = useState(saved?.notice.title ?? '');
  const [editorBlocks, setEditorBlocks] = useState<EditorBlock[]>(() => (saved ? fromBlocks(saved.notice.body) : [newBlock('paragraph')]));
  const [attachments, setAttachments] = useState<string[]>(saved?.notice.attachments ?? []);
  const savedAudience = saved?.notice.audience ?? null;
  const [kind, setKind] = useState<AudienceKind>(savedAudience?.kind ?? (isAdmin ? 'everyone' : 'teams'));
  const [ids, setIds] = useState<string[]>(savedAudience ? audienceIds(savedAudience) : []);
  const [confirmMode, setConfirmMode] = useState<ConfirmMode>(saved?.notice.confirmMode ?? 'read');
  const [pinned, setPinned] = useState(saved?.notice.pinned ?? false);
  const [publishTime, setPublishTime] = useState<PublishTime>(() =>
    saved?.mode === 'draft' ? publishTimeFrom(saved.notice.publishAt) : defaultPublishTime(),
  );
  const [preview, setPreview] = useState(false);
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
  const units = useEnvelopeLoader(loadUnits);
  const teams = useEnvelopeLoader(loadTeams);

  const unitChoices = useMemo(() => {
    if (units.state.status !== 'ready') return [];
    return buildOrgUnitTree(units.state.data.units)
      .flatten()
      .map(({ unit }) => ({
        value: unit.orgUnitId,
        label: `${unit.name}（${orgUnitKindLabels[unit.kind]}）`,
        className: `audience-unit--${unit.orgUnitId}`,
      }));
  }, [units.state]);
  const teamChoices =
    teams.state.status === 'ready'
      ? teams.state.data.teams
          .filter((team) => isAdmin || ledTeamIds.includes(team.teamId))
          .map((team) => ({ value: team.teamId, label: team.name, className: `audience-team--${team.teamId}` }))
      : [];

  const blocks = toBlocks(editorBlocks);
  const chars = bodyChars(blocks);

  const audience = (): NoticeAudience | null => {
    if (kind === 'everyone') return { kind };
    if (!ids.length) return null;
    if (kind === 'orgUnits') return { kind, orgUnitIds: ids };
    if (kind === 'teams') return { kind, teamIds: ids };
    return { kind, roles: ids as AudienceRole[] };
  };

  function problem(): string | null {
    const trimmed = title.trim();
    if (trimmed.length < TITLE_MIN) return `标题至少 ${TITLE_MIN} 个字`;
    if (!blocks.length) return '正文不能为空';
    if (chars > BODY_MAX) return `正文不能超过 ${BODY_MAX} 个字`;
    const blockProblem = blocksProblem(editorBlocks);
    if (blockProblem) return blockProblem;
    if (uploading) return '图片上传中，请稍候';
    if (editing) return null;
    if (!audience()) return '请选择通知对象';
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
    const target = audience() as NoticeAudience;
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

  const kinds: AudienceKind[] = isAdmin ? ['everyone', 'orgUnits', 'teams', 'roles'] : ['teams'];

  if (preview) {
    return (
      <View className="notices-page notice-compose">
        <NoticeView
          notice={{
            title: title.trim() || '（未填写标题）',
            body: blocks.length ? blocks : [{ type: 'paragraph', children: [{ text: '（正文为空）' }] }],
            attachments,
            authorName,
            publishedAt: publishAtOf(publishTime) ?? null,
            confirmMode,
            pinned,
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
        <View className="notice-field">
          <Text className="notice-field__label">标题</Text>
          <Input
            className="notice-field__input notice-compose__title"
            value={title}
            maxlength={TITLE_MAX}
            placeholder={`${TITLE_MIN}–${TITLE_MAX} 个字`}
            onInput={(e) => setTitle(e.detail.value)}
          />
        </View>
        <View className="notice-field">
          <Text className="notice-field__label">
            正文（{chars}/{BODY_MAX}）
          </Text>
          <BlockEditor blocks={editorBlocks} onChange={setEditorBlocks} disabled={sending !== null} onUploadingChange={onUploadingChange} />
        </View>
        <View className="notice-field">
          <Text className="notice-field__label">附件图片（最多 {ATTACHMENTS_MAX} 张）</Text>
          <PhotoPicker
            purpose="notice-image"
            value={attachments}
            onChange={setAttachments}
            max={ATTACHMENTS_MAX}
            deleteOnRemove={!saved}
            disabled={sending !== null}
            onUploadingChange={onAttachmentsUploading}
          />
        </View>
      </View>

      {!editing && (
        <View className="notice-card">
          <View className="notice-field">
            <Text className="notice-field__label">通知对象</Text>
            <ChoiceChips
              choices={kinds.map((value) => ({ value, label: audienceLabels[value], className: `audience-kind--${value}` }))}
              value={kind}
              onChange={(value) => {
                setKind(value);
                setIds([]);
              }}
            />
            {kind === 'orgUnits' &&
              (units.state.status === 'failed' ? (
                <ErrorState message={units.state.message} onRetry={units.reload} />
              ) : units.state.status === 'loading' ? (
                <Skeleton rows={2} animated />
              ) : (
                <>
                  <MultiChips choices={unitChoices} value={ids} onChange={setIds} />
                  <Text className="notice-card__line">选择团支部即包含其下所有班级</Text>
                </>
              ))}
            {kind === 'teams' &&
              (teams.state.status === 'failed' ? (
                <ErrorState message={teams.state.message} onRetry={teams.reload} />
              ) : teams.state.status === 'loading' ? (
                <Skeleton rows={2} animated />
              ) : (
                <MultiChips choices={teamChoices} value={ids} onChange={setIds} />
              ))}
            {kind === 'roles' && (
              <MultiChips
                choices={AUDIENCE_ROLES.map((role) => ({ value: role, label: roleLabels[role], className: `audience-role--${role}` }))}
                value={ids}
                onChange={setIds}
              />
            )}
          </View>
          <View className="notice-field">
            <Text className="notice-field__label">回执方式</Text>
            <ChoiceChips
              choices={(['read', 'confirm', 'reply'] as const).map((value) => ({
                value,
                label: confirmModeLabels[value],
                className: `confirm-mode--${value}`,
              }))}
              value={confirmMode}
              onChange={setConfirmMode}
            />
          </View>
          <View className="notice-field">
            <Text className="notice-field__label">置顶</Text>
            <ChoiceChips
              choices={[
                { value: 'no', label: '不置顶' },
                { value: 'yes', label: '置顶', className: 'notice-compose__pin' },
              ]}
              value={pinned ? 'yes' : 'no'}
              onChange={(value) => setPinned(value === 'yes')}
            />
          </View>
          <PublishTimeField value={publishTime} onChange={setPublishTime} />
        </View>
      )}

      {error && <Text className="notice-card__error notice-compose__error">{error}</Text>}
      <View className="notice-card__actions">
        <Button className="notice-compose__preview" onClick={() => setPreview(true)}>
          预览
        </Button>
        {!editing && (
          <Button className="notice-compose__draft" disabled={sending !== null} onClick={() => void submit('draft')}>
            {sending === 'draft' ? '保存中…' : '存草稿'}
          </Button>
        )}
        <Button className="notice-compose__publish" type="primary" disabled={sending !== null} onClick={() => void submit('publish')}>
          {sending === 'publish'
            ? editing
              ? '保存中…'
              : '发布中…'
            : editing
              ? '保存修改'
              : publishTime.scheduled
                ? '定时发布'
                : '立即发布'}
        </Button>
      </View>
    </View>
  );
}

type Saved = { status: 'none' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; notice: NoticeDetail };

/** `?draftId=` continues a draft, `?noticeId=` corrects a live notice; neither = a new notice. */
function useSavedNotice(noticeId: string): [Saved, () => void] {
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
    />
  );
}
