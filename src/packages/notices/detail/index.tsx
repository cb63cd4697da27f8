import { useCallback, useEffect, useRef, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ErrorState } from '@/components/error-state';
import { SubscribeButton } from '@/components/subscribe-button';
import { toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { syncNoticeBadge } from '@/hooks/use-notice-badge';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { useShareCard } from '@/navigation/share-card';
import { confirmNotice, getNotice, readNotice, type NoticeDetail } from '@/services/notices';
import { NoticeView } from '../shared/notice-view';
import '../shared/notices.scss';
import { momentText } from '@core/date-words';

const REPLY_MAX = 200;

/** 我已确认 (confirm mode) or a short reply (reply mode); shows the caller's own answer once given. */
function ConfirmBox({ notice, onDone }: { notice: NoticeDetail; onDone: () => Promise<void> }) {
  const [reply, setReply] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const receipt = notice.myReceipt;
  if (notice.confirmMode === 'read' || notice.status !== 'published') return null;
  if (receipt?.confirmedAt) {
    return (
      <View className="notice-card notice-confirmed">
        <Text className="notice-card__section-title">{notice.confirmMode === 'reply' ? '已回复' : '已确认'}</Text>
        {receipt.reply && <Text className="notice-card__line notice-confirmed__reply">{receipt.reply}</Text>}
        <Text className="notice-card__line">{momentText(receipt.confirmedAt)}</Text>
      </View>
    );
  }

  async function send() {
    if (sending) return;
    const text = reply.trim();
    if (notice.confirmMode === 'reply' && !text) return setError('请填写回复');
    setSending(true);
    setError('');
    const answer = await confirmNotice(notice.noticeId, notice.confirmMode === 'reply' ? text : undefined);
    setSending(false);
    if (!answer.ok) return setError(answer.message);
    toastSuccess(notice.confirmMode === 'reply' ? '已回复' : '已确认');
    await onDone();
  }

  return (
    <View className="notice-card notice-confirm">
      {notice.confirmMode === 'reply' ? (
        <>
          <Text className="notice-card__section-title">请回复</Text>
          <Input
            className="notice-field__input notice-confirm__reply"
            value={reply}
            maxlength={REPLY_MAX}
            placeholder={`简短回复，最多 ${REPLY_MAX} 字`}
            onInput={(e) => setReply(e.detail.value)}
          />
        </>
      ) : (
        <Text className="notice-card__line">发布者请你阅读后确认</Text>
      )}
      {error && <Text className="notice-card__error">{error}</Text>}
      <Button className="notice-confirm__submit" variant="primary" disabled={sending} onClick={() => void send()}>
        {sending ? '提交中…' : notice.confirmMode === 'reply' ? '提交回复' : '我已确认'}
      </Button>
    </View>
  );
}

/** One notice: opening it records the read receipt; recalled notices show why, never the body. */
export default function NoticeDetailPage() {
  useSignInRequired();
  const noticeId = useRouter().params.noticeId ?? '';
  const load = useCallback(() => getNotice(noticeId), [noticeId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  const marked = useRef(false);

  const notice = state.status === 'ready' ? state.data : null;
  // The card reaches only the notice's audience: others opening it are told it is not for them (NOT_FOUND).
  const sharePath = `${routes.notice}?noticeId=${noticeId}`;
  useShareCard(notice && notice.status === 'published' ? { title: notice.title, path: sharePath } : null, sharePath);
  useEffect(() => {
    if (!notice || marked.current || notice.status !== 'published' || notice.myReceipt) return;
    marked.current = true;
    void readNotice(notice.noticeId).then((reply) => {
      if (reply.ok) void syncNoticeBadge();
    });
  }, [notice]);

  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const detail = state.data;
  return (
    <View className="notices-page notice-detail">
      {detail.status === 'recalled' ? (
        <View className="notice-card">
          <Text className="notice-card__title notice-view__title">{detail.title}</Text>
          <View className="notice-recalled">
            <Text className="notice-recalled__title">该通知已撤回</Text>
            {detail.recall && <Text className="notice-recalled__reason">撤回原因：{detail.recall.reason}</Text>}
            {detail.recall && <Text className="notice-recalled__reason">{momentText(detail.recall.at)}</Text>}
          </View>
        </View>
      ) : (
        <NoticeView notice={detail} />
      )}
      {!!detail.history?.length && (
        <View className="notice-card notice-history">
          <Text className="notice-card__section-title">编辑记录（{detail.history.length}）</Text>
          {[...detail.history].reverse().map((version) => (
            <View key={version.editedAt} className="receipt-row notice-history__row">
              <Text className="receipt-row__name">{version.title}</Text>
              <Text className="receipt-row__state">修改于 {momentText(version.editedAt)}</Text>
            </View>
          ))}
          <Text className="notice-card__line">以上为修改前的标题，正文以当前版本为准</Text>
        </View>
      )}
      <ConfirmBox notice={detail} onDone={reload} />
      {detail.status === 'published' && (
        <SubscribeButton
          className="notice-detail__subscribe"
          moment="noticeFeed"
          label="订阅通知推送"
          hint="下一条团委通知发布时推送到微信"
        />
      )}
      {detail.canManage && detail.status !== 'draft' && (
        <Button
          className="notice-detail__receipts"
          block
          onClick={() => Taro.navigateTo({ url: `${routes.noticeReceipts}?noticeId=${detail.noticeId}` })}
        >
          查看回执
        </Button>
      )}
    </View>
  );
}
