import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { HONOUR_LEVELS, honourLevelLabels } from '@core/honours';
import { formatHours } from '@core/hours-rounding';
import { BarMeter } from '@/components/bar-meter';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { myHonours } from '@/services/honours';
import { awardStatusText } from '../shared/award-status';
import '../shared/honours-page.scss';

const loadMine = () => myHonours();

/** 我的 › 我的荣誉: the star level from verified hours, progress to the next, how it is computed, and each level's state. */
export default function MyHonoursPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadMine);
  usePullDownRefreshAction(reload);

  if (state.status === 'loading')
    return (
      <View className="honours-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { verifiedMinutes, level, progress, settings, ruleText, awards } = state.data;
  const byLevel = new Map(awards.map((award) => [award.level, award]));
  const onNotice = awards.filter((award) => award.status === 'notice');
  return (
    <View className="honours-page my-honours">
      <View className="honours-page__card my-honours__level">
        <Text className="honours-page__line">当前星级</Text>
        <Text className="honours-page__figure">{level === 0 ? '暂未获得星级' : `${honourLevelLabels[level]}志愿者`}</Text>
        {onNotice.length > 0 && (
          <Text className="honours-page__line my-honours__on-notice">
            {onNotice.map((award) => award.levelLabel).join('、')}公示中，公示期满且未被撤回即授予
          </Text>
        )}
        <Text className="honours-page__line">累计已认定时长 {formatHours(verifiedMinutes)}</Text>
        {progress.nextLevel ? (
          <>
            <BarMeter className="my-honours__progress" percent={progress.percent} value={`${progress.percent}%`} />
            <Text className="honours-page__line my-honours__next">
              距{honourLevelLabels[progress.nextLevel]}还差 {formatHours(progress.remainingMinutes)}
            </Text>
          </>
        ) : (
          <Text className="honours-page__line">已达到最高星级</Text>
        )}
      </View>
      <View className="honours-page__card">
        <Text className="honours-page__card-title">星级标准</Text>
        {HONOUR_LEVELS.map((each) => {
          const award = byLevel.get(each);
          return (
            <View key={each} className={`honours-page__card-header my-honours__row my-honours__row--${each}`}>
              <Text className="honours-page__line">
                {honourLevelLabels[each]} · 累计 {settings.thresholds[each - 1]} 小时
              </Text>
              {award ? (
                <Text className={`honours-page__pill ${award.status === 'withdrawn' ? '' : 'honours-page__pill--active'}`}>
                  {awardStatusText(award)}
                </Text>
              ) : (
                <Text className="honours-page__pill">未达到</Text>
              )}
            </View>
          );
        })}
        {awards
          .filter((award) => award.status === 'withdrawn' && award.withdrawnReason)
          .map((award) => (
            <Text key={award.awardId} className="honours-page__line">
              {award.levelLabel}撤回原因：{award.withdrawnReason}
            </Text>
          ))}
      </View>
      <View className="honours-page__card my-honours__rule">
        <Text className="honours-page__card-title">如何计算</Text>
        <Text className="honours-page__line">{ruleText}</Text>
        <Text className="honours-page__line">
          公示期为 {settings.noticeWorkingDays} 个工作日（周一至周五，达到当天不计），公示期内团委可撤回。
        </Text>
        <Button
          variant="text"
          className="honours-page__link my-honours__notice"
          onClick={() => Taro.navigateTo({ url: routes.honourNotice })}
        >
          查看荣誉公示
        </Button>
      </View>
    </View>
  );
}
