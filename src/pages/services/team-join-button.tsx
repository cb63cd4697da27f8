import { Text } from '@tarojs/components';
import { Button } from '@/components/button';
import type { TeamStanding } from './load-team-standing';

export interface TeamJoinButtonProps {
  standing: TeamStanding;
  /** True while this team's request is being sent. */
  sending: boolean;
  onApply: () => void;
}

/** 申请加入 while the member is outside the team; what they already are once they asked or joined. */
export function TeamJoinButton({ standing, sending, onApply }: TeamJoinButtonProps) {
  if (standing === 'member') return <Text className="services-page__standing services-page__standing--member">已是队员</Text>;
  if (standing === 'pending') return <Text className="services-page__standing">已申请·待审核</Text>;
  return (
    <Button className="services-page__join" busy={sending} disabled={sending} onClick={onApply}>
      申请加入
    </Button>
  );
}
