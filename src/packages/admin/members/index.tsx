import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { listMembers } from '@/services/member-directory';
import emptyImage from '@/assets/empty/feed.svg';
import { AdminGate } from '../shared/admin-gate';
import { MemberRow } from '../shared/member-row';
import { MemberSearch } from '../shared/member-search';
import { useOrgNames } from '../shared/use-org-names';
import '../shared/admin-page.scss';

type DirectoryStatus = 'approved' | 'graduated' | 'left';
const statuses: { status: DirectoryStatus; label: string }[] = [
  { status: 'approved', label: '在册' },
  { status: 'graduated', label: '已毕业' },
  { status: 'left', label: '已离开' },
];

/** 成员名录: members by status, searched by name or number, paged by cursor. */
function Directory() {
  const [status, setStatus] = useState<DirectoryStatus>('approved');
  const [query, setQuery] = useState('');
  const loadPage = useCallback(
    (cursor?: string) => listMembers({ status, limit: 20, cursor, ...(query ? { query } : {}) }),
    [status, query],
  );
  const { state, refresh, loadMore } = useCursorList(loadPage);
  const names = useOrgNames();
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  // Back from a member's page, where a status may have changed.
  useReloadOnReturn(refresh);

  return (
    <>
      <MemberSearch onSearch={setQuery} />
      <View className="admin-page__segments">
        {statuses.map((entry) => (
          <Text
            key={entry.status}
            className={`admin-page__segment ${entry.status === status ? 'admin-page__segment--active' : ''}`}
            onClick={() => setStatus(entry.status)}
          >
            {entry.label}
          </Text>
        ))}
      </View>
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState
          image={emptyImage}
          title={query ? '没有找到成员' : '还没有成员'}
          hint={query ? '试试姓名的前几个字，或学号/工号的开头几位' : '审核通过的成员会出现在这里'}
        />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          <CellGroup>
            {state.items.map((member) => (
              <MemberRow
                key={member.openid}
                member={member}
                unitName={names.unitName}
                onClick={() => Taro.navigateTo({ url: `${routes.adminMember}?openid=${encodeURIComponent(member.openid)}` })}
              />
            ))}
          </CellGroup>
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </>
  );
}

export default function MembersPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <Directory />
      </AdminGate>
    </View>
  );
}
