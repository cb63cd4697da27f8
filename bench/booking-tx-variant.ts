import type tcb from '@cloudbase/node-sdk';

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

/**
 * The design not taken, measured for docs/decisions.md: the same booking as one transaction of
 * single-document operations (read slot, read booking id, update slot, write booking), straight
 * through the SDK (no host, no user read). Answers what it booked and how many attempts gave up
 * after the SDK's three conflict retries.
 */
export async function transactionVariant(db: Database, slotIds: string[], capacity: number, attempts: number) {
  const slots = db.collection('slots');
  const now = new Date();
  await slots.add(slotIds.map((_id) => ({ _id, remaining: capacity, status: 'open', holders: [], createdAt: now })));
  let booked = 0;
  let conflicted = 0;
  let full = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: attempts }, async (_, i) => {
      const openid = `o-tx-${i}`;
      const slotId = slotIds[i % slotIds.length];
      try {
        const outcome = await db.runTransaction(async (tx: any) => {
          const slot = (await tx.collection('slots').doc(slotId).get()).data as any;
          const existing = (await tx.collection('bookings').doc(`${slotId}:${openid}`).get()).data as any;
          if (existing) return 'already';
          if (!slot || slot.remaining <= 0) return 'full';
          await tx
            .collection('slots')
            .doc(slotId)
            .update({ remaining: slot.remaining - 1 });
          await tx.collection('bookings').doc(`${slotId}:${openid}`).set({ slotId, openid, status: 'submitted', startAt: now });
          return 'booked';
        });
        if (outcome === 'booked') booked += 1;
        else full += 1;
      } catch (error) {
        if ((error as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw error;
        conflicted += 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { booked, full, conflicted, per_s: Math.round(attempts / seconds) };
}
