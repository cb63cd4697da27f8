import { Text, View } from '@tarojs/components';
import { Avatar } from '@nutui/nutui-react-taro';
import type { WhoAmI } from '@core/users.contract';
import { RoleTags } from '@/components/role-tags';

export interface ProfileCardProps {
  /** The signed-in caller. */
  me: WhoAmI;
}

/** Name, avatar initial and role badges of the signed-in caller. */
export function ProfileCard({ me }: ProfileCardProps) {
  return (
    <View className="profile-card">
      <Avatar className="profile-card__avatar" size="large" background="var(--sf-color-brand)" color="#fff">
        {me.name.slice(0, 1) || '星'}
      </Avatar>
      <View className="profile-card__body">
        <Text className="profile-card__name">{me.name || '未命名用户'}</Text>
        <RoleTags roles={me.roles} />
      </View>
    </View>
  );
}
