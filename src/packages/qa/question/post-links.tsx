import { Text, View } from '@tarojs/components';

export interface PostLinksProps {
  /** The caller wrote the post. */
  mine: boolean;
  /** The edit window is still open (the server answers `editableUntil`). */
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onReport: () => void;
  /** Admins only: hide the post with a reason. Absent for everyone else. */
  onHide?: () => void;
}

/** 编辑 / 删除 for the author, 举报 for everyone else, 隐藏 for admins. */
export function PostLinks({ mine, editable, onEdit, onDelete, onReport, onHide }: PostLinksProps) {
  return (
    <View className="post__links">
      {mine && editable && (
        <Text className="post__link post__edit" onClick={onEdit}>
          编辑
        </Text>
      )}
      {mine && (
        <Text className="post__link post__delete" onClick={onDelete}>
          删除
        </Text>
      )}
      {onHide && (
        <Text className="post__link post__hide" onClick={onHide}>
          隐藏
        </Text>
      )}
      {!mine && (
        <Text className="post__link post__report" onClick={onReport}>
          举报
        </Text>
      )}
    </View>
  );
}
