import { useCallback, useEffect, useState } from 'react';
import { Canvas, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ErrorState } from '@/components/error-state';
import { renderCanvasImage, type RenderedImage } from '@/components/canvas-image/render-canvas-image';
import { saveImage, saveImageLabel } from '@/components/canvas-image/save-image';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { certificateImageParts } from '@/services/certificates';
import { CERTIFICATE_IMAGE_HEIGHT, CERTIFICATE_IMAGE_WIDTH, drawCertificate } from './draw-certificate';
import '../shared/certificates-page.scss';
import './index.scss';

/** The id of the page's Canvas 2D node (weapp only: H5 draws on a canvas element of its own). */
const CANVAS_ID = 'certificate-image-canvas';

type Drawing = { status: 'drawing' } | { status: 'drawn'; image: RenderedImage } | { status: 'failed'; message: string };

/** 证明图片: the certificate drawn as one A4 image from the PDF's layout, to save to the album (WeChat) or download (H5). */
export default function CertificateImagePage() {
  useSignInRequired();
  const certificateNo = decodeURIComponent(useRouter().params.no ?? '');
  const load = useCallback(() => certificateImageParts(certificateNo), [certificateNo]);
  const { state, reload } = useEnvelopeLoader(load);
  const [drawing, setDrawing] = useState<Drawing>({ status: 'drawing' });
  const [saving, setSaving] = useState(false);
  // A retry after a failed drawing draws again from the parts already loaded.
  const [attempt, setAttempt] = useState(0);

  const parts = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    if (!parts) return;
    let current = true;
    setDrawing({ status: 'drawing' });
    const { certificate, qrImage, sealImage } = parts;
    const pictures: Record<string, string> = { 'certificate-qr': qrImage };
    if (sealImage) pictures['certificate-seal'] = sealImage;
    // The Canvas 2D node exists only after this render has reached the page.
    const timer = setTimeout(() => {
      renderCanvasImage({
        canvasId: CANVAS_ID,
        width: CERTIFICATE_IMAGE_WIDTH,
        height: CERTIFICATE_IMAGE_HEIGHT,
        images: pictures,
        draw: (context, images) =>
          drawCertificate(context, certificate, {
            qr: images['certificate-qr'],
            seal: images['certificate-seal'] ?? null,
          }),
      }).then(
        (image) => current && setDrawing({ status: 'drawn', image }),
        (error: unknown) =>
          current && setDrawing({ status: 'failed', message: `图片生成失败：${error instanceof Error ? error.message : '请稍后重试'}` }),
      );
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [parts, attempt]);

  if (state.status === 'loading')
    return (
      <View className="certificates-page">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (drawing.status === 'failed') return <ErrorState message={drawing.message} onRetry={() => setAttempt((count) => count + 1)} />;

  async function save(image: RenderedImage) {
    setSaving(true);
    await saveImage(image.src, { noun: '证明图片', fileName: `志愿服务记录证明-${certificateNo}.png` });
    setSaving(false);
  }

  const lines = state.data.certificate.facts.lines.length;
  return (
    <View className="certificates-page certificate-image">
      {process.env.TARO_ENV === 'weapp' && (
        <Canvas
          type="2d"
          id={CANVAS_ID}
          className="certificate-image__canvas"
          style={{ width: `${CERTIFICATE_IMAGE_WIDTH}px`, height: `${CERTIFICATE_IMAGE_HEIGHT}px` }}
        />
      )}
      {drawing.status === 'drawing' ? (
        <View className="certificate-image__drawing">
          <Text className="certificates-page__line">正在生成证明图片…</Text>
        </View>
      ) : (
        <>
          <Image className="certificate-image__image" src={drawing.image.src} showMenuByLongpress />
          <Button className="certificate-image__save" variant="primary" busy={saving} onClick={() => void save(drawing.image)}>
            {saving ? '保存中…' : saveImageLabel('证明图片')}
          </Button>
          <Text className="certificates-page__line certificate-image__hint">
            图片与 PDF 内容一致{lines > 10 ? '；服务项目较多时图片只列出前几项，完整明细请下载 PDF' : ''}。扫描图中二维码可查验真伪。
          </Text>
        </>
      )}
    </View>
  );
}
