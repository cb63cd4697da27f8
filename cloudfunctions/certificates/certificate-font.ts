import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from '@pdf-lib/fontkit';
import assets from './assets.json';

/**
 * The CJK font the PDF is set in: Noto Sans SC Regular (OFL; the TrueType of the npm package
 * @expo-google-fonts/noto-sans-sc), ~10 MB, and HarfBuzz's subsetter (harfbuzzjs) that cuts it to
 * the characters one certificate uses: pdf-lib's own subsetting (fontkit) drops most glyphs of
 * this font, so the PDF embeds HarfBuzz's subset whole (docs/decisions.md).
 *
 * The function carries both files: scripts/build-functions.ts copies each entry of assets.json
 * next to the bundle; from the sources (tests, the local host without bundles) they are read
 * from node_modules. Each is read once per instance.
 */
const [FONT, SUBSETTER] = assets;

const assetBytes = (asset: { from: string; to: string }): Buffer => {
  const bundled = path.join(__dirname, asset.to);
  return readFileSync(existsSync(bundled) ? bundled : require.resolve(asset.from));
};

let fontBytes: Buffer | null = null;
const fullFont = () => (fontBytes ??= assetBytes(FONT));

/** Advance widths of the full font, one lookup per distinct character (no shaping: CJK and Latin need none here). */
export interface FontMetrics {
  measure(text: string, size: number): number;
}

let metrics: FontMetrics | null = null;
export const certificateFontMetrics = (): FontMetrics => {
  if (metrics) return metrics;
  const font = fontkit.create(fullFont());
  const advances = new Map<number, number>();
  const advance = (codePoint: number) => {
    let width = advances.get(codePoint);
    if (width === undefined) {
      width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      advances.set(codePoint, width);
    }
    return width;
  };
  metrics = {
    measure: (text, size) => {
      let width = 0;
      for (const char of text) width += advance(char.codePointAt(0) ?? 0);
      return width * size;
    },
  };
  return metrics;
};

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const HB_MEMORY_MODE_READONLY = 1;

/** The subsetter with the full font loaded once into its memory (a warm instance only cuts). */
let loaded: Promise<{ hb: HarfBuzz; face: number }> | null = null;
const subsetter = () =>
  (loaded ??= (async () => {
    const module = await WebAssembly.compile(new Uint8Array(assetBytes(SUBSETTER)));
    const hb = (await WebAssembly.instantiate(module)).exports as unknown as HarfBuzz;
    hb._initialize();
    const font = fullFont();
    const pointer = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, pointer);
    const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return { hb, face };
  })());

/** The font cut to the characters of `text` (a TrueType a few KB to a few tens of KB), layout tables kept. */
export const subsetCertificateFont = async (text: string): Promise<Uint8Array> => {
  const { hb, face } = await subsetter();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of new Set(text)) hb.hb_set_add(unicodes, char.codePointAt(0) ?? 0);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('harfbuzz: hb_subset_or_fail failed');
    const blob = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    // Copied out before anything else runs in the wasm memory (it may grow and move).
    const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
};
