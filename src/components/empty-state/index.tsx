import { Image, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import './index.scss';

export interface EmptyStateProps {
  /** Illustration (an imported asset) shown above the text. */
  image: string;
  /** One line saying what is missing. */
  title: string;
  /** What will appear here and how it gets here. */
  hint: string;
  /** The way out the hint names (提问, 去报名…), as a primary button below it. */
  action?: { label: string; onClick: () => void };
}

/** The screen a list shows before it has anything in it. */
export function EmptyState({ image, title, hint, action }: EmptyStateProps) {
  return (
    <View className="empty-state">
      {/* Square art in a square box: the default scaleToFill is exact (aspectFit crops on H5). */}
      <Image className="empty-state__image" src={image} />
      <Text className="empty-state__title">{title}</Text>
      <Text className="empty-state__hint">{hint}</Text>
      {action && (
        <Button className="empty-state__action" variant="primary" block={false} onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </View>
  );
}
