import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ADMIN_AUDIT_KINDS, type AdminAuditKind } from '@core/admin-audit';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { listAuditTrail } from '@/services/admin-audit';
import emptyImage from '@/assets/empty/feed.svg';
import { AdminGate } from '../shared/admin-gate';
import { changeLines } from './audit-lines';
import '../shared/admin-page.scss';
import { momentText } from '@core/date-words';

/** The filters admins reach for most; the rest are under 全部. */
const filters: { kind: AdminAuditKind | null; label: string }[] = [
  { kind: null, label: '全部' },
  { kind: 'role.grant', label: '授予角色' },
  { kind: 'membership.review', label: '成员审核' },
  { kind: 'qa.moderate', label: '问答审核' },
  { kind: 'orgUnit.save', label: '组织' },
];

/** 操作记录: every admin change with who, when, before and after, newest first. */
function Trail() {
  const [kind, setKind] = useState<AdminAuditKind | null>(null);
  const loadPage = useCallback((cursor?: string) => listAuditTrail({ limit: 20, cursor, ...(kind ? { kind } : {}) }), [kind]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  useReloadOnReturn(refresh);

  return (
    <>
      <View className="admin-page__segments">
        {filters.map((filter) => (
          <Text
            key={filter.label}
            className={`admin-page__segment ${filter.kind === kind ? 'admin-page__segment--active' : ''}`}
            onClick={() => setKind(filter.kind)}
          >
            {filter.label}
          </Text>
        ))}
      </View>
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="还没有操作记录" hint="授予角色、审核成员、服务队与组织的修改、问答审核都会记在这里" />
      )}
      {state.status === 'ready' &&
        state.items.map((entry) => (
          <View key={entry.auditId} className="admin-page__card audit-entry">
            <View className="admin-page__card-title">
              {entry.target.label === ADMIN_AUDIT_KINDS[entry.kind]
                ? entry.target.label
                : `${ADMIN_AUDIT_KINDS[entry.kind]} · ${entry.target.label}`}
            </View>
            {changeLines(entry).map((line) => (
              <View key={line} className="admin-page__card-line">
                {line}
              </View>
            ))}
            {entry.reason && <View className="admin-page__card-line">原因：{entry.reason}</View>}
            <View className="admin-page__card-line">
              {entry.actorName || '管理员'} · {momentText(entry.at)}
            </View>
          </View>
        ))}
      {state.status === 'ready' && state.items.length > 0 && (
        <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
      )}
    </>
  );
}

export default function AuditPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <Trail />
      </AdminGate>
    </View>
  );
}
