import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import {
  getNotice,
  noticeFanoutStatus,
  noticeReceiptList,
  noticeReceipts,
  recallNotice,
  remindUnread,
  type FanoutStatus,
  type NoticeDetail,
  type ReceiptSummary,
} from '@/services/notices';
import '../shared/notices.scss';
import { momentText } from '@core/date-words';

type Which = 'read' | 'notYet';
const PAGE_SIZE = 20;
const REMIND_TOO_SOON = '一小时内已提醒过未读成员，请稍后再试';

function Counts({ summary, confirmMode }: { summary: ReceiptSummary; confirmMode: NoticeDetail['confirmMode'] }) {
  const cells = [
    { key: 'audience', label: '应读', value: summary.audience },
    { key: 'read', label: '已读', value: summary.read },
    ...(confirmMode === 'read'
      ? []
      : [{ key: 'confirmed', label: confirmMode === 'reply' ? '已回复' : '已确认', value: summary.confirmed }]),
    { key: 'not-yet', label: '未读', value: summary.notYet },
  ];
  return (
    <View className="receipt-counts">
      {cells.map((cell) => (
        <View key={cell.key} className={`receipt-counts__cell receipt-counts__cell--${cell.key}`}>
          <Text className="receipt-counts__value">{cell.value}</Text>
          <Text className="receipt-counts__label">{cell.label}</Text>
        </View>
      ))}
    </View>
  );
}

function FanoutJobs({ jobs }: { jobs: FanoutStatus[] }) {
  if (!jobs.length) return <Text className="notice-card__line">暂无推送任务</Text>;
  return (
    <>
      {jobs.map((job) => (
        <View key={job.jobId} className="receipt-row fanout-job">
          <Text className="receipt-row__name">
            {job.kind === 'publish' ? '发布推送' : '未读提醒'} · {job.status === 'done' ? '已完成' : '进行中'}
          </Text>
          <Text className="receipt-row__state">
            已处理 {job.processed} · 送达 {job.sent} · 失败 {job.failed}
          </Text>
        </View>
      ))}
    </>
  );
}

