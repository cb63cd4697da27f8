import { useCallback } from 'react';
import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { fileTempUrls } from '@/services/file-urls';
import './post-photos.scss';

export interface PostPhotosProps {
  /** File IDs of the post's photos (private files: shown through 1-hour URLs). */
  fileIds: string[];
}

/** A post's photos as a grid; a tap opens the platform's viewer. Refused files are left out. */
export function PostPhotos({ fileIds }: PostPhotosProps) {
  // tempUrl takes at least one id: a post without photos asks nothing.
  return fileIds.length ? <PhotoGrid fileIds={fileIds} /> : null;
}

function PhotoGrid({ fileIds }: PostPhotosProps) {
  const key = fileIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids' joined text is the dependency
  const load = useCallback(() => fileTempUrls(fileIds), [key]);
  const { state } = useEnvelopeLoader(load);
  if (state.status !== 'ready') return null;
  const urls = state.data.files.flatMap((file) => (file.ok ? [file.tempUrl] : []));
  if (!urls.length) return null;
  return (
    <View className="post-photos">
      {urls.map((url) => (
        <Image
          key={url}
          className="post-photos__photo"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls, current: url })}
        />
      ))}
    </View>
  );
}
