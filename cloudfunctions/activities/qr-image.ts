import QRCode from 'qrcode';

/**
 * The QR the organiser's phone shows, as a `data:image/png;base64,…` URL the app puts straight in
 * an <Image>. It encodes the code itself (the app's scanner also takes a link carrying `?code=`).
 * Level M with the standard 4-module quiet zone; 4 px a module (~250 px) is sharp when the app
 * scales it up, and keeps encoding to milliseconds on the organiser's 20 s poll.
 */
export const qrImageOf = (code: string): Promise<string> =>
  QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 4, scale: 4, type: 'image/png' });
