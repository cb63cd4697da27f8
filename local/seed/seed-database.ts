import * as tcb from '@cloudbase/node-sdk';
import { ORG_UNITS } from './org-units';
import { PERSONAS } from './personas';
import { SERVICES } from './services';
import { TEAMS } from './teams';
import { welcomeMessages } from './welcome-messages';

type SeedDocument = { _id: string } & Record<string, unknown>;

/**
 * Inserts each seed document unless its `_id` already exists, so a restart never overwrites
 * what the app changed since (a persona's granted roles, an edited org unit).
 * Goes through the real SDK like the functions do; the SDK env must already point at the emulator.
 */
export const seedDatabase = async (): Promise<{ inserted: number; kept: number }> => {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const now = new Date();
  const batches: [string, SeedDocument[]][] = [
    ['org_units', ORG_UNITS.map((unit) => ({ ...unit }))],
    ['teams', TEAMS.map((team) => ({ ...team }))],
    ['services', SERVICES.map((service) => ({ ...service, createdAt: now, updatedAt: now }))],
    [
      'users',
      Object.values(PERSONAS).map((persona) => ({
        _id: persona.openid,
        name: persona.name,
        membershipStatus: 'approved',
        memberKind: persona.kind,
        memberNo: persona.memberNo,
        phone: persona.phone,
        orgUnitId: persona.orgUnitId,
        teamRoles: persona.teamRoles.map((membership) => ({ ...membership })),
        admin: persona.admin,
        latestApplicationId: null,
        createdAt: now,
        lastLoginAt: now,
      })),
    ],
    // Each persona's number is bound to its identity, as an approval would have done.
    [
      'member_bindings',
      Object.values(PERSONAS).map((persona) => ({
        _id: persona.memberNo,
        openid: persona.openid,
        state: 'bound',
        applicationId: null,
        createdAt: now,
      })),
    ],
    ['messages', welcomeMessages(now)],
  ];
  let inserted = 0;
  let kept = 0;
  for (const [collection, documents] of batches) {
    for (const document of documents) {
      try {
        await db.collection(collection).add(document);
        inserted += 1;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'DATABASE_DUPLICATE_WRITE') throw error;
        kept += 1;
      }
    }
  }
  await upgradePreMembershipData(db, batches);
  return { inserted, kept };
};

/**
 * Data dirs seeded before issue 4 hold personas with stored `roles` and classes without a stage.
 * Fill in the new fields only where they are missing (a conditional update), so nothing the app
 * changed under the new model is ever overwritten.
 */
const upgradePreMembershipData = async (db: ReturnType<ReturnType<typeof tcb.init>['database']>, batches: [string, SeedDocument[]][]) => {
  const _ = db.command;
  const missing: Record<string, string> = { users: 'memberKind', org_units: 'archived' };
  for (const [collection, documents] of batches) {
    const field = missing[collection];
    if (!field) continue;
    for (const { _id, createdAt: _createdAt, lastLoginAt: _lastLoginAt, ...fields } of documents) {
      await db
        .collection(collection)
        .where({ _id, [field]: _.exists(false) })
        .update(fields);
    }
  }
};
