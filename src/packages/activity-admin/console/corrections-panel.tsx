import { useCallback, useEffect } from 'react';
import { Text } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { corrections as loadCorrections } from '@/services/records';
import { CorrectionRows } from '../shared/correction-rows';

/** 补录申请: students whose attendance closed automatically ask for their real check-out time. */
export function CorrectionsPanel({ activityId, refreshSignal }: { activityId: string; refreshSignal: number }) {
  const load = useCallback(() => loadCorrections(activityId), [activityId]);
  const { state, reload } = useEnvelopeLoader(load);

  useEffect(() => {
    if (refreshSignal) void reload();
  }, [refreshSignal, reload]);

  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.corrections.length) return <Text className="activity-admin__hint corrections-panel__empty">暂无补录申请</Text>;
  return <CorrectionRows corrections={state.data.corrections} />;
}
