import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { hoursText } from '@core/hours-rounding';
import { BarMeter } from '@/components/bar-meter';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import emptyImage from '@/assets/empty/activities.svg';
import { percentsOf } from '../shared/bar-measures';
import { loadContribution } from './load-contribution';
import '../shared/stats-page.scss';

/** 我的 › 我的贡献: the caller's verified hours by term and kind, services given, people helped. */
export default function MyContributionPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadContribution);
  usePullDownRefreshAction(reload);
  if (state.status === 'loading')
    return (
      <View className="stats-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { overall, terms } = state.data;
  if (!overall)
    return (
      <View className="stats-page">
        <EmptyState
          image={emptyImage}
          title="还没有贡献记录"
          hint="参加志愿活动并签到签退，或完成服务队的服务、经队长确认后，你的时长、服务次数和帮助过的人会记在这里。"
          action={{ label: '去看看活动', onClick: () => Taro.switchTab({ url: '/pages/activities/index' }) }}
        />
      </View>
    );
  const percents = percentsOf(terms.map((term) => term.verifiedHours));
  return (
    <View className="stats-page my-contribution">
      <View className="stats-page__card my-contribution__overall">
        <Text className="stats-page__line">累计已认定时长</Text>
        <Text className="stats-page__figure my-contribution__hours">{hoursText(overall.verifiedHours)}</Text>
        <Text className="stats-page__line my-contribution__kinds">
          活动 {hoursText(overall.activityHours)} · 服务预约 {hoursText(overall.bookingHours)}
        </Text>
        <Text className="stats-page__line my-contribution__services">
          完成服务 {overall.servicesGiven} 次 · 帮助过 {overall.peopleHelped} 人
        </Text>
        <Text className="stats-page__hint">只计已认定的时长；被撤销的不计。帮助过的人按预约人计，同一人只算一次。</Text>
      </View>
      <Text className="stats-page__section">按学期</Text>
      {terms.map((term, index) => (
        <View key={term.termId} className={`stats-page__card my-contribution__term my-contribution__term--${term.termId}`}>
          <Text className="stats-page__card-title">{term.termName}</Text>
          <BarMeter percent={percents[index]} value={hoursText(term.verifiedHours)} />
          <Text className="stats-page__line">
            活动 {hoursText(term.activityHours)} · 服务预约 {hoursText(term.bookingHours)} · 时长记录 {term.ledgerEntries} 条
          </Text>
          <Text className="stats-page__line">
            完成服务 {term.servicesGiven} 次 · 帮助过 {term.peopleHelped} 人
          </Text>
        </View>
      ))}
      <Button
        variant="text"
        className="stats-page__link my-contribution__hours-link"
        onClick={() => Taro.navigateTo({ url: routes.myHours })}
      >
        查看每一条时长记录
      </Button>
    </View>
  );
}
