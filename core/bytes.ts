/*
 * Bytes without Buffer, TextEncoder or atob: the mini-program's JS engine has none of them
 * reliably, and the certificate's signature must be checked there byte for byte as the functions
 * signed it.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES: Record<string, number> = {};
for (let index = 0; index < ALPHABET.length; index += 1) VALUES[ALPHABET[index]] = index;
// base64url's two letters decode to the same values.
VALUES['-'] = 62;
VALUES._ = 63;

/** UTF-8 of a JS string; a lone surrogate becomes U+FFFD, as TextEncoder and Buffer write it. */
export const utf8Bytes = (text: string): Uint8Array => {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(out);
};

/**
 * Base64 or base64url (padding optional) to bytes; null for anything else, so a mangled
 * signature or key is refused rather than read as some other bytes.
 */
export const base64Bytes = (text: string): Uint8Array | null => {
  const body = text.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9+/_-]*$/.test(body) || body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let written = 0;
  for (let i = 0; i < body.length; i += 4) {
    const chunk = body.slice(i, i + 4);
    let bits = 0;
    for (let j = 0; j < chunk.length; j += 1) bits |= VALUES[chunk[j]] << (18 - 6 * j);
    out[written++] = (bits >> 16) & 255;
    if (chunk.length > 2) out[written++] = (bits >> 8) & 255;
    if (chunk.length > 3) out[written++] = bits & 255;
  }
  return out;
};
