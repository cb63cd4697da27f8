import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { slotStatusLabels, type Slot } from '@core/booking.types';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { cancelSlot, closeSlot, listServices, serviceSlots } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { CancelSlotDialog } from './cancel-slot-dialog';
import './team-slots.scss';
import { slotText } from '@core/date-words';

/**
 * One service's slots from today on — every one published, however far ahead (a weekly series runs
 * up to 26 weeks), paged as the leader scrolls — each with 停止预约 and 取消时段.
 */
function ServiceSlots({ serviceId }: { serviceId: string }) {
  const load = useCallback((cursor?: string) => serviceSlots({ serviceId, cursor, limit: 20 }), [serviceId]);
  const { state, refresh: reload, loadMore, updateItems } = useCursorList(load);
  usePullDownRefreshAction(reload);
  // Mounted after the service list loaded, so every show it sees is a return to the page.
  useReloadOnReturn(reload);
  useReachBottom(() => void loadMore());
  const replace = (changed: Slot) => updateItems((items) => items.map((slot) => (slot.slotId === changed.slotId ? changed : slot)));
  const [busy, setBusy] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<Slot | null>(null);

  async function stop(slot: Slot) {
    const sure = await confirmDestructive({
      title: '停止预约？',
      content: `${slotText(slot)} 将不再接受新的预约，已有的预约照常进行。`,
      confirmText: '停止预约',
    });
    if (!sure) return;
    setBusy(slot.slotId);
    const reply = await closeSlot(slot.slotId);
    setBusy(null);
    if (!reply.ok) {
      toastMessage(reply.message);
      return;
    }
    toastSuccess('已停止预约');
    replace(reply.data.slot);
  }

  async function cancel(slot: Slot, reason: string) {
    setBusy(slot.slotId);
    const reply = await cancelSlot({ slotId: slot.slotId, reason });
    setBusy(null);
    if (!reply.ok) {
      toastMessage(reply.message);
      return;
    }
    setCancelling(null);
    replace(reply.data.slot);
    const count = reply.data.cancelledBookings;
    await explain('时段已取消', count > 0 ? `已取消 ${count} 个预约，预约人会收到通知和取消原因。` : '该时段没有需要取消的预约。');
  }

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.items.length)
    return <EmptyState image={emptyImage} title="暂无时段" hint="点上方“发布时段”开放预约，今天起发布的时段都会列在这里" />;
  const now = Date.now();
  return (
    <>
      {state.items.map((slot) => {
        const ended = Date.parse(slot.endAt) <= now;
        return (
          <View
            key={slot.slotId}
            className={`bookings-page__card team-slots__slot team-slots__slot--${slot.startClock.replace(':', '')} ${ended ? 'team-slots--ended' : ''}`}
          >
            <View className="bookings-page__card-header">
              <Text className="bookings-page__card-title">{slotText(slot)}</Text>
              <Text className={`slot-status slot-status--${slot.status} team-slots__status`}>{slotStatusLabels[slot.status]}</Text>
            </View>
            <Text className="bookings-page__card-line">地点：{slot.place}</Text>
            {slot.status !== 'cancelled' && (
              <Text className="team-slots__seats">
                已约 {slot.capacity - slot.remaining} / {slot.capacity} 位
              </Text>
            )}
            {slot.cancelReason && <Text className="bookings-page__card-line team-slots__reason">取消原因：{slot.cancelReason}</Text>}
            {!ended && slot.status !== 'cancelled' && (
              <View className="bookings-page__card-actions">
                {slot.status === 'open' && (
                  <Button className="team-slots__close" disabled={busy !== null} onClick={() => void stop(slot)}>
                    停止预约
                  </Button>
                )}
                <Button className="team-slots__cancel" disabled={busy !== null} onClick={() => setCancelling(slot)}>
                  取消时段
                </Button>
              </View>
            )}
          </View>
        );
      })}
      <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={() => void loadMore()} />
      {cancelling && (
        <CancelSlotDialog
          slot={cancelling}
          sending={busy === cancelling.slotId}
          onConfirm={(reason) => void cancel(cancelling, reason)}
          onCancel={() => setCancelling(null)}
        />
      )}
    </>
  );
}

/** 排班管理 → 时段: pick one of the team's services, then manage its slots. */
export function TeamSlots({ teamId }: { teamId: string }) {
  const load = useCallback(() => listServices({ teamId, includeInactive: true }), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  const [chosen, setChosen] = useState('');

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const services = [...state.data.services].sort((a, b) => a.order - b.order);
  if (!services.length) return <EmptyState image={emptyImage} title="本队还没有服务项目" hint="先在“服务项目”中添加，才能发布和管理时段" />;
  const serviceId = services.some((service) => service.serviceId === chosen) ? chosen : services[0].serviceId;
  return (
    <>
      <ChoiceChips
        value={serviceId}
        choices={services.map((service) => ({
          value: service.serviceId,
          label: service.active ? service.name : `${service.name}（已停用）`,
          className: `team-slots__service--${service.serviceId}`,
        }))}
        onChange={setChosen}
      />
      <ServiceSlots key={serviceId} serviceId={serviceId} />
    </>
  );
}
