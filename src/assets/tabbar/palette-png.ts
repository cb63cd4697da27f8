/**
 * Re-encodes a one-colour icon screenshot (RGBA) as a palette PNG: the icon's colour at 32 alpha
 * levels. A third of the size, so every tab icon stays under the H5 build's 2 KB inline limit and
 * ships inside the bundle (an offline tab switch then has its icon). Used by render-icons.ts only.
 */
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

const LEVELS = 32;
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer) => {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

export function toPalettePng(rgba: Buffer): Buffer {
  const { width, height, data } = PNG.sync.read(rgba);
  let opaque = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > data[opaque + 3]) opaque = i;
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      rows[y * (width + 1) + 1 + x] = Math.round((data[(y * width + x) * 4 + 3] / 255) * (LEVELS - 1));
    }
  }
  const palette = Buffer.alloc(LEVELS * 3);
  const alpha = Buffer.alloc(LEVELS);
  for (let level = 0; level < LEVELS; level += 1) {
    palette.set([data[opaque], data[opaque + 1], data[opaque + 2]], level * 3);
    alpha[level] = Math.round((level / (LEVELS - 1)) * 255);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
