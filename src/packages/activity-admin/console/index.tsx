import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { Activity } from '@core/activity.types';
import { errorMessages } from '@core/errors';
import { describeHoursRule } from '@core/hours-rounding';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { getActivity } from '@/services/activities';
import { exportAttendance } from '@/services/records';
import { ExportAction } from '@/components/export-action';
import { AttendancePanel } from './attendance-panel';
import { AuditPanel } from './audit-panel';
import { CodePanel } from './code-panel';
import { consoleTabs, type ConsoleTab } from './console-tabs';
import { CorrectionsPanel } from './corrections-panel';
import { LifecycleActions } from './lifecycle-actions';
import { ManualPanel } from './manual-panel';
import { ScanPanel } from './scan-panel';
import '../shared/activity-admin.scss';
import './index.scss';
import { rangeText } from '@core/date-words';

function ActivityHeader({ activity }: { activity: Activity }) {
  return (
    <View className="activity-admin__card console-header">
      <Text className="activity-admin__card-title console-header__title">{activity.title}</Text>
      <Text className="activity-admin__line">
        {rangeText(activity.startAt, activity.endAt)} · {activity.place}
      </Text>
      <Text className="activity-admin__line">时长：{describeHoursRule(activity.hoursRule)}</Text>
      <View className="activity-admin__actions">
        <Button
          variant="text"
          className="activity-admin__link console-header__edit"
          onClick={() => Taro.navigateTo({ url: `${routes.activityEdit}?activityId=${activity.activityId}` })}
        >
          修改活动
        </Button>
        <Button
          variant="text"
          className="activity-admin__link console-header__detail"
          onClick={() => Taro.navigateTo({ url: `${routes.activity}?activityId=${activity.activityId}` })}
        >
          查看详情
        </Button>
      </View>
    </View>
  );
}

interface ConsoleProps {
  activity: Activity;
  visible: boolean;
  refreshSignal: number;
  reload: () => Promise<unknown>;
}

function Console({ activity, visible, refreshSignal, reload }: ConsoleProps) {
  const { activityId, checkoutRequired } = activity;
  const cancelled = activity.status === 'cancelled';
  const [chosen, setTab] = useState<ConsoleTab>('in');
  const tabs = consoleTabs(checkoutRequired, cancelled);
  // Cancelled while the console was open: the code tab it was on is gone.
  const tab = tabs.some((entry) => entry.value === chosen) ? chosen : tabs[0].value;
  const run = useCallback(() => exportAttendance(activityId), [activityId]);
  return (
    <View className="activity-admin activity-console">
      <ActivityHeader activity={activity} />
      <LifecycleActions activity={activity} reload={reload} />
      <View className="admin-tabs console-tabs">
        {tabs.map((entry) => (
          <Text
            key={entry.value}
            className={`admin-tabs__tab console-tabs__tab--${entry.value} ${entry.value === tab ? 'admin-tabs__tab--active' : ''}`}
            onClick={() => setTab(entry.value)}
          >
            {entry.label}
          </Text>
        ))}
      </View>
      {(tab === 'in' || tab === 'out') && <CodePanel key={tab} activityId={activityId} kind={tab} visible={visible} />}
      {tab === 'attendance' && (
        <AttendancePanel activityId={activityId} checkoutRequired={checkoutRequired} visible={visible} refreshSignal={refreshSignal} />
      )}
      {tab === 'scan' && <ScanPanel activityId={activityId} checkoutRequired={checkoutRequired} />}
      {tab === 'manual' && <ManualPanel activity={activity} />}
      {tab === 'corrections' && <CorrectionsPanel activityId={activityId} refreshSignal={refreshSignal} />}
      {tab === 'audit' && <AuditPanel activityId={activityId} refreshSignal={refreshSignal} />}
      {tab === 'export' && (
        <View className="activity-admin__card">
          <Text className="activity-admin__line">导出本活动的报名、签到、签退与计入时长（.xlsx）</Text>
          <ExportAction className="export-action--attendance" label="导出签到表" run={run} />
        </View>
      )}
    </View>
  );
}

/** 活动管理 (`?activityId=`): the organiser's console — live QR, attendance, fallbacks, corrections, audit, export. */
export default function ActivityConsolePage() {
  useSignInRequired();
  const activityId = useRouter().params.activityId ?? '';
  const load = useCallback(() => getActivity(activityId), [activityId]);
  const { state, reload } = useEnvelopeLoader(load);
  const [visible, setVisible] = useState(true);
  const [refreshSignal, setRefreshSignal] = useState(0);
  useDidShow(() => setVisible(true));
  // Back from 修改活动: the header and the tabs (签退码) follow the saved activity.
  useReloadOnReturn(reload);
  useDidHide(() => setVisible(false));
  usePullDownRefreshAction(async () => {
    setRefreshSignal((previous) => previous + 1);
    await reload();
  });

  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.canOrganise) {
    return (
      <View className="activity-admin">
        <Text className="activity-admin__line activity-admin__denied">{errorMessages.FORBIDDEN}</Text>
      </View>
    );
  }
  return <Console activity={state.data.activity} visible={visible} refreshSignal={refreshSignal} reload={reload} />;
}
