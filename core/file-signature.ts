/** Content types recognised from a file's first bytes; a file's name proves nothing. */
export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/gif'
  | 'image/webp'
  | 'application/pdf'
  | 'application/zip'
  | 'application/x-ole-storage'
  | 'application/octet-stream';

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffContentType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF'))) return 'application/pdf';
  // .xlsx is a zip (a local file header first); whether it holds a workbook only the parser can tell.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  // The old binary .xls (and .doc): an OLE2 compound file.
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  return 'application/octet-stream';
}

export const isImageType = (type: SniffedType) => type.startsWith('image/');

/** What a purpose takes, judged by content: images, or spreadsheets (.xlsx, a zip). */
export type AcceptedContent = 'image' | 'xlsx';

export const isAccepted = (type: SniffedType, accepts: AcceptedContent) =>
  accepts === 'image' ? isImageType(type) : type === 'application/zip';
