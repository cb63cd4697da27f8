import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { PhotoPicker } from '@/components/photo-picker';
import { formatShanghaiMinute } from '@/format/shanghai-time';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useTempUrls } from '@/hooks/use-temp-urls';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { whoami } from '@/services/users';
import './index.scss';

/**
 * The server has no "my files" list, so this device remembers what each identity uploaded here
 * (H5 switches personas on one browser), to show and delete it later.
 */
const storageKey = (openid: string) => `starfire.photo-test.${openid}`;
const readSaved = (openid: string): string[] => {
  const saved: unknown = Taro.getStorageSync(storageKey(openid));
  return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : [];
};

function PhotoTest({ openid }: { openid: string }) {
  const [fileIds, setFileIds] = useState(() => readSaved(openid));
  const { urls } = useTempUrls(fileIds.slice(-1));
  const newest = fileIds.length ? urls[fileIds[fileIds.length - 1]] : undefined;

  function change(next: string[]) {
    setFileIds(next);
    Taro.setStorageSync(storageKey(openid), next);
  }

  return (
    <>
      <View className="photo-test__card">
        <Text className="photo-test__title">上传图片</Text>
        <Text className="photo-test__hint">
          选择 JPG、PNG、GIF 或 WebP 图片（不超过 5 MB），上传后由服务器按内容校验，再以临时链接显示。
        </Text>
        <PhotoPicker purpose="question-photo" value={fileIds} onChange={change} max={3} />
      </View>
      {newest?.ok && (
        <View className="photo-test__card">
          <Text className="photo-test__title">最新上传</Text>
          <Image className="photo-test__preview" src={newest.tempUrl} mode="widthFix" />
          <Text className="photo-test__hint">
            临时链接有效期至 {formatShanghaiMinute(newest.expiresAt).slice(11)}，过期后重新打开本页即可。
          </Text>
        </View>
      )}
    </>
  );
}

/**
 * 图片上传测试: the whole upload path (choose → upload → claim → temporary URL) on a real
 * device or H5, before bookings and Q&A attach photos. Claimed as 提问图片 (members may see them).
 */
export default function PhotoTestPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(whoami);
  return (
    <View className="photo-test">
      {state.status === 'loading' && <Skeleton rows={4} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' && <PhotoTest openid={state.data.openid} />}
    </View>
  );
}
