import type { Attendance } from '@core/activity.types';
import type { ErrorCode } from '@core/errors';
import { extractSignedCode, peekSignedCode } from '@core/signed-code-format';
import { confirmDestructive } from '@/feedback/confirm';
import { checkin, checkout } from '@/services/activities';
import { locate } from './locate';

/** What the result screen shows after a scan or a paste. */
export type ScanOutcome =
  | { kind: 'checked_in'; attendance: Attendance }
  | { kind: 'already_in'; attendance: Attendance }
  | { kind: 'checked_out'; attendance: Attendance; repeat: boolean }
  | { kind: 'member_code' }
  | { kind: 'unreadable' }
  | { kind: 'location_failed'; denied: boolean }
  | { kind: 'refused'; action: 'in' | 'out'; code: ErrorCode; message: string };

/**
 * From whatever the camera or the paste produced to an outcome. The payload is only peeked at
 * (unverified) to choose check-in or check-out and to know whether to ask for the location;
 * the function verifies the signature and every rule. A code the peek cannot read still goes to
 * check-in, so the student gets the server's own CODE_FORGED message.
 */
export async function submitScan(scanned: string): Promise<ScanOutcome> {
  const code = extractSignedCode(scanned);
  if (!code) return { kind: 'unreadable' };
  const payload = peekSignedCode(code);
  if (payload?.t === 'm') return { kind: 'member_code' };

  let location: { latitude: number; longitude: number; accuracy?: number } | undefined;
  if (payload?.g) {
    const found = await locate();
    if (!found.ok) return { kind: 'location_failed', denied: found.denied };
    location = found.location;
  }

  const params = location ? { code, location } : { code };
  if (payload?.t === 'out') {
    let reply = await checkout(params);
    // A 0-hour check-out is the member's choice: the server said why, the member decides.
    if (!reply.ok && reply.code === 'ZERO_HOURS_CHECKOUT') {
      const sure = await confirmDestructive({ title: '本次签退计 0 小时', content: reply.message, confirmText: '仍要签退' });
      if (!sure) return { kind: 'refused', action: 'out', code: reply.code, message: '未签退：你仍在签到中，可稍后再扫签退码' };
      reply = await checkout({ ...params, acceptZeroHours: true });
    }
    if (!reply.ok) return { kind: 'refused', action: 'out', code: reply.code, message: reply.message };
    return { kind: 'checked_out', attendance: reply.data.attendance, repeat: reply.data.repeat };
  }
  const reply = await checkin(params);
  if (!reply.ok) return { kind: 'refused', action: 'in', code: reply.code, message: reply.message };
  return { kind: reply.data.repeat ? 'already_in' : 'checked_in', attendance: reply.data.attendance };
}
