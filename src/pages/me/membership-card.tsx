import { Text, View } from '@tarojs/components';
import { Pill } from '@/components/pill';
import { Button } from '@/components/button';
import { membershipStatusLabels, type MembershipStatus } from '@core/membership.types';
import type { MyMembership } from '@core/users.contract';

export interface MembershipCardProps {
  /** The caller's status and latest application. */
  membership: MyMembership;
  /** Opens the binding form (shown while the caller is not a member). */
  onApply: () => void;
  /** Unbinds or withdraws; the caller asks for confirmation first. */
  onUnbind: () => void;
  /** True while an unbind is in flight (no spinner: NutUI's icons do not render on weapp). @default false */
  busy?: boolean;
}

const hints: Record<MembershipStatus, string> = {
  none: '绑定学号/工号并通过团委审核后，即可报名活动、记录志愿时长。',
  pending: '申请已提交，团委审核通过后即可获得成员身份。',
  approved: '你已是在册成员。',
  rejected: '申请未通过，可修改信息后重新申请。',
  unbound: '你已解除绑定，可以重新申请。',
  graduated: '你已毕业，志愿时长等记录仍然保留。',
  left: '你已离开，志愿时长等记录仍然保留。',
};

const canApply = (status: MembershipStatus) => status === 'none' || status === 'rejected' || status === 'unbound';

/** Where the caller's membership stands, the rejection reason, and the one next step. */
export function MembershipCard({ membership, onApply, onUnbind, busy = false }: MembershipCardProps) {
  const { status, application, reason } = membership;
  const showsNumber = application && !canApply(status);
  return (
    <View className="membership-card">
      <View className="membership-card__header">
        <Text className="membership-card__title">成员认证</Text>
        <Pill className="membership-card__status">{membershipStatusLabels[status]}</Pill>
      </View>
      {showsNumber && (
        <Text className="membership-card__detail">
          {application.kind === 'student' ? '学号' : '工号'}：{application.memberNo}
        </Text>
      )}
      {status === 'rejected' && reason && <Text className="membership-card__reason">驳回理由：{reason}</Text>}
      <Text className="membership-card__hint">{hints[status]}</Text>
      <View className="membership-card__actions">
        {canApply(status) && (
          <Button className="membership-card__apply" variant="primary" onClick={onApply}>
            {status === 'rejected' ? '重新申请' : '绑定学号/工号'}
          </Button>
        )}
        {!canApply(status) && (
          <Button className="membership-card__unbind" variant="danger" block disabled={busy} onClick={onUnbind}>
            {busy ? '处理中…' : status === 'pending' ? '撤回申请' : '解除绑定'}
          </Button>
        )}
      </View>
    </View>
  );
}
