import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ruleText } from '@core/honours';
import { formatHours } from '@core/hours-rounding';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ExportAction } from '@/components/export-action';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { exportNominations, nominations } from '@/services/honours';
import emptyImage from '@/assets/empty/activities.svg';
import { loadChoices } from './load-choices';
import '../shared/honours-page.scss';

function NomineeList({ termId, ruleId }: { termId: string; ruleId: string }) {
  const load = useCallback(() => nominations({ termId, ruleId }), [termId, ruleId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { rule, nominees } = state.data;
  return (
    <View className="nominations__list">
      <View className="honours-page__card">
        <Text className="honours-page__line">规则：{ruleText(rule)}。只计已认定、未撤销的时长。</Text>
        <ExportAction className="nominations__export" label="导出推荐名单（.xlsx）" run={() => exportNominations({ termId, ruleId })} />
      </View>
      <Text className="honours-page__section">符合条件 {nominees.length} 人</Text>
      {nominees.length === 0 && <EmptyState image={emptyImage} title="没有符合条件的成员" hint="可在「荣誉设置」调整规则，或换一个学期" />}
      {nominees.map((nominee, index) => (
        <View key={`${nominee.memberNo ?? nominee.name}-${index}`} className="honours-page__card nominations__nominee">
          <View className="honours-page__card-header">
            <Text className="honours-page__card-title">
              {index + 1}. {nominee.name}
            </Text>
            <Text className="honours-page__pill honours-page__pill--active">{formatHours(nominee.minutes)}</Text>
          </View>
          <Text className="honours-page__line">
            {nominee.memberNo ?? '未登记学号'} · {nominee.orgUnitName ?? '未填组织'} · 参加活动 {nominee.activities} 次 · 无故缺席{' '}
            {nominee.noShows} 次
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 团委管理 › 评优名单: a term's nominees under one of the committee's rules, for review and export. */
export default function NominationsPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadChoices);
  const [termId, setTermId] = useState('');
  const [ruleId, setRuleId] = useState('');
  if (state.status === 'loading')
    return (
      <View className="honours-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { terms, rules } = state.data;
  const term = termId || terms[0]?.termId || '';
  const rule = ruleId || rules[0]?.ruleId || '';
  return (
    <View className="honours-page nominations">
      {terms.length === 0 || rules.length === 0 ? (
        <View className="honours-page__card">
          <Text className="honours-page__line">
            {terms.length === 0 ? '还没有学期，请先在「学期与时长导出」新增学期。' : '还没有评优规则，请先在「荣誉设置」添加。'}
          </Text>
          <Button
            variant="text"
            className="honours-page__link nominations__setup"
            onClick={() => Taro.navigateTo({ url: terms.length === 0 ? routes.activityTerms : routes.honourSettings })}
          >
            去设置
          </Button>
        </View>
      ) : (
        <>
          <Text className="honours-page__section">学期</Text>
          <ChoiceChips choices={terms.map((each) => ({ value: each.termId, label: each.name }))} value={term} onChange={setTermId} />
          <Text className="honours-page__section">评优项目</Text>
          <ChoiceChips
            choices={rules.map((each) => ({ value: each.ruleId, label: each.title, className: `nominations__rule--${each.ruleId}` }))}
            value={rule}
            onChange={setRuleId}
          />
          <NomineeList key={`${term}:${rule}`} termId={term} ruleId={rule} />
        </>
      )}
    </View>
  );
}
