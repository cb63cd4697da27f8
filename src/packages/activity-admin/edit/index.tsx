import { useCallback, useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { Activity } from '@core/activity.types';
import type { Envelope } from '@core/envelope';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { getActivity } from '@/services/activities';
import { useOrganiser } from '../shared/use-organiser';
import { ActivityForm } from './activity-form';
import '../shared/activity-admin.scss';

type SavedActivity = { activity: Activity; canOrganise: boolean } | null;
const loadSaved = async (activityId: string): Promise<Envelope<SavedActivity>> =>
  activityId ? getActivity(activityId) : { ok: true, data: null };

/** 发布活动 (admins; leaders for their teams); `?activityId=` edits one the caller organises. */
export default function EditActivityPage() {
  useSignInRequired();
  const activityId = useRouter().params.activityId ?? '';
  const organiser = useOrganiser();
  const load = useCallback(() => loadSaved(activityId), [activityId]);
  const saved = useEnvelopeLoader(load);
  useEffect(() => {
    if (activityId) void Taro.setNavigationBarTitle({ title: '修改活动' });
  }, [activityId]);

  if (organiser.state.status === 'loading' || saved.state.status === 'loading') return <Skeleton rows={8} animated />;
  if (organiser.state.status === 'failed') return <ErrorState message={organiser.state.message} onRetry={organiser.reload} />;
  if (saved.state.status === 'failed') return <ErrorState message={saved.state.message} onRetry={saved.reload} />;
  const existing = saved.state.data;
  if (!organiser.canOrganise || (existing && !existing.canOrganise)) {
    return (
      <View className="activity-admin">
        <Text className="activity-admin__line activity-admin__denied">
          仅团委管理员和服务队队长可以发布活动，修改活动需为该活动的组织者。
        </Text>
      </View>
    );
  }
  return <ActivityForm isAdmin={organiser.isAdmin} ledTeamIds={organiser.ledTeamIds} saved={existing?.activity} />;
}
