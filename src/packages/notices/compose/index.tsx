import { useMemo, useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import { roleLabels } from '@core/roles';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { publishNotice, saveNoticeDraft, type ConfirmMode, type NoticeAudience, type NoticeBlock } from '@/services/notices';
import { listOrgUnits, listTeams } from '@/services/org-units';
import { confirmModeLabels } from '../shared/labels';
import { MultiChips } from '../shared/multi-chips';
import { NoticeView } from '../shared/notice-view';
import { usePublisher } from '../shared/use-publisher';
import '../shared/notices.scss';

type AudienceKind = NoticeAudience['kind'];
type AudienceRole = Extract<NoticeAudience, { kind: 'roles' }>['roles'][number];

interface Paragraph {
  text: string;
  bold: boolean;
}

const TITLE_MIN = 2;
const TITLE_MAX = 60;
const PARAGRAPH_MAX = 2000;
const BODY_MAX = 5000;
const AUDIENCE_ROLES: AudienceRole[] = ['student', 'teacher', 'volunteer', 'leader', 'admin'];

const audienceLabels: Record<AudienceKind, string> = { everyone: '全体成员', orgUnits: '组织', teams: '服务队', roles: '角色' };

const loadUnits = () => listOrgUnits();
const loadTeams = () => listTeams();

/** The body as the server stores it: one paragraph block per non-empty paragraph. */
const toBlocks = (paragraphs: Paragraph[]): NoticeBlock[] =>
  paragraphs
    .filter((paragraph) => paragraph.text.trim())
    .map((paragraph) => ({
      type: 'paragraph',
      children: [paragraph.bold ? { text: paragraph.text.trim(), bold: true } : { text: paragraph.text.trim() }],
    }));

function ComposeForm({ isAdmin, ledTeamIds, authorName }: { isAdmin: boolean; ledTeamIds: string[]; authorName: string }) {
  const [title, setTitle] = useState('');
  const [paragraphs, setParagraphs] = useState<Paragraph[]>([{ text: '', bold: false }]);
  const [kind, setKind] = useState<AudienceKind>(isAdmin ? 'everyone' : 'teams');
  const [ids, setIds] = useState<string[]>([]);
  const [confirmMode, setConfirmMode] = useState<ConfirmMode>('read');
  const [pinned, setPinned] = useState(false);
  const [preview, setPreview] = useState(false);
  const [sending, setSending] = useState<'publish' | 'draft' | null>(null);
  const [error, setError] = useState('');
  const [draftId, setDraftId] = useState<string | undefined>(undefined);
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

  const blocks = toBlocks(paragraphs);
  const chars = blocks.reduce((sum, block) => sum + (block.type === 'paragraph' ? block.children[0].text.length : 0), 0);

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
    if (!audience()) return '请选择通知对象';
    return null;
  }

  async function submit(what: 'publish' | 'draft') {
    if (sending) return;
    const reason = problem();
    if (reason) return setError(reason);
    const target = audience() as NoticeAudience;
    setError('');
    setSending(what);
    const draft = { title: title.trim(), body: blocks, audience: target, confirmMode, pinned };
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
    toastSuccess('已发布');
    void Taro.redirectTo({ url: `${routes.noticeReceipts}?noticeId=${reply.data.noticeId}` });
  }

  const setParagraph = (index: number, change: Partial<Paragraph>) =>
    setParagraphs((previous) => previous.map((paragraph, at) => (at === index ? { ...paragraph, ...change } : paragraph)));

  const kinds: AudienceKind[] = isAdmin ? ['everyone', 'orgUnits', 'teams', 'roles'] : ['teams'];

  if (preview) {
    return (
      <View className="notices-page notice-compose">
        <NoticeView
          notice={{
            title: title.trim() || '（未填写标题）',
            body: blocks.length ? blocks : [{ type: 'paragraph', children: [{ text: '（正文为空）' }] }],
            authorName,
            publishedAt: null,
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
          {paragraphs.map((paragraph, index) => (
            <View key={index} className="notice-field__paragraph">
              <Textarea
                className={`notice-field__textarea notice-compose__paragraph ${paragraph.bold ? 'notice-body__run--bold' : ''}`}
                value={paragraph.text}
                maxlength={PARAGRAPH_MAX}
                placeholder={index === 0 ? '第一段正文' : '下一段正文'}
                onInput={(e) => setParagraph(index, { text: e.detail.value })}
              />
              <View className="notice-field__paragraph-tools">
                <Text
                  className={`notice-field__tool notice-compose__bold ${paragraph.bold ? 'notice-field__tool--active' : ''}`}
                  onClick={() => setParagraph(index, { bold: !paragraph.bold })}
                >
                  加粗
                </Text>
                {paragraphs.length > 1 && (
                  <Text
                    className="notice-field__tool"
                    onClick={() => setParagraphs((previous) => previous.filter((_, at) => at !== index))}
                  >
                    删除段落
                  </Text>
                )}
              </View>
            </View>
          ))}
          {paragraphs.length < 100 && (
            <Text
              className="notice-field__add notice-compose__add-paragraph"
              onClick={() => setParagraphs((previous) => [...previous, { text: '', bold: false }])}
            >
              ＋ 添加段落
            </Text>
          )}
        </View>
      </View>

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
      </View>

      {error && <Text className="notice-card__error notice-compose__error">{error}</Text>}
      <View className="notice-card__actions">
        <Button className="notice-compose__preview" onClick={() => setPreview(true)}>
          预览
        </Button>
        <Button className="notice-compose__draft" disabled={sending !== null} onClick={() => void submit('draft')}>
          {sending === 'draft' ? '保存中…' : '存草稿'}
        </Button>
        <Button className="notice-compose__publish" type="primary" disabled={sending !== null} onClick={() => void submit('publish')}>
          {sending === 'publish' ? '发布中…' : '立即发布'}
        </Button>
      </View>
    </View>
  );
}

/** 发布通知: admins to anyone, team leaders to the teams they lead. */
export default function ComposeNoticePage() {
  useSignInRequired();
  const { state, reload, me, isAdmin, ledTeamIds, canPublish } = usePublisher();
  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!canPublish || !me) {
    return (
      <View className="notices-page">
        <Text className="notice-card__line">仅团委管理员和服务队队长可以发布通知。</Text>
      </View>
    );
  }
  return <ComposeForm isAdmin={isAdmin} ledTeamIds={ledTeamIds} authorName={me.name} />;
}
