import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { toastSuccessAfter } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { AskForm } from './ask-form';
import './index.scss';

/** 提问: a new question; once stored, the asker lands on it (back returns to the feed). */
export default function AskPage() {
  useSignInRequired();
  return (
    <View className="ask-page">
      <AskForm
        onAsked={(questionId) => void toastSuccessAfter('已发布', () => Taro.redirectTo({ url: `${routes.qaQuestion}?id=${questionId}` }))}
      />
    </View>
  );
}
