import Taro from '@tarojs/taro';

/** What drawing needs of a canvas: the 2D context both weapp's Canvas 2D node and an H5 canvas give. */
export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textBaseline'
  | 'textAlign'
  | 'fillRect'
  | 'fillText'
  | 'measureText'
  | 'drawImage'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'strokeRect'
  | 'setLineDash'
>;

/** A drawn image: what an <Image> shows, and what saving or downloading it starts from. */
export interface RenderedImage {
  /** weapp: a temp file path; H5: a `data:image/png` URL. */
  src: string;
}

export interface CanvasDrawing<Name extends string> {
  /** The id of the page's Canvas 2D node (weapp only: H5 draws on a canvas element of its own). */
  canvasId: string;
  width: number;
  height: number;
  /** The pictures to draw (`data:image/…;base64,…`) by name; in weapp each goes to `USER_DATA_PATH/<name>.png|jpg` first. */
  images: Record<Name, string>;
  draw: (context: DrawingContext, images: Record<Name, CanvasImageSource>) => void;
}

/** Resolves when the image has loaded (weapp's Canvas 2D image and the DOM's share onload / onerror). */
const loaded = (image: Pick<HTMLImageElement, 'onload' | 'onerror'>) =>
  new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('图片无法加载'));
  });

/** weapp: the page's Canvas 2D node, its pixels set to the drawing's size. */
async function canvasNode(canvasId: string, width: number, height: number): Promise<Taro.Canvas> {
  const [field] = await new Promise<Array<{ node?: Taro.Canvas } | null>>((resolve) =>
    Taro.createSelectorQuery().select(`#${canvasId}`).fields({ node: true, size: true }).exec(resolve),
  );
  if (!field?.node) throw new Error('画布尚未就绪');
  field.node.width = width;
  field.node.height = height;
  return field.node;
}

/** weapp: a data URL as a local file (a Canvas 2D image does not load every data URL on every device). */
function localFile(name: string, dataUrl: string): string {
  const filePath = `${Taro.env.USER_DATA_PATH}/${name}.${/^data:image\/jpe?g/.test(dataUrl) ? 'jpg' : 'png'}`;
  Taro.getFileSystemManager().writeFileSync(filePath, dataUrl.replace(/^data:image\/\w+;base64,/, ''), 'base64');
  return filePath;
}

/** Loads every named picture with `make` (a Canvas 2D image or a DOM image) and `source` (its src). */
async function loadAll<Name extends string>(
  images: Record<Name, string>,
  make: () => Pick<HTMLImageElement, 'onload' | 'onerror' | 'src'>,
  source: (name: Name, dataUrl: string) => string,
): Promise<Record<Name, CanvasImageSource>> {
  const entries = await Promise.all(
    (Object.entries(images) as [Name, string][]).map(async ([name, dataUrl]) => {
      const image = make();
      const ready = loaded(image);
      image.src = source(name, dataUrl);
      await ready;
      return [name, image as unknown as CanvasImageSource] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Name, CanvasImageSource>;
}

async function renderInWeapp<Name extends string>(drawing: CanvasDrawing<Name>): Promise<RenderedImage> {
  const canvas = await canvasNode(drawing.canvasId, drawing.width, drawing.height);
  const images = await loadAll(drawing.images, () => canvas.createImage() as never, localFile);
  drawing.draw(canvas.getContext('2d') as DrawingContext, images);
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'png',
    destWidth: drawing.width,
    destHeight: drawing.height,
  });
  return { src: tempFilePath };
}

async function renderInBrowser<Name extends string>(drawing: CanvasDrawing<Name>): Promise<RenderedImage> {
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width;
  canvas.height = drawing.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器不支持画布');
  const images = await loadAll(
    drawing.images,
    () => new Image(),
    (_name, dataUrl) => dataUrl,
  );
  drawing.draw(context, images);
  return { src: canvas.toDataURL('image/png') };
}

/**
 * Draws an image where the platform allows — the page's Canvas 2D node in WeChat, a canvas element
 * on H5 — and exports it (a temp file, a data URL). The activity poster and the certificate image.
 */
export const renderCanvasImage = <Name extends string>(drawing: CanvasDrawing<Name>): Promise<RenderedImage> =>
  process.env.TARO_ENV === 'weapp' ? renderInWeapp(drawing) : renderInBrowser(drawing);
