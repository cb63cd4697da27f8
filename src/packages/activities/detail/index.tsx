import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { ActivityTag } from '@/components/activity-tag';
import { activityTag } from '@/format/activity-status';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { routes } from '@/navigation/routes';
import { useShareCard } from '@/navigation/share-card';
import { activityIdOfScene } from '@core/activity-scene';
import { ActivityChangeNotice } from './activity-change-notice';
import { ActivityFacts } from './activity-facts';
import { AttendanceActions } from './attendance-actions';
import { CorrectionSection } from './correction-section';
import { loadActivityDetail } from './load-activity-detail';
import { MyAttendance } from './my-attendance';
import '../shared/activities-page.scss';
import './index.scss';

/** 活动详情: what, when, where and how hours count; sign-up, my status, check-in/out and 申请补录. */
export default function ActivityDetailPage() {
  useSignInRequired();
  const params = useRouter().params;
  // A scanned poster code opens the page with only `scene` (URL-encoded by WeChat).
  const activityId = decodeURIComponent(params.activityId ?? '') || activityIdOfScene(decodeURIComponent(params.scene ?? '')) || '';
  const load = useCallback(() => loadActivityDetail(activityId), [activityId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  const sharePath = `${routes.activity}?activityId=${activityId}`;
  const shown = state.status === 'ready' ? state.data.activity : null;
  useShareCard(shown && { title: shown.title, path: sharePath, imageUrl: shown.coverUrl ?? undefined }, sharePath);

  // Back from the scanner: my check-in or check-out shows at once.
  useReloadOnReturn(reload);

  if (state.status === 'loading')
    return (
      <View className="activities-page">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { activity, mine, correction } = state.data;
  const signedUp = mine?.status === 'signed_up' ? mine : null;
  return (
    <View className="activities-page activity-detail">
      <View className="activity-detail__tag">
        <ActivityTag tag={activityTag(activity, mine)} />
      </View>
      <ActivityChangeNotice activity={activity} />
      <ActivityFacts activity={activity} />
      {signedUp && <MyAttendance attendance={signedUp} checkoutRequired={activity.checkoutRequired} />}
      {signedUp?.closedBy === 'auto' && (
        <CorrectionSection activity={activity} attendance={signedUp} correction={correction} reload={reload} />
      )}
      <AttendanceActions detail={state.data} reload={reload} />
    </View>
  );
}
