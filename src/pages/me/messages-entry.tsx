import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { routes } from '@/navigation/routes';

export interface MessagesEntryProps {
  /** Unread messages; null while unknown (no badge rather than a wrong one). */
  unread: number | null;
}

/** 消息 with its unread count, the way into the message center. */
export function MessagesEntry({ unread }: MessagesEntryProps) {
  return (
    <CellGroup className="me-page__actions">
      <Cell
        className="me-page__messages"
        title="消息"
        description="审核结果、预约提醒、问答回复和团委通知"
        extra={unread ? <Text className="me-page__unread">{unread > 99 ? '99+' : unread}</Text> : undefined}
        clickable
        onClick={() => Taro.navigateTo({ url: routes.messages })}
      />
    </CellGroup>
  );
}
