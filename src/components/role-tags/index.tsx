import { View } from '@tarojs/components';
import { Pill } from '@/components/pill';
// core/roles.ts is plain data (no zod), so the badge text is the one the server's messages use.
import { roleLabels, type Role } from '@core/roles';
import './index.scss';

export interface RoleTagsProps {
  /** The caller's roles, in the order the server gives them. */
  roles: Role[];
}

/** One badge per role, in Chinese; a caller with no role shows 访客. */
export function RoleTags({ roles }: RoleTagsProps) {
  const shown: Role[] = roles.length ? roles : ['guest'];
  return (
    <View className="role-tags">
      {shown.map((role) => (
        <Pill key={role} className="role-tags__tag">
          {roleLabels[role] ?? role}
        </Pill>
      ))}
    </View>
  );
}
