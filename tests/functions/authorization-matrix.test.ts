import type { Role } from '@core/roles';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { ALL, deployed, EXPECTED, IDENTITIES, invokeAs, OTHER, resetIdentity } from './action-table';
import { buildWorld, PROOFS, seedProofPosts, type World } from './action-world';
import { seedOwnedPosts } from './qa-fixtures';

jest.setTimeout(120_000);

/**
 * Every action of every deployed function × every role (× owner / non-owner where the action has
 * an ownership rule). Functions and actions are discovered, never listed here; what each action
 * should allow is the table in action-table.ts, written independently of the contracts, so a changed
 * rule or a new action without a row fails the test.
 */

interface Cell {
  fn: string;
  action: string;
  role: Role;
  ownership: 'owner' | 'non-owner' | null;
}

const cells: Cell[] = deployed.flatMap(({ name, main }) =>
  Object.entries(main.contract ?? {}).flatMap(([action, rule]) =>
    ALL.flatMap((role): Cell[] =>
      rule.owner
        ? [
            { fn: name, action, role, ownership: 'owner' },
            { fn: name, action, role, ownership: 'non-owner' },
          ]
        : [{ fn: name, action, role, ownership: null }],
    ),
  ),
);

describe('authorization matrix: every action × every role', () => {
  let local: TestLocal;

  beforeAll(async () => {
    local = await startTestLocal();
    // Q&A ownership cells need a question and an answer owned by each identity.
    for (const openid of [...Object.values(IDENTITIES).map((identity) => identity.openid), OTHER.openid]) await seedOwnedPosts(openid);
    console.log(
      `authorization matrix: ${cells.length} cells — ${new Set(cells.map((c) => `${c.fn}.${c.action}`)).size} actions of ${deployed.length} function(s) × ${ALL.length} roles, owner/non-owner doubled`,
    );
  });
  afterAll(() => local?.dispose());

  it('every deployed function exposes its contract, and every action has exactly one expectation row', () => {
    for (const { name, main } of deployed)
      expect({ name, hasContract: typeof main?.contract === 'object' }).toEqual({ name, hasContract: true });
    const actions = deployed.flatMap(({ name, main }) => Object.keys(main.contract ?? {}).map((action) => `${name}.${action}`));
    expect(actions.filter((key) => !EXPECTED[key])).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !actions.includes(key))).toEqual([]);
    for (const { name, main } of deployed) {
      for (const [action, rule] of Object.entries(main.contract ?? {})) {
        // The contract's rule must say what the table says, in roles and in ownership.
        expect({ key: `${name}.${action}`, allow: [...rule.allow].sort(), owner: !!rule.owner }).toEqual({
          key: `${name}.${action}`,
          allow: [...EXPECTED[`${name}.${action}`].allow].sort(),
          owner: EXPECTED[`${name}.${action}`].owner,
        });
      }
    }
  });

  it.each(
    cells.map(
      (cell, index) => [`${cell.fn}.${cell.action} as ${cell.role}${cell.ownership ? ` (${cell.ownership})` : ''}`, cell, index] as const,
    ),
  )('%s', async (_, cell, index) => {
    const expectation = EXPECTED[`${cell.fn}.${cell.action}`];
    if (!expectation) throw new Error(`no expectation row for ${cell.fn}.${cell.action}`);
    const identity = IDENTITIES[cell.role];
    await resetIdentity(identity.openid, identity.facts);
    await resetIdentity(OTHER.openid, OTHER.facts);
    const target = cell.ownership === 'owner' ? identity.openid : OTHER.openid;
    const params = expectation.params({ self: identity.openid, other: OTHER.openid, target, unique: String(100000 + index) });
    const reply = await invokeAs(cell.fn, identity.openid, { action: cell.action, ...params });

    const allowed = identity.roles.some((role) => expectation.allow.includes(role)) || (expectation.owner && cell.ownership === 'owner');
    if (allowed) {
      expect(reply.code).not.toBe('FORBIDDEN');
      // The sample params are valid and the handler ran: any domain answer is fine, a crash is not.
      // That the role can really act is the proofs' job below.
      expect(['INVALID_INPUT', 'INTERNAL', 'UNAUTHENTICATED']).not.toContain(reply.code);
    } else {
      expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringMatching(/^没有权限/) });
    }
  });

  /**
   * Allowed roles can really act: per action, one allowed role calls with valid params on real
   * resources and gets ok (or a domain outcome its row names: a state only time can reach).
   */
  describe('every action, done for real by an allowed role', () => {
    let world: World;
    beforeAll(async () => {
      for (const identity of [...Object.values(IDENTITIES), OTHER]) await resetIdentity(identity.openid, identity.facts);
      world = await buildWorld();
      await seedProofPosts();
      const withOutcome = Object.values(PROOFS).filter((proof) => proof.outcomes).length;
      console.log(
        `authorization matrix: ${cells.length} cells, ${Object.keys(PROOFS).length} actions proven by an allowed role acting on seeded data (${withOutcome} by a named domain outcome)`,
      );
    });

    it('every action has a proof, by a role its rule allows', () => {
      expect(Object.keys(EXPECTED).filter((key) => !PROOFS[key])).toEqual([]);
      expect(Object.keys(PROOFS).filter((key) => !EXPECTED[key])).toEqual([]);
      const byWrongRole = Object.entries(PROOFS).filter(([key, proof]) => {
        const row = EXPECTED[key];
        return !IDENTITIES[proof.as].roles.some((role) => row?.allow.includes(role)) && !row?.owner;
      });
      expect(byWrongRole.map(([key]) => key)).toEqual([]);
    });

    it.each(Object.keys(PROOFS))('%s', async (key) => {
      const proof = PROOFS[key];
      const identity = IDENTITIES[proof.as];
      const openid = proof.fresh ? `${identity.openid}-proof` : identity.openid;
      await resetIdentity(openid, identity.facts);
      await resetIdentity(OTHER.openid, OTHER.facts);
      const [fn, action] = key.split('.');
      const reply = await invokeAs(fn, openid, { action, ...(await proof.params(world)) });
      const answer = reply.ok ? 'ok' : reply.code;
      const accepted = answer === 'ok' || !!proof.outcomes?.includes(answer);
      expect({ key, accepted, answer, message: reply.message }).toEqual({ key, accepted: true, answer, message: reply.message });
    });
  });
});
