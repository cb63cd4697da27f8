import { Text, View } from '@tarojs/components';
import type { TeamJoinRequest, TeamJoinStatus } from '@core/team-join.contract';
import { momentText } from '@core/date-words';

const STATUS_LABELS: Record<TeamJoinStatus, string> = { pending: '待审核', approved: '已通过', declined: '未通过' };

/** One request: the team, where it stands, when it was sent and decided, and why it was declined. */
export function TeamRequestRow({ request }: { request: TeamJoinRequest }) {
  return (
    <View className={`team-request team-request--${request.status}`}>
      <View className="team-request__header">
        <Text className="team-request__team">{request.teamName}</Text>
        <Text className={`team-request__status team-request__status--${request.status}`}>{STATUS_LABELS[request.status]}</Text>
      </View>
      <Text className="team-request__line">申请于 {momentText(request.createdAt)}</Text>
      {request.decidedAt && <Text className="team-request__line">审核于 {momentText(request.decidedAt)}</Text>}
      {request.status === 'declined' && request.reason && <Text className="team-request__reason">原因：{request.reason}</Text>}
      {request.status === 'approved' && <Text className="team-request__line">你已成为该队志愿者，可在「我的 › 工单」领取服务</Text>}
    </View>
  );
}
