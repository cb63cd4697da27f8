import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { MembershipApplication } from '@core/membership.types';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { listApplications, reviewMembership } from '@/services/membership';
import emptyImage from '@/assets/empty/feed.svg';
import { AdminGate } from '../shared/admin-gate';
import { ReasonDialog } from '../shared/reason-dialog';
import { useOrgNames } from '../shared/use-org-names';
import { ApplicationCard } from './application-card';
import '../shared/admin-page.scss';

const PAGE_SIZE = 20;

/** 成员审核: pending applications oldest first; approve, or reject with a reason. */
function ReviewQueue() {
  const loadPage = useCallback((cursor?: string) => listApplications({ status: 'pending', limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore, updateItems } = useCursorList(loadPage);
  const names = useOrgNames();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<MembershipApplication | null>(null);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());

  async function review(application: MembershipApplication, approve: boolean, reason?: string) {
    setBusyId(application.applicationId);
    const reply = await reviewMembership({ applicationId: application.applicationId, approve, ...(reason ? { reason } : {}) });
    setBusyId(null);
    setRejecting(null);
    // APPLICATION_CLOSED means someone else decided first: either way it leaves the queue.
    if (reply.ok || reply.code === 'APPLICATION_CLOSED') {
      updateItems((items) => items.filter((item) => item.applicationId !== application.applicationId));
    }
    if (reply.ok) toastSuccess(approve ? '已通过' : '已驳回');
    else toastMessage(reply.message);
  }

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={refresh} />;
  if (!state.items.length)
    return <EmptyState image={emptyImage} title="没有待审核的申请" hint="同学或老师提交学号/工号绑定申请后，会出现在这里，下拉可刷新" />;
  return (
    <>
      {state.items.map((application) => (
        <ApplicationCard
          key={application.applicationId}
          application={application}
          unitName={names.unitName}
          teamName={names.teamName}
          busy={busyId === application.applicationId}
          onApprove={() => review(application, true)}
          onReject={() => setRejecting(application)}
        />
      ))}
      <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
      {rejecting && (
        <ReasonDialog
          applicantName={rejecting.name}
          sending={busyId === rejecting.applicationId}
          onConfirm={(reason) => review(rejecting, false, reason)}
          onCancel={() => setRejecting(null)}
        />
      )}
    </>
  );
}

export default function ApplicationsPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <ReviewQueue />
      </AdminGate>
    </View>
  );
}
