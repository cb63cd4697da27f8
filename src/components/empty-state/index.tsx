import { Image, Text, View } from '@tarojs/components';
import './index.scss';

export interface EmptyStateProps {
  /** Illustration (an imported asset) shown above the text. */
  image: string;
  /** One line saying what is missing. */
  title: string;
  /** What will appear here and how it gets here. */
  hint: string;
}

/** The screen a list shows before it has anything in it. */
export function EmptyState({ image, title, hint }: EmptyStateProps) {
  return (
    <View className="empty-state">
      {/* Square art in a square box: the default scaleToFill is exact (aspectFit crops on H5). */}
      <Image className="empty-state__image" src={image} />
      <Text className="empty-state__title">{title}</Text>
      <Text className="empty-state__hint">{hint}</Text>
    </View>
  );
}
