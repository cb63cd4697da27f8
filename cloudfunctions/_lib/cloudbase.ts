import * as tcb from '@cloudbase/node-sdk';

/**
 * The one SDK instance of a function, created at module scope so a warm instance reuses it.
 * No endpoint here: on CloudBase the platform supplies it; locally the host sets
 * TCB_CONTEXT_CNFG, which the SDK reads on every request. `keepalive: false` is what the SDK
 * picks itself inside SCF (Node's global agent, which keeps every socket); outside SCF it defaults
 * to its own agent keeping only 10 idle sockets, so a burst of 100 calls reconnected constantly.
 */
export const cloudbase = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, keepalive: false });

export const database = cloudbase.database();

/** Only the identity reader needs the SDK's static helpers; re-exported so nothing else imports the SDK. */
export const readCloudbaseContext = (context: unknown): Record<string, string | undefined> =>
  tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]) as unknown as Record<string, string | undefined>;
