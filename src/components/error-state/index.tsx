import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import './index.scss';

export interface ErrorStateProps {
  /** The Chinese message from the failed envelope. */
  message: string;
  /** Called when the user taps 重试. */
  onRetry: () => void;
}

/** A failed load: what went wrong and one way forward. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  return (
    <View className="error-state">
      <Text className="error-state__message">{message}</Text>
      <Button className="error-state__retry" variant="primary" block={false} onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}
