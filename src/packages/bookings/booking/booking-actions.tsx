import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { canTransition } from '@core/booking-status';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive } from '@/feedback/confirm';
import { routes } from '@/navigation/routes';
import { assignVolunteer, cancelBooking, claimJob, confirmRecord, markNoShow, rateBooking, startJob } from '@/services/bookings';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { CancelDialog } from '../shared/cancel-dialog';
import { AssignPicker } from './assign-picker';
import { viewerOf, type BookingView } from './load-booking';
import { RatingForm } from './rating-form';
import { useBookingAction } from './use-booking-action';
import { momentText } from '@core/date-words';

export interface BookingActionsProps {
  view: BookingView;
  /** Reloads the booking after an action. */
  reload: () => Promise<unknown>;
}

/** The actions this viewer may take on the booking in its status; the server checks each again. */
export function BookingActions({ view, reload }: BookingActionsProps) {
  const { booking } = view;
  const { bookingId, status } = booking;
  const viewer = viewerOf(view);
  const { busy, run } = useBookingAction(reload);
  const [cancelling, setCancelling] = useState(false);
  const [startingEarly, setStartingEarly] = useState(false);
  const started = Date.now() >= Date.parse(booking.startAt);
  // 开始服务 opens a set time before the slot; before that only a leader may start, with a reason.
  const startOpen = Date.now() >= Date.parse(booking.startOpensAt);

  // The booker cancels before the cut-off; a leader any time until the job is done (reason required).
  const asLeader = viewer.isLeader && !viewer.isBooker;
  const canCancel = asLeader
    ? canTransition('cancelByLeader', status)
    : viewer.isBooker && canTransition('cancelByBooker', status) && Date.now() < Date.parse(booking.cancellableUntil);
  const canHandle = viewer.isLeader || viewer.isAssigned;
  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    if (viewer.isStaff) void prepareSubscriptions('jobClaim');
  }, [viewer.isStaff]);

  async function claim() {
    // The reminder before the slot reaches the phone only with consent, asked at this tap (weapp only).
    await askSubscriptions('jobClaim');
    await run('claim', () => claimJob(bookingId), '已领取');
  }

  async function noShow() {
    const sure = await confirmDestructive({ title: '标记未到场？', content: '预约人未按时到场，本次预约将结束。', confirmText: '未到场' });
    if (sure) await run('noShow', () => markNoShow(bookingId), '已标记');
  }

  async function startEarly(earlyReason: string) {
    const ok = await run('start', () => startJob({ bookingId, earlyReason }), '服务已开始');
    if (ok) setStartingEarly(false);
  }

  async function cancel(reason: string) {
    const ok = await run('cancel', () => cancelBooking({ bookingId, ...(reason ? { reason } : {}) }), '已取消');
    if (ok) setCancelling(false);
  }

  const button = (name: string, label: string, onClick: () => void, primary = true) => (
    <Button
      key={name}
      className={`booking-actions__${name}`}
      variant={primary ? 'primary' : 'secondary'}
      block
      busy={busy === name}
      disabled={busy !== null}
      onClick={onClick}
    >
      {busy === name ? '处理中…' : label}
    </Button>
  );

  return (
    <View className="booking-actions">
      {viewer.isBooker && canTransition('rate', status) && (
        <RatingForm
          sending={busy === 'rate'}
          onSubmit={(score, comment) => void run('rate', () => rateBooking({ bookingId, score, comment }), '感谢评价')}
        />
      )}
      {viewer.isLeader && canTransition('assign', status) && (
        <AssignPicker
          booking={booking}
          sending={busy === 'assign'}
          onAssign={(volunteerOpenid) => void run('assign', () => assignVolunteer({ bookingId, volunteerOpenid }), '已指派')}
        />
      )}
      <View className="booking-actions__buttons">
        {viewer.isStaff && canTransition('claim', status) && button('claim', '领取工单', () => void claim())}
        {canHandle &&
          canTransition('start', status) &&
          startOpen &&
          button('start', '开始服务', () => void run('start', () => startJob({ bookingId }), '服务已开始'))}
        {canHandle && canTransition('start', status) && !startOpen && (
          <Text className="bookings-page__hint booking-actions__start-opens">
            {momentText(booking.startOpensAt)} 起可以开始服务（时段 {booking.startClock} 开始）
          </Text>
        )}
        {viewer.isLeader &&
          canTransition('start', status) &&
          !startOpen &&
          button('start-early', '提前开始服务', () => setStartingEarly(true), false)}
        {canHandle &&
          canTransition('close', status) &&
          button('close', '完成服务', () => Taro.navigateTo({ url: `${routes.closeJob}?bookingId=${encodeURIComponent(bookingId)}` }))}
        {viewer.isLeader &&
          booking.record &&
          !booking.record.verifiedAt &&
          button('confirm', '确认服务记录', () => void run('confirm', () => confirmRecord(bookingId), '时长已计入'))}
        {canHandle && started && canTransition('noShow', status) && button('no-show', '未到场', () => void noShow(), false)}
        {canCancel && button('cancel', asLeader ? '取消预约（队长）' : '取消预约', () => setCancelling(true), false)}
      </View>
      {startingEarly && (
        <TextDialog
          className="booking-actions__early-dialog"
          title="提前开始服务"
          placeholder="提前开始的原因，会记录在预约进度中（如 老师已提前到场）"
          confirmText="开始服务"
          check={(text) => (text.trim().length < 2 ? '请填写原因' : null)}
          sending={busy === 'start'}
          onConfirm={(reason) => void startEarly(reason)}
          onCancel={() => setStartingEarly(false)}
        />
      )}
      {cancelling && (
        <CancelDialog
          reasonRequired={asLeader}
          sending={busy === 'cancel'}
          onConfirm={(reason) => void cancel(reason)}
          onCancel={() => setCancelling(false)}
        />
      )}
    </View>
  );
}
