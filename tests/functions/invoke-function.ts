import type { ActionName, ActionResult, FunctionName } from '@core/function-contracts';
import type { EmulatorStats } from '../../local/db/emulator';
import { buildInvocationContext } from '../../local/host/invocation-context';
import { LOCAL_ENV_ID } from '../../local/sdk-environment';
import type { Reply } from './function-client';

type Main = (event: unknown, context: unknown) => Promise<unknown>;

/**
 * Calls a function's `main` in this process the way the platform does: the payload as event,
 * identity in the context (no host in between, so a test can count what one invocation costs).
 * Typed like `functionClient`: the event's action and the reply's data come from the contract.
 */
export const invokerOf =
  <F extends FunctionName>(name: F, main: Main) =>
  <A extends ActionName<F>>(openid: string, event: { action: A } & Record<string, unknown>): Promise<Reply<ActionResult<F, A>>> =>
    main(
      event,
      buildInvocationContext(
        name,
        LOCAL_ENV_ID,
        { openid, appid: 'wx-test', clientIp: '127.0.0.1' },
        { timeoutSeconds: 10, memorySize: 256 },
      ),
    ) as Promise<Reply<ActionResult<F, A>>>;

/** The subscription messages the emulator's outbox holds, newest first. */
export const readOutbox = async (emulatorUrl: string): Promise<{ touser: string; templateId: string; data: any; page: string }[]> =>
  (await fetch(new URL('/_emulator/outbox', emulatorUrl))).json() as Promise<any[]>;

/** The mini-program codes the local open API made (wxacode.getUnlimited), newest first. */
export const readCodeRequests = async (
  emulatorUrl: string,
): Promise<{ scene: string; page: string; envVersion: string; width: number; link: string }[]> =>
  (await fetch(new URL('/_emulator/code-requests', emulatorUrl))).json() as Promise<any[]>;

/** What the emulator counted since the last reset: requests by wire action, documents examined, the last plan. */
export const emulatorStats = async (emulatorUrl: string): Promise<EmulatorStats> =>
  (await fetch(new URL('/_emulator/stats', emulatorUrl))).json() as Promise<EmulatorStats>;

export const resetEmulatorStats = async (emulatorUrl: string): Promise<void> => {
  await fetch(new URL('/_emulator/stats/reset', emulatorUrl), { method: 'POST' });
};

export const totalRequests = (requests: Record<string, number>) => Object.values(requests).reduce((sum, n) => sum + n, 0);

export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF fake jpeg body for tests')]);
export const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
