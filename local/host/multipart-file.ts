/** The first file part of a `multipart/form-data` body (what `Taro.uploadFile` sends on H5). */
export interface UploadedPart {
  fileName: string;
  bytes: Buffer;
}

export const multipartBoundary = (contentType: string | undefined): string | null => {
  const match = /^multipart\/form-data;.*\bboundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : null;
};

/**
 * Finds the first part with a `filename` in an already size-capped body. Parts are separated by
 * `--boundary`; each has headers, a blank line, then bytes up to CRLF before the next delimiter.
 */
export const firstFilePart = (body: Buffer, boundary: string): UploadedPart | null => {
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headersStart = start + delimiter.length + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd === -1) return null;
    const next = body.indexOf(delimiter, headersEnd + 4);
    if (next === -1) return null;
    const headers = body.subarray(headersStart, headersEnd).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*\bfilename\*?="?([^"\r\n;]*)"?/i.exec(headers);
    if (disposition) return { fileName: disposition[1], bytes: body.subarray(headersEnd + 4, next - 2) };
    start = next;
  }
  return null;
};
