import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { Term } from '@core/activity.types';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { exportTermHours, listTerms } from '@/services/records';
import { ExportAction } from '@/components/export-action';
import { useOrganiser } from '../shared/use-organiser';
import { TermForm } from './term-form';
import '../shared/activity-admin.scss';

const loadTerms = () => listTerms();

/** 'new' adds a term; a Term edits that one. */
type Editing = 'new' | Term | null;

function TermsList() {
  const { state, reload } = useEnvelopeLoader(loadTerms);
  const [editing, setEditing] = useState<Editing>(null);
  usePullDownRefreshAction(reload);

  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const saved = () => {
    setEditing(null);
    void reload();
  };
  return (
    <View className="activity-admin terms-page">
      {editing ? (
        <TermForm term={editing === 'new' ? undefined : editing} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <Button className="terms-page__add" variant="primary" onClick={() => setEditing('new')}>
          新增学期
        </Button>
      )}
      <Text className="activity-admin__section">学期（志愿时长按学期汇总与导出）</Text>
      {state.data.terms.length === 0 && <Text className="activity-admin__hint terms-page__empty">还没有学期，请先新增</Text>}
      {state.data.terms.map((term) => (
        <View key={term.termId} className={`activity-admin__card term-row term-row--${term.termId}`}>
          <View className="activity-admin__card-header">
            <Text className="activity-admin__card-title term-row__name">{term.name}</Text>
            <Button variant="text" className="activity-admin__link term-row__edit" onClick={() => setEditing(term)}>
              修改
            </Button>
          </View>
          <Text className="activity-admin__line">
            {term.startDay} 至 {term.endDay}
          </Text>
          <ExportAction className="export-action--term" label="导出学期时长" run={() => exportTermHours(term.termId)} />
        </View>
      ))}
    </View>
  );
}

/** 学期与时长导出 (admins): define the terms hours are grouped by, and export each term's hours per member. */
export default function TermsPage() {
  useSignInRequired();
  const { state, reload, isAdmin } = useOrganiser();
  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!isAdmin) {
    return (
      <View className="activity-admin">
        <Text className="activity-admin__line activity-admin__denied">学期与时长导出仅对团委管理员开放。</Text>
      </View>
    );
  }
  return <TermsList />;
}
