import { isErrorCode } from '@core/errors';
import type { Role } from '@core/roles';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { deployed, EXPECTED, IDENTITIES, invokeAs, OTHER, resetIdentity } from './action-table';
import { buildWorld, PROOFS, seedProofPosts, type World } from './action-world';
import { hostileInputsFor } from './hostile-inputs';
import { seedOwnedPosts } from './qa-fixtures';

jest.setTimeout(600_000);

/**
 * No client input yields INTERNAL: every action of every deployed function (discovered from each
 * `main.contract`) gets hostile inputs generated from its params schema, called through the real
 * entry point as callers its rule allows (an admin and a student team leader, or both for
 * owner-only actions, which then act on their own posts). Each answer must be an envelope: ok,
 * or a typed error code other than INTERNAL, within 10 s.
 */

const CALL_BOUND_MS = 10_000;
const CALLERS: Role[] = ['admin', 'leader'];
/** Calls at once: enough to keep the emulator busy, few enough to keep per-call time honest. */
const CONCURRENCY = 8;

interface Failure {
  action: string;
  caller: Role;
  inputClass: string;
  label: string;
  answer: string;
}

const actions = deployed.flatMap(({ name, main }) =>
  Object.entries(main.contract ?? {}).map(([action, rule]) => ({ fn: name, action, rule, key: `${name}.${action}` })),
);

/** The proof's own role and whichever of admin and leader the rule allows (both for owner-only actions). */
const callersOf = (key: string): Role[] => {
  const row = EXPECTED[key];
  const allowed = CALLERS.filter((role) => IDENTITIES[role].roles.some((held) => row.allow.includes(held)));
  return [...new Set([PROOFS[key].as, ...(allowed.length ? allowed : CALLERS)])];
};

/** The answer, or why it is not a typed envelope. */
const judge = async (call: () => Promise<any>): Promise<string | null> => {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer within ${CALL_BOUND_MS} ms`), CALL_BOUND_MS)));
  try {
    const reply = await Promise.race([call(), hang]);
    if (typeof reply === 'string') return reply;
    if (reply?.ok === true && 'data' in reply) return null;
    if (reply?.ok === false && isErrorCode(reply.code) && reply.code !== 'INTERNAL' && typeof reply.message === 'string') return null;
    return `answered ${JSON.stringify(reply)?.slice(0, 200)}`;
  } catch (error) {
    return `threw ${String(error).slice(0, 200)}`;
  } finally {
    clearTimeout(timer);
  }
};

/** Runs `run` over the items, CONCURRENCY at a time, drawing each item only when a slot is free. */
const inPool = async <T>(items: Iterator<T>, run: (item: T) => Promise<void>) => {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = items.next(); !next.done; next = items.next()) await run(next.value);
    }),
  );
};

describe('hostile inputs: every action × inputs generated from its schema', () => {
  let local: TestLocal;
  let world: World;
  beforeAll(async () => {
    local = await startTestLocal();
    for (const identity of [...Object.values(IDENTITIES), OTHER]) await resetIdentity(identity.openid, identity.facts);
    world = await buildWorld();
  });
  afterAll(() => local?.dispose());

  it('never answers INTERNAL, never hangs', async () => {
    const failures: Failure[] = [];
    let calls = 0;
    let inputCount = 0;
    const started = Date.now();
    for (const { fn, action, rule, key } of actions) {
      // Each action meets its callers as the table describes them, whatever an earlier action did to them.
      const callers = callersOf(key);
      for (const role of callers) await resetIdentity(IDENTITIES[role].openid, IDENTITIES[role].facts);
      await resetIdentity(OTHER.openid, OTHER.facts);
      if (fn === 'qa') {
        await seedProofPosts();
        for (const role of CALLERS) await seedOwnedPosts(IDENTITIES[role].openid);
      }
      const sample = await PROOFS[key].params(world);
      const inputs = (function* () {
        for (const input of hostileInputsFor(rule.params, sample)) {
          inputCount += 1;
          for (const caller of callers) yield { caller, input };
        }
      })();
      const actionStarted = Date.now();
      await inPool(inputs, async ({ caller, input }) => {
        calls += 1;
        const event =
          input.params && typeof input.params === 'object' && !Array.isArray(input.params) ? { ...input.params, action } : input.params;
        const verdict = await judge(() => invokeAs(fn, IDENTITIES[caller].openid, event));
        if (verdict)
          failures.push({ action: key, caller, inputClass: input.inputClass, label: input.label.slice(0, 120), answer: verdict });
      });
      if (process.env.FUZZ_PROGRESS) console.log(`${key}: ${Date.now() - actionStarted} ms`);
    }
    console.log(
      `hostile inputs: ${actions.length} actions × ${inputCount.toLocaleString('en-US')} inputs (${calls.toLocaleString('en-US')} calls as allowed callers) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} INTERNAL or untyped`,
    );
    expect(failures).toEqual([]);
  });
});
