import { isImageType, sniffContentType } from './file-signature';

it('recognises images by their bytes, not their names', () => {
  expect(sniffContentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
  expect(sniffContentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
  expect(sniffContentType(new TextEncoder().encode('GIF89a....'))).toBe('image/gif');
  expect(sniffContentType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  expect(sniffContentType(new TextEncoder().encode('<?php echo 1; // pretend.jpg'))).toBe('application/octet-stream');
  expect(isImageType(sniffContentType(new TextEncoder().encode('%PDF-1.7')))).toBe(false);
  expect(sniffContentType(new Uint8Array())).toBe('application/octet-stream');
});
