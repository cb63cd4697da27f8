import { useCallback, useEffect, useRef } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage } from '@/feedback/toast';
import { useTempUrls } from '@/hooks/use-temp-urls';
import { removeFile, type FilePurpose } from '@/services/files';
import { choosePhotos } from './choose-photos';
import { usePhotoUploads } from './use-photo-uploads';
import './index.scss';

export interface PhotoPickerProps {
  /** What the photos are for: decides the server's checks and who may see them (`files.claim`). */
  purpose: FilePurpose;
  /** Claimed fileIDs, in display order (controlled). */
  value: string[];
  /** Called with the whole new list after a photo is claimed or removed. */
  onChange: (fileIds: string[]) => void;
  /** Most photos allowed. @default 9 */
  max?: number;
  /** Delete the stored file on remove; pass false once the photos belong to a saved post. @default true */
  deleteOnRemove?: boolean;
  /** No adding or removing, e.g. while the form is being sent. @default false */
  disabled?: boolean;
  /** Told when uploads start and when the last one has finished, so a form can wait before sending. */
  onUploadingChange?: (uploading: boolean) => void;
}

/** Choose, upload, claim, show and remove up to `max` private images; errors appear under the grid in Chinese. */
export function PhotoPicker({
  purpose,
  value,
  onChange,
  max = 9,
  deleteOnRemove = true,
  disabled = false,
  onUploadingChange,
}: PhotoPickerProps) {
  // Uploads finish one after another, faster than the parent re-renders: append to the latest list.
  const latest = useRef(value);
  latest.current = value;
  const commit = useCallback(
    (next: string[]) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const onClaimed = useCallback((fileId: string) => commit([...latest.current, fileId]), [commit]);
  const { pending, error, add } = usePhotoUploads(purpose, onClaimed);
  const { urls, message: urlError, retry } = useTempUrls(value);

  const uploading = pending.length > 0;
  useEffect(() => onUploadingChange?.(uploading), [uploading, onUploadingChange]);

  const room = max - value.length - pending.length;

  async function choose() {
    if (disabled || room <= 0) return;
    const photos = await choosePhotos(room);
    if (photos.length) void add(photos.slice(0, room));
  }

  async function remove(fileId: string) {
    if (disabled) return;
    const confirmed = await confirmDestructive({ title: '删除图片', content: '删除后无法恢复，确定删除这张图片吗？', confirmText: '删除' });
    if (!confirmed) return;
    if (deleteOnRemove) {
      const reply = await removeFile(fileId);
      // Already gone is what the user wanted.
      if (!reply.ok && reply.code !== 'NOT_FOUND') return void toastMessage(reply.message);
    }
    commit(latest.current.filter((id) => id !== fileId));
  }

  function preview(fileId: string) {
    const shown = value.map((id) => urls[id]).flatMap((answer) => (answer?.ok ? [answer.tempUrl] : []));
    const current = urls[fileId];
    if (current?.ok) void Taro.previewImage({ urls: shown, current: current.tempUrl });
  }

  return (
    <View className="photo-picker">
      <View className="photo-picker__grid">
        {value.map((fileId) => {
          const answer = urls[fileId];
          return (
            <View key={fileId} className="photo-picker__tile photo-picker__photo">
              {answer?.ok && (
                <Image className="photo-picker__image" src={answer.tempUrl} mode="aspectFill" onClick={() => preview(fileId)} />
              )}
              {answer && !answer.ok && <Text className="photo-picker__refused">{answer.message}</Text>}
              {!answer && <View className="photo-picker__spinner" />}
              {!disabled && (
                <Text className="photo-picker__remove" onClick={() => remove(fileId)}>
                  ×
                </Text>
              )}
            </View>
          );
        })}
        {pending.map((photo) => (
          <View key={photo.key} className="photo-picker__tile photo-picker__pending">
            <Image className="photo-picker__image photo-picker__image--dim" src={photo.filePath} mode="aspectFill" />
            <View className="photo-picker__progress">
              <View className="photo-picker__spinner" />
              <Text className="photo-picker__percent">{photo.progress >= 99 ? '校验中' : `${photo.progress}%`}</Text>
            </View>
          </View>
        ))}
        {room > 0 && !disabled && (
          <View className="photo-picker__tile photo-picker__add" onClick={choose}>
            <Text className="photo-picker__plus">+</Text>
            <Text className="photo-picker__count">
              {value.length + pending.length}/{max}
            </Text>
          </View>
        )}
      </View>
      {error && <Text className="photo-picker__error">{error}</Text>}
      {urlError && (
        <Text className="photo-picker__error" onClick={retry}>
          {urlError}，点此重试
        </Text>
      )}
    </View>
  );
}
