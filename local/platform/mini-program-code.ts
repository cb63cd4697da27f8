import type Database from 'better-sqlite3';
import QRCode from 'qrcode';

/** WeChat's path for `wxacode.getUnlimited` (the mini-program code of a page and a scene). */
export const GET_UNLIMITED = '/wxa/getwxacodeunlimit';

/** What getUnlimited accepts in `scene`: at most 32 of these (no `%`). */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

export interface MiniProgramCodeRequest {
  id: string;
  scene: string;
  page: string;
  envVersion: string;
  width: number;
  /** What the local code encodes instead of WeChat's: the same page of the H5 app, with the scene. */
  link: string;
  madeAt: number;
}

/**
 * getUnlimited answered locally: WeChat's own checks on scene, page and width, then a plain QR of
 * the H5 link of that page (`#/<page>?scene=…`), so scanning it with any phone camera opens what the
 * mini-program code would open. Each call is kept, newest first, like the subscription outbox.
 * Success answers the image as base64 text, which is how the gateway reads a binary reply.
 */
export function miniProgramCodeService(options: { db: Database.Database; clock: { now(): number }; appOrigin: () => string }) {
  const { db, clock } = options;
  db.exec(
    `CREATE TABLE IF NOT EXISTS wx_code_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, scene TEXT NOT NULL, page TEXT NOT NULL, env_version TEXT NOT NULL, width INTEGER NOT NULL, link TEXT NOT NULL, made_at INTEGER NOT NULL)`,
  );
  const insert = db.prepare('INSERT INTO wx_code_requests (scene, page, env_version, width, link, made_at) VALUES (?, ?, ?, ?, ?, ?)');

  const getUnlimited = async (request: Record<string, unknown>): Promise<Record<string, unknown> | string> => {
    const scene = typeof request.scene === 'string' ? request.scene : '';
    if (!SCENE.test(scene)) return { errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' };
    const page = typeof request.page === 'string' ? request.page : '';
    if (page.startsWith('/') || page.includes('?') || !/^[\w/-]*$/.test(page)) return { errcode: 40129, errmsg: 'invalid page' };
    const width = request.width === undefined ? 430 : Number(request.width);
    if (!Number.isInteger(width) || width < 280 || width > 1280) return { errcode: 40159, errmsg: 'invalid width' };
    const envVersion = typeof request.env_version === 'string' ? request.env_version : 'release';
    if (!['release', 'trial', 'develop'].includes(envVersion)) return { errcode: 40097, errmsg: 'invalid env_version' };
    const link = `${options.appOrigin().replace(/\/+$/, '')}/#/${page || 'pages/index/index'}?scene=${encodeURIComponent(scene)}`;
    insert.run(scene, page, envVersion, width, link, clock.now());
    const png = await QRCode.toBuffer(link, { errorCorrectionLevel: 'M', margin: 2, width, type: 'png' });
    return png.toString('base64');
  };

  const requests = (limit = 200): MiniProgramCodeRequest[] =>
    (
      db
        .prepare('SELECT id, scene, page, env_version, width, link, made_at FROM wx_code_requests ORDER BY id DESC LIMIT ?')
        .all(limit) as Array<Record<string, unknown>>
    ).map((row) => ({
      id: String(row.id),
      scene: row.scene as string,
      page: row.page as string,
      envVersion: row.env_version as string,
      width: row.width as number,
      link: row.link as string,
      madeAt: row.made_at as number,
    }));

  return { getUnlimited, requests };
}
