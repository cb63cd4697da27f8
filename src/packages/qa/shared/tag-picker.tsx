import { View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { toastMessage } from '@/feedback/toast';
import { TAGS_MAX } from './post-rules';
import './tag-picker.scss';

export interface TagPickerProps {
  /** The catalogue to choose from. */
  tags: readonly string[];
  value: string[];
  onChange: (tags: string[]) => void;
}

/** Up to three tags as chips (plain views: NutUI's checkbox icons do not render on weapp). */
export function TagPicker({ tags, value, onChange }: TagPickerProps) {
  function toggle(tag: string) {
    if (value.includes(tag)) return onChange(value.filter((chosen) => chosen !== tag));
    if (value.length >= TAGS_MAX) return toastMessage(`最多选择 ${TAGS_MAX} 个标签`);
    onChange([...value, tag]);
  }
  return (
    <View className="tag-picker">
      {tags.map((tag) => (
        <Chip key={tag} className="tag-picker__tag" selected={value.includes(tag)} onClick={() => toggle(tag)}>
          {tag}
        </Chip>
      ))}
    </View>
  );
}
