import { useState } from 'react';
import type { Envelope } from '@core/envelope';
import { toastMessage, toastSuccess } from '@/feedback/toast';

/**
 * Runs one workflow action at a time: the buttons read `busy`, success toasts and reloads the
 * booking (its history and status come from the server), a refusal shows the server's Chinese
 * message (e.g. 当前预约状态不能进行此操作 when someone else acted first) and reloads too.
 */
export function useBookingAction(reload: () => Promise<unknown>) {
  const [busy, setBusy] = useState<string | null>(null);

  async function run(name: string, call: () => Promise<Envelope<unknown>>, done: string): Promise<boolean> {
    if (busy) return false;
    setBusy(name);
    const reply = await call();
    setBusy(null);
    if (reply.ok) toastSuccess(done);
    else toastMessage(reply.message);
    await reload();
    return reply.ok;
  }

  return { busy, run };
}
