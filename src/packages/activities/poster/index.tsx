import { useCallback, useEffect, useState } from 'react';
import { Canvas, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH } from './draw-poster';
import { loadPoster } from './load-poster';
import { renderCanvasImage, type RenderedImage } from '@/components/canvas-image/render-canvas-image';
import { saveImage, saveImageLabel } from '@/components/canvas-image/save-image';
import '../shared/activities-page.scss';
import './index.scss';

/** The id of the page's Canvas 2D node (weapp only: H5 draws on a canvas element of its own). */
const POSTER_CANVAS_ID = 'activity-poster-canvas';

type Drawing = { status: 'drawing' } | { status: 'drawn'; poster: RenderedImage } | { status: 'failed'; message: string };

/** 活动海报: the activity drawn as an image with its code, to save to the album (WeChat) or download (H5). */
export default function ActivityPosterPage() {
  useSignInRequired();
  const activityId = decodeURIComponent(useRouter().params.activityId ?? '');
  const load = useCallback(() => loadPoster(activityId), [activityId]);
  const { state, reload } = useEnvelopeLoader(load);
  const [drawing, setDrawing] = useState<Drawing>({ status: 'drawing' });
  const [saving, setSaving] = useState(false);
  // A retry after a failed drawing draws again from the data already loaded.
  const [attempt, setAttempt] = useState(0);

  const data = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    if (!data) return;
    let current = true;
    setDrawing({ status: 'drawing' });
    // The Canvas 2D node exists only after this render has reached the page.
    const timer = setTimeout(() => {
      renderCanvasImage({
        canvasId: POSTER_CANVAS_ID,
        width: POSTER_WIDTH,
        height: POSTER_HEIGHT,
        images: { 'activity-poster-code': data.code.codeImage },
        draw: (context, images) => drawPoster(context, data.activity, images['activity-poster-code']),
      }).then(
        (poster) => current && setDrawing({ status: 'drawn', poster }),
        (error: unknown) =>
          current && setDrawing({ status: 'failed', message: `海报生成失败：${error instanceof Error ? error.message : '请稍后重试'}` }),
      );
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [data, attempt]);

  if (state.status === 'loading')
    return (
      <View className="activities-page">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (drawing.status === 'failed') return <ErrorState message={drawing.message} onRetry={() => setAttempt((count) => count + 1)} />;

  async function save(poster: RenderedImage) {
    setSaving(true);
    await saveImage(poster.src, { noun: '海报', fileName: `「${state.status === 'ready' ? state.data.activity.title : '活动'}」海报.png` });
    setSaving(false);
  }

  return (
    <View className="activities-page activity-poster">
      {process.env.TARO_ENV === 'weapp' && (
        <Canvas
          type="2d"
          id={POSTER_CANVAS_ID}
          className="activity-poster__canvas"
          style={{ width: `${POSTER_WIDTH}px`, height: `${POSTER_HEIGHT}px` }}
        />
      )}
      {drawing.status === 'drawing' ? (
        <View className="activity-poster__drawing">
          <Text className="activities-page__line">正在生成海报…</Text>
        </View>
      ) : (
        <>
          <Image className="activity-poster__image" src={drawing.poster.src} showMenuByLongpress />
          <Button className="activity-poster__save" variant="primary" disabled={saving} onClick={() => void save(drawing.poster)}>
            {saving ? '保存中…' : saveImageLabel('海报')}
          </Button>
          <Text className="activities-page__line activity-poster__hint">
            {process.env.TARO_ENV === 'weapp' ? '也可长按海报转发给好友。' : '下载后可转发或打印，扫码即可查看活动并报名。'}
          </Text>
        </>
      )}
    </View>
  );
}
