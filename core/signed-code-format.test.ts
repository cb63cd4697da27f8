import { encodePayload, extractSignedCode, peekSignedCode, splitSignedCode, type ActivityCodePayload } from './signed-code-format';

const payload: ActivityCodePayload = {
  t: 'in',
  a: 'act_ABCDEFGHIJKLMNOPQRST',
  s: 88_000_001,
  o: 1_760_000_000,
  c: 1_760_010_000,
  g: [22.8, 108.3, 200],
  w: 0,
};

describe('signed code format', () => {
  it('round-trips the payload through base64url of every length', () => {
    for (const extra of ['', 'x', 'xy', 'xyz']) {
      const withExtra = { ...payload, a: `${payload.a}${extra}` };
      const code = `${encodePayload(withExtra)}.sig`;
      expect(splitSignedCode(code)?.payload).toEqual(withExtra);
      expect(Buffer.from(code.split('.')[1], 'base64url').toString()).toBe(JSON.stringify(withExtra));
    }
  });

  it('peeks the kind without trusting it', () => {
    expect(peekSignedCode(`${encodePayload(payload)}.sig`)?.t).toBe('in');
    expect(peekSignedCode('v1.!!.sig')).toBeNull();
    expect(peekSignedCode('v2.e30.sig')).toBeNull();
    expect(peekSignedCode(`${encodePayload(payload)}`)).toBeNull();
  });

  it('extracts the code from a paste or a link', () => {
    const code = `${encodePayload(payload)}.c2ln`;
    expect(extractSignedCode(`  ${code} `)).toBe(code);
    expect(extractSignedCode(`http://localhost:4400/#/packages/activities/scan/index?code=${code}`)).toBe(code);
    expect(extractSignedCode('hello')).toBeNull();
  });
});