function ReceiptLists({ noticeId }: { noticeId: string }) {
  const [which, setWhich] = useState<Which>('read');
  const loadPage = useCallback((cursor?: string) => noticeReceiptList({ noticeId, which, cursor, limit: PAGE_SIZE }), [noticeId, which]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  useReachBottom(() => void loadMore());
  return (
    <View className="notice-card receipt-lists">
      <ChoiceChips
        choices={[
          { value: 'read', label: '已读名单', className: 'receipt-lists__read' },
          { value: 'notYet', label: '未读名单', className: 'receipt-lists__not-yet' },
        ]}
        value={which}
        onChange={setWhich}
      />
      {state.status === 'loading' && <Skeleton rows={3} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && !state.hasMore && (
        <Text className="notice-card__line">{which === 'read' ? '还没有人阅读' : '全部成员都已阅读'}</Text>
      )}
      {state.status === 'ready' &&
        state.items.map((member) => (
          <View key={member.openid} className="receipt-row receipt-member">
            <Text className="receipt-row__name">{member.name}</Text>
            <Text className="receipt-row__state">
              {member.confirmedAt
                ? `${member.reply ? `回复：${member.reply}` : '已确认'} ${momentText(member.confirmedAt)}`
                : member.readAt
                  ? `已读 ${momentText(member.readAt)}`
                  : '未读'}
            </Text>
          </View>
        ))}
      {state.status === 'ready' && (state.items.length > 0 || state.hasMore) && (
        <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
      )}
    </View>
  );
}

/** The author's view of one notice: counts, per-unit figures, lists, 提醒未读, push progress and 撤回. */
export default function NoticeReceiptsPage() {
  useSignInRequired();
  const noticeId = useRouter().params.noticeId ?? '';
  const loadNotice = useCallback(() => getNotice(noticeId), [noticeId]);
  const loadSummary = useCallback(() => noticeReceipts(noticeId), [noticeId]);
  const loadJobs = useCallback(() => noticeFanoutStatus(noticeId), [noticeId]);
  const notice = useEnvelopeLoader(loadNotice);
  const summary = useEnvelopeLoader(loadSummary);
  const jobs = useEnvelopeLoader(loadJobs);
  const [busy, setBusy] = useState<'remind' | 'recall' | null>(null);
  const [recallOpen, setRecallOpen] = useState(false);
  const reloadAll = () => Promise.all([notice.reload(), summary.reload(), jobs.reload()]);
  usePullDownRefreshAction(reloadAll);

  async function remind() {
    if (busy) return;
    // Ask with a fresh 未读 figure: it is exactly who the reminder reaches.
    setBusy('remind');
    const fresh = await noticeReceipts(noticeId);
    setBusy(null);
    if (!fresh.ok) return void toastMessage(fresh.message);
    const unread = fresh.data.notYet;
    if (unread === 0) return void explain('无需提醒', '全部成员都已阅读这条通知。');
    const sure = await confirmDestructive({
      title: `提醒 ${unread} 位未读成员？`,
      content: `将向 ${unread} 位尚未阅读的成员发送站内消息和订阅消息提醒；每条通知每小时最多提醒一次。`,
      confirmText: '发送提醒',
    });
    if (!sure) return void summary.reload();
    setBusy('remind');
    const reply = await remindUnread(noticeId);
    setBusy(null);
    if (!reply.ok) return void toastMessage(reply.code === 'REMIND_TOO_SOON' ? REMIND_TOO_SOON : reply.message);
    toastMessage(`已向 ${reply.data.reminding} 位未读成员发送提醒`);
    void Promise.all([summary.reload(), jobs.reload()]);
  }

  async function recall(reason: string) {
    const sure = await confirmDestructive({
      title: '撤回通知',
      content: `撤回后成员只能看到标题和撤回原因：${reason}`,
      confirmText: '撤回',
    });
    if (!sure) return;
    setBusy('recall');
    const reply = await recallNotice(noticeId, reason);
    setBusy(null);
    if (!reply.ok) return void toastMessage(reply.message);
    setRecallOpen(false);
    toastSuccess('已撤回');
    void reloadAll();
  }

  if (notice.state.status === 'loading') return <Skeleton rows={8} animated />;
  if (notice.state.status === 'failed') return <ErrorState message={notice.state.message} onRetry={notice.reload} />;
  const detail = notice.state.data;
  const live = detail.status === 'published';
  return (
    <View className="notices-page notice-receipts">
      <View className="notice-card">
        <Text className="notice-card__title">{detail.title}</Text>
        <View className="notice-card__meta">
          <Text>
            {detail.status === 'recalled'
              ? '已撤回'
              : detail.status === 'scheduled'
                ? '定时发布'
                : detail.status === 'draft'
                  ? '草稿'
                  : '已发布'}
          </Text>
          {detail.publishedAt && <Text>{momentText(detail.publishedAt)}</Text>}
        </View>
        {detail.recall && <Text className="notice-card__line">撤回原因：{detail.recall.reason}</Text>}
        {detail.status === 'scheduled' && detail.publishAt && (
          <Text className="notice-card__line">将于 {momentText(detail.publishAt)} 发布</Text>
        )}
        {(live || detail.status === 'scheduled') && (
          <View className="notice-field__paragraph-tools">
            <Button
              variant="text"
              className="notice-receipts__open"
              onClick={() => void Taro.navigateTo({ url: `${routes.notice}?noticeId=${noticeId}` })}
            >
              查看正文{detail.history?.length ? `（已编辑 ${detail.history.length} 次）` : ''}
            </Button>
            <Button
              variant="text"
              className="notice-receipts__edit"
              onClick={() => void Taro.redirectTo({ url: `${routes.noticeCompose}?noticeId=${noticeId}` })}
            >
              修改通知
            </Button>
          </View>
        )}
        {summary.state.status === 'loading' && <Skeleton rows={2} animated />}
        {summary.state.status === 'failed' && <ErrorState message={summary.state.message} onRetry={summary.reload} />}
        {summary.state.status === 'ready' && <Counts summary={summary.state.data} confirmMode={detail.confirmMode} />}
        {summary.state.status === 'ready' && summary.state.data.lastRemindedAt && (
          <Text className="notice-card__line">上次提醒：{momentText(summary.state.data.lastRemindedAt)}</Text>
        )}
        {live && (
          <View className="notice-card__actions">
            <Button
              className="notice-receipts__remind"
              variant="primary"
              block={false}
              disabled={busy !== null}
              onClick={() => void remind()}
            >
              {busy === 'remind' ? '发送中…' : '提醒未读'}
            </Button>
            <Button className="notice-receipts__recall" variant="danger" disabled={busy !== null} onClick={() => setRecallOpen(true)}>
              撤回通知
            </Button>
          </View>
        )}
      </View>

      {summary.state.status === 'ready' && summary.state.data.byOrgUnit.length > 0 && (
        <View className="notice-card">
          <Text className="notice-card__section-title">按组织</Text>
          {summary.state.data.byOrgUnit.map((unit) => (
            <View key={unit.orgUnitId ?? 'none'} className="receipt-row">
              <Text className="receipt-row__name">{unit.name}</Text>
              <Text className="receipt-row__state">
                已读 {unit.read}/{unit.audience}
                {detail.confirmMode === 'read' ? '' : ` · 确认 ${unit.confirmed}`}
              </Text>
            </View>
          ))}
        </View>
      )}

      <View className="notice-card">
        <View className="notice-card__header">
          <Text className="notice-card__section-title">推送进度</Text>
          <Button variant="text" className="notice-receipts__jobs-refresh" onClick={() => void jobs.reload()}>
            刷新
          </Button>
        </View>
        {jobs.state.status === 'loading' && <Skeleton rows={2} animated />}
        {jobs.state.status === 'failed' && <ErrorState message={jobs.state.message} onRetry={jobs.reload} />}
        {jobs.state.status === 'ready' && <FanoutJobs jobs={jobs.state.data.jobs} />}
      </View>

      {detail.status !== 'draft' && <ReceiptLists noticeId={noticeId} />}

      {recallOpen && (
        <TextDialog
          title="撤回原因"
          placeholder="成员会看到这个原因（2–100 字）"
          confirmText="撤回"
          check={(text) => (text.trim().length < 2 ? '请填写撤回原因（至少 2 个字）' : null)}
          onConfirm={(reason) => void recall(reason)}
          onCancel={() => setRecallOpen(false)}
          sending={busy === 'recall'}
        />
      )}
    </View>
  );
}
