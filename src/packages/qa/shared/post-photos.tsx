import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useTempUrls } from '@/hooks/use-temp-urls';
import './post-photos.scss';

export interface PostPhotosProps {
  /** File IDs of the post's photos (private files: shown through 1-hour URLs). */
  fileIds: string[];
}

/**
 * A post's photos as a grid; a tap opens the platform's viewer. URLs come from the shared cache
 * (`services/files`), so reloading the question after an answer asks the server for none again.
 * Files the viewer may not see are left out; a failed lookup offers a retry.
 */
export function PostPhotos({ fileIds }: PostPhotosProps) {
  const { urls, message, retry } = useTempUrls(fileIds);
  if (!fileIds.length) return null;
  if (message) {
    return (
      <Text className="post-photos__error" onClick={retry}>
        图片加载失败：{message}，点此重试
      </Text>
    );
  }
  const shown = fileIds.flatMap((fileId) => {
    const answer = urls[fileId];
    return answer?.ok ? [answer.tempUrl] : [];
  });
  if (!shown.length) return null;
  return (
    <View className="post-photos">
      {shown.map((url) => (
        <Image
          key={url}
          className="post-photos__photo"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls: shown, current: url })}
        />
      ))}
    </View>
  );
}
