import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { listJobs } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { BookingCard } from '../shared/booking-card';
import { StaffGate } from '../shared/staff-gate';
import '../shared/bookings-page.scss';

type Scope = 'open' | 'mine';

const emptyHints: Record<Scope, { title: string; hint: string }> = {
  open: { title: '暂无待领取的工单', hint: '老师预约服务后，未指派的工单会出现在这里' },
  mine: { title: '暂无进行中的工单', hint: '领取或被队长指派的工单会出现在这里，下拉可刷新' },
};

/** One scope's list; remounted per scope so the other scope's cards never linger while loading. */
function JobList({ scope }: { scope: Scope }) {
  const load = useCallback(() => listJobs(scope), [scope]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  useReloadOnReturn(reload);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.bookings.length) return <EmptyState image={emptyImage} {...emptyHints[scope]} />;
  return (
    <>
      {state.data.bookings.map((booking) => (
        <BookingCard key={booking.bookingId} booking={booking} showBooker />
      ))}
    </>
  );
}

/** The queue: my own open jobs, or upcoming unassigned jobs of my teams (`?scope=open`: 首页's 待指派 opens those). */
function JobQueue() {
  const opened = useRouter().params.scope;
  const [scope, setScope] = useState<Scope>(opened === 'open' ? 'open' : 'mine');
  return (
    <>
      <ChoiceChips
        value={scope}
        choices={[
          { value: 'mine', label: '我的工单', className: 'jobs-page__scope--mine' },
          { value: 'open', label: '待领取', className: 'jobs-page__scope--open' },
        ]}
        onChange={setScope}
      />
      <JobList key={scope} scope={scope} />
    </>
  );
}

/** 工单 for volunteers and leaders. */
export default function JobsPage() {
  return (
    <View className="bookings-page jobs-page">
      <StaffGate need="staff">{() => <JobQueue />}</StaffGate>
    </View>
  );
}
