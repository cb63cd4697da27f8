/** The CloudBase environment id the local SDK calls carry (any valid id works against the emulator). */
export const LOCAL_ENV_ID = 'starfire-local';

/**
 * Points the real @cloudbase/node-sdk at the emulator through configuration only, as on a
 * CloudBase host: TCB_CONTEXT_CNFG carries the endpoint (read per request), TCB_ENV the env id
 * that `SYMBOL_CURRENT_ENV` resolves to. The secrets are dummies: the SDK insists on signing
 * and the emulator does not check signatures. WX_OPENID is deliberately never set here: identity
 * must come from each invocation's context.
 */
export const pointSdkAtEmulator = (emulatorUrl: string): void => {
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: emulatorUrl }),
    TCB_ENV: LOCAL_ENV_ID,
    TCB_CONTEXT_KEYS: 'TCB_ENV',
    TENCENTCLOUD: 'true',
    SILENCE: 'true',
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
  });
  delete process.env.WX_OPENID;
  delete process.env.WX_CONTEXT_KEYS;
};
