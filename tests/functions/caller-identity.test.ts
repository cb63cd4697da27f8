import { readCallerOpenid } from '../../cloudfunctions/_lib/caller-identity';

/** The openid comes from the invocation's context only: never the payload, never process-wide env. */
describe('readCallerOpenid', () => {
  const withEnvironment = (environment: unknown) => ({ request_id: 'r', function_name: 'f', environment });

  it('reads WX_OPENID from the per-invocation environment', () => {
    expect(readCallerOpenid(withEnvironment(JSON.stringify({ WX_OPENID: 'o-alice', TCB_ENV: 'e' })))).toBe('o-alice');
  });

  it('ignores a process-wide WX_OPENID when the context carries none', () => {
    process.env.WX_OPENID = 'o-process';
    try {
      expect(readCallerOpenid(withEnvironment(JSON.stringify({ TCB_ENV: 'e' })))).toBeNull();
      expect(readCallerOpenid(withEnvironment(JSON.stringify({ WX_OPENID: '' })))).toBeNull();
    } finally {
      delete process.env.WX_OPENID;
    }
  });

  it('answers null for a malformed context instead of throwing', () => {
    for (const context of [
      null,
      'o-alice',
      withEnvironment('{not json'),
      withEnvironment('null'),
      withEnvironment(JSON.stringify({ WX_OPENID: 7 })),
    ]) {
      expect(readCallerOpenid(context)).toBeNull();
    }
  });

  it("still reads the old runtime's `environ` string", () => {
    expect(readCallerOpenid({ request_id: 'r', environ: 'WX_OPENID=o-bob;TCB_ENV=e' })).toBe('o-bob');
  });
});
