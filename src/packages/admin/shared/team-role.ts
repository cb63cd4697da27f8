import Taro from '@tarojs/taro';
import type { TeamMembership, TeamRole } from '@core/membership.types';
import { roleLabels } from '@core/roles';
import { confirmDestructive } from '@/feedback/confirm';

export type TeamRoleChoice = TeamRole | 'none';

/** 志愿者 / 队长 / 未加入 for one team. */
export const teamRoleLabel = (teamRoles: TeamMembership[], teamId: string): string => {
  const membership = teamRoles.find((entry) => entry.teamId === teamId);
  return membership ? roleLabels[membership.role] : '未加入';
};

/**
 * Asks which role to give in a team (WeChat's action sheet); removing someone is confirmed
 * first. Resolves null when the admin backs out.
 */
export async function chooseTeamRole(memberName: string, teamName: string): Promise<TeamRoleChoice | null> {
  const choices: { label: string; role: TeamRoleChoice }[] = [
    { label: '设为志愿者', role: 'volunteer' },
    { label: '设为队长', role: 'leader' },
    { label: '移出服务队', role: 'none' },
  ];
  let picked: TeamRoleChoice;
  try {
    const result = await Taro.showActionSheet({ itemList: choices.map((choice) => choice.label) });
    picked = choices[result.tapIndex].role;
  } catch {
    return null;
  }
  if (picked !== 'none') return picked;
  const confirmed = await confirmDestructive({
    title: '移出服务队',
    content: `确定将 ${memberName} 移出${teamName}吗？其志愿者/队长身份将被撤销。`,
    confirmText: '移出',
  });
  return confirmed ? 'none' : null;
}
