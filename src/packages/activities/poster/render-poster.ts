import Taro from '@tarojs/taro';
import type { Activity } from '@core/activity.types';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContext } from './draw-poster';

/** The id of the page's Canvas 2D node (weapp only: H5 draws on a canvas element of its own). */
export const POSTER_CANVAS_ID = 'activity-poster-canvas';

/** A drawn poster: what an <Image> shows, and what saving or downloading it starts from. */
export interface RenderedPoster {
  /** weapp: a temp file path; H5: a `data:image/png` URL. */
  src: string;
}

/** Resolves when the image has loaded (weapp's Canvas 2D image and the DOM's share onload / onerror). */
const loaded = (image: Pick<HTMLImageElement, 'onload' | 'onerror'>) =>
  new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('二维码图片无法加载'));
  });

/** weapp: the page's Canvas 2D node, its pixels set to the poster's size. */
async function canvasNode(): Promise<Taro.Canvas> {
  const [field] = await new Promise<Array<{ node?: Taro.Canvas } | null>>((resolve) =>
    Taro.createSelectorQuery().select(`#${POSTER_CANVAS_ID}`).fields({ node: true, size: true }).exec(resolve),
  );
  if (!field?.node) throw new Error('画布尚未就绪');
  field.node.width = POSTER_WIDTH;
  field.node.height = POSTER_HEIGHT;
  return field.node;
}

/** weapp: the code as a local file (a Canvas 2D image does not load every data URL on every device). */
function codeFile(codeImage: string): string {
  const filePath = `${Taro.env.USER_DATA_PATH}/activity-poster-code.png`;
  const data = codeImage.replace(/^data:image\/\w+;base64,/, '');
  Taro.getFileSystemManager().writeFileSync(filePath, data, 'base64');
  return filePath;
}

async function renderInWeapp(activity: Activity, codeImage: string): Promise<RenderedPoster> {
  const canvas = await canvasNode();
  const image = canvas.createImage();
  const ready = loaded(image as never);
  image.src = codeFile(codeImage);
  await ready;
  drawPoster(canvas.getContext('2d') as PosterContext, activity, image as unknown as CanvasImageSource);
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'png',
    destWidth: POSTER_WIDTH,
    destHeight: POSTER_HEIGHT,
  });
  return { src: tempFilePath };
}

async function renderInBrowser(activity: Activity, codeImage: string): Promise<RenderedPoster> {
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器不支持画布');
  const image = new Image();
  const ready = loaded(image);
  image.src = codeImage;
  await ready;
  drawPoster(context, activity, image);
  return { src: canvas.toDataURL('image/png') };
}

/** Draws the poster where the platform allows: Canvas 2D in WeChat, a canvas element on H5. */
export const renderPoster = (activity: Activity, codeImage: string): Promise<RenderedPoster> =>
  process.env.TARO_ENV === 'weapp' ? renderInWeapp(activity, codeImage) : renderInBrowser(activity, codeImage);
