import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { formatHours } from '@core/hours-rounding';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ExportAction } from '@/components/export-action';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { myHours } from '@/services/activities';
import { exportMyRecord } from '@/services/records';
import emptyImage from '@/assets/empty/activities.svg';
import '../shared/activities-page.scss';
import './index.scss';
import { momentText } from '@core/date-words';

const ALL = 'all';
const sourceLabels = { activity: '活动', booking: '服务预约' } as const;
const loadHours = () => myHours();

/** 我的志愿时长: the verified total, per term, every entry with where it came from, and the 志愿服务记录 download. */
export default function MyHoursPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadHours);
  usePullDownRefreshAction(reload);
  const [termId, setTermId] = useState<string>(ALL);

  if (state.status === 'loading')
    return (
      <View className="activities-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { totalMinutes, terms, entries } = state.data;
  // Attendances that credited nothing stay in the list with why, so an activity never just vanishes.
  const uncredited = state.data.uncredited.filter((row) => !termId || termId === ALL || row.termId === termId);
  const term = terms.find((entry) => entry.termId === termId);
  const shown = term ? entries.filter((entry) => entry.termId === term.termId) : entries;
  return (
    <View className="activities-page my-hours">
      <View className="activities-page__card my-hours__summary">
        <Text className="activities-page__line">{term ? term.name : '累计志愿时长'}</Text>
        <Text className="my-hours__total">{formatHours(term ? term.minutes : totalMinutes)}</Text>
        <Text className="activities-page__line">时长来自活动签到签退和服务预约的服务记录，经核验后计入</Text>
      </View>
      <View className="activities-page__card my-hours__record">
        {terms
          .filter((entry) => entry.minutes > 0)
          .map((entry) => (
            <View key={entry.termId} className="my-hours__term-total">
              <Text className="my-hours__term-name">{entry.name}</Text>
              <Text className="my-hours__term-minutes">{formatHours(entry.minutes)}</Text>
            </View>
          ))}
        <ExportAction className="export-action--my-record" label="下载志愿服务记录（Excel）" run={exportMyRecord} />
        <Text className="activities-page__line">含每条已认定的服务及学期合计，可随时下载</Text>
      </View>
      {terms.length > 0 && (
        <View className="activities-page__card my-hours__terms">
          <ChoiceChips
            choices={[
              { value: ALL, label: '全部' },
              ...terms.map((entry) => ({ value: entry.termId, label: entry.name, className: `my-hours__term--${entry.termId}` })),
            ]}
            value={termId}
            onChange={setTermId}
          />
        </View>
      )}
      {!shown.length && !uncredited.length && (
        <EmptyState image={emptyImage} title="还没有志愿时长" hint="参加活动并签到签退，或完成服务预约的服务后，时长会出现在这里" />
      )}
      {shown.map((entry) => (
        <View key={entry.entryId} className={`activities-page__card my-hours__entry my-hours__entry--${entry.source.kind}`}>
          <View className="my-hours__entry-head">
            <Text className="my-hours__source">{sourceLabels[entry.source.kind]}</Text>
            <Text className="my-hours__title">{entry.title}</Text>
            <Text className="my-hours__minutes">{formatHours(entry.minutes)}</Text>
          </View>
          <Text className="activities-page__line">{momentText(entry.verifiedAt)}</Text>
          {entry.overLengthReason ? (
            <Text className="activities-page__line my-hours__reason">超出时段时长：{entry.overLengthReason}</Text>
          ) : null}
        </View>
      ))}
      {uncredited.map((row) => (
        <View key={row.attendanceId} className="activities-page__card my-hours__entry my-hours__entry--uncredited">
          <View className="my-hours__entry-head">
            <Text className="my-hours__source">活动</Text>
            <Text className="my-hours__title">{row.title}</Text>
            <Text className="my-hours__minutes">{formatHours(0)}</Text>
          </View>
          <Text className="activities-page__line">{momentText(row.startAt)}</Text>
          <Text className="activities-page__line my-hours__reason">{row.reason}</Text>
        </View>
      ))}
    </View>
  );
}
