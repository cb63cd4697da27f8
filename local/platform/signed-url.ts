import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring URLs for the local object store, standing in for COS's pre-signed upload
 * and temporary download URLs: whoever holds the URL may use it until it expires, nobody else.
 */
export class UrlSigner {
  constructor(
    private readonly secret: string,
    private readonly clock: { now(): number },
  ) {}

  sign(purpose: 'upload' | 'download', path: string, ttlMs: number): { expires: number; sig: string } {
    const expires = this.clock.now() + ttlMs;
    return { expires, sig: this.mac(purpose, path, expires) };
  }

  verify(purpose: 'upload' | 'download', path: string, expires: unknown, sig: unknown): boolean {
    const at = Number(expires);
    if (!Number.isFinite(at) || at < this.clock.now() || typeof sig !== 'string') return false;
    const want = Buffer.from(this.mac(purpose, path, at));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  private mac(purpose: string, path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${path}\n${expires}`).digest('hex');
  }
}
