import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { toastSuccess } from '@/feedback/toast';
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
        onAsked={(questionId) => {
          toastSuccess('已发布');
          void Taro.redirectTo({ url: `${routes.qaQuestion}?id=${questionId}` });
        }}
      />
    </View>
  );
}
