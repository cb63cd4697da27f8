import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { MembershipApplication } from '@core/membership.types';
import { momentText } from '@core/date-words';

export interface ApplicationCardProps {
  application: MembershipApplication;
  /** Names the unit and team ids. */
  unitName: (orgUnitId: string) => string;
  teamName: (teamId: string | null) => string;
  /** True while this application is being reviewed. @default false */
  busy?: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** One pending application with what the reviewer needs to decide. */
export function ApplicationCard({ application, unitName, teamName, busy = false, onApprove, onReject }: ApplicationCardProps) {
  const isStudent = application.kind === 'student';
  return (
    <View className={`admin-page__card application-card application-card--${application.applicationId}`}>
      <Text className="admin-page__card-title">
        {application.name} · {isStudent ? '学生' : '教师'}
      </Text>
      <Text className="admin-page__card-line">
        {isStudent ? '学号' : '工号'}：{application.memberNo}
      </Text>
      <Text className="admin-page__card-line">组织：{unitName(application.orgUnitId)}</Text>
      <Text className="admin-page__card-line">服务队：{teamName(application.teamId)}</Text>
      {application.phone && <Text className="admin-page__card-line">手机号：{application.phone}</Text>}
      {application.rosterNote && <Text className="admin-page__card-line application-card__roster-note">{application.rosterNote}</Text>}
      <Text className="admin-page__card-line">提交于 {momentText(application.createdAt)}</Text>
      <View className="admin-page__card-actions">
        <Button className="application-card__reject" variant="danger" disabled={busy} onClick={onReject}>
          驳回
        </Button>
        <Button className="application-card__approve" variant="primary" block={false} disabled={busy} onClick={onApprove}>
          {busy ? '处理中…' : '通过'}
        </Button>
      </View>
    </View>
  );
}
