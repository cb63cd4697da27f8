import { Cell } from '@nutui/nutui-react-taro';
import type { MemberProfile } from '@core/membership.types';

export interface MemberRowProps {
  member: MemberProfile;
  /** Names the member's unit. */
  unitName: (orgUnitId: string | null) => string;
  /** Text on the right, e.g. the member's role in a team. @default '›' */
  extra?: string;
  onClick: () => void;
}

/** One member in a list: name, number and unit. */
export function MemberRow({ member, unitName, extra = '›', onClick }: MemberRowProps) {
  return (
    <Cell
      className="member-row"
      title={member.name}
      description={`${member.memberNo ?? ''} · ${unitName(member.orgUnitId)}`}
      extra={extra}
      clickable
      onClick={onClick}
    />
  );
}
