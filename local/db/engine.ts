import type { ObjectId } from 'bson';
import { randomBytes } from 'node:crypto';
import { distanceTo, nearOf, readGeoNear, type GeoNearStage } from './geo';
import { resolve, setValue } from 'mingo/util';
import { DbError, invalidParam } from './db-error';
import { assertDocumentSize, encodeEjson, isPlainObject, parseStored } from './ejson';
import { encodeKey } from './index-key';
import { compileQuery, orderAndPage, requireGeoIndex, runQuery, newScanStats, type FindOptions, type FoundDoc } from './query-runner';
import type { Store } from './store';
import { Transactions, type Transaction } from './transactions';
import { withMongoSemantics } from './mongo-semantics';
import { mongoAggregator, mongoQuery } from './mingo-options';
import { isDocumentId, objectIdOf } from './object-id';
import { applyUpdate, upsertSeed } from './update-doc';

type Doc = Record<string, unknown>;

export interface UpdateFlags {
  multi: boolean;
  merge: boolean;
  upsert: boolean;
}

/**
 * Collection operations with CloudBase's semantics on top of the store. Every write computes
 * and applies its change in one synchronous step (so a conditional update is atomic), and
 * first waits while an open transaction holds a lock on a document it would touch.
 */
export class Engine {
  readonly stats = newScanStats();
  readonly txns: Transactions;

  constructor(
    readonly store: Store,
    readonly clock: { now(): number },
  ) {
    this.txns = new Transactions(store, clock);
  }

  requireCollection(name: unknown): string {
    if (typeof name !== 'string' || !this.store.hasCollection(name)) {
      throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `collection ${String(name)} does not exist`);
    }
    return name;
  }

  find(collection: string, query: Doc, options: FindOptions, projection?: Doc): Doc[] {
    return this.project(
      runQuery(this.store, collection, query, options, this.stats).map((m) => m.doc),
      projection,
    );
  }

  /**
   * A query as a transaction sees the collection (CloudBase runs `where().get()` and
   * `where().updateAndReturn()` inside it): committed documents untouched since its start as
   * stored, the rest as of its snapshot or its own staged writes.
   */
  findInTransaction(txn: Transaction, collection: string, query: Doc, options: FindOptions): FoundDoc[] {
    const changed = this.txns.changedKeys(txn, collection);
    const matcher = compileQuery(query);
    const matches = runQuery(this.store, collection, query, { sort: options.sort }, this.stats).filter((m) => !changed.has(m.key));
    for (const key of changed) {
      const doc = this.txns.read(txn, collection, key);
      if (doc && matcher.test(doc)) matches.push({ key, seq: txn.startSeq, doc });
    }
    return orderAndPage(matches, options.sort ?? [], options.skip, options.limit, nearOf(query));
  }

  /**
   * The _id a doc(id) call addresses: the exact id, else, for a 24-hex string, the document whose
   * _id is that ObjectId (results hand ObjectIds out as such strings, as CloudBase does).
   */
  docId<T>(collection: string, id: T, txn?: Transaction): T | ObjectId {
    const oid = objectIdOf(id);
    if (!oid) return id;
    const exists = (key: string) =>
      txn ? this.txns.read(txn, collection, key) !== null : this.store.getDoc(collection, key) !== undefined;
    return !exists(encodeKey(id)) && exists(encodeKey(oid)) ? oid : id;
  }

  project(docs: Doc[], projection?: Doc): Doc[] {
    return projection && Object.keys(projection).length ? (mongoQuery({}).find(docs, projection).all() as Doc[]) : docs;
  }

  count(collection: string, query: Doc): number {
    return runQuery(this.store, collection, query, {}, this.stats).length;
  }

  aggregate(collection: string, pipeline: Doc[]): Doc[] {
    const [first, ...rest] = pipeline;
    if (rest.some((stage) => '$geoNear' in stage))
      throw new DbError('DATABASE_REQUEST_FAILED', '$geoNear is only valid as the first stage in a pipeline');
    const hasMatch = first && isPlainObject(first.$match);
    const hasGeoNear = first && '$geoNear' in first;
    const source = hasGeoNear
      ? this.geoNear(collection, readGeoNear(first.$geoNear))
      : this.find(collection, hasMatch ? (first.$match as Doc) : {}, {});
    try {
      return mongoAggregator(withMongoSemantics(hasMatch || hasGeoNear ? rest : pipeline), {
        collectionResolver: (name: string) => this.find(this.requireCollection(name), {}, {}),
      }).run(source) as Doc[];
    } catch (error) {
      if (error instanceof DbError) throw error;
      throw new DbError('DATABASE_REQUEST_FAILED', `aggregate failed: ${(error as Error).message}`);
    }
  }

  /**
   * The `$geoNear` stage: documents matching its query, nearest first, within min/max meters, each
   * with its distance (times distanceMultiplier). Without `key` it uses the collection's one
   * 2dsphere index, as MongoDB does.
   */
  private geoNear(collection: string, stage: GeoNearStage): Doc[] {
    const indexes = this.store.geoIndexes(collection);
    if (!stage.key && indexes.length !== 1)
      throw new DbError(
        'DATABASE_REQUEST_FAILED',
        indexes.length === 0
          ? `$geoNear requires a 2dsphere index, but none were found on ${collection}`
          : `$geoNear: ${collection} has more than one 2dsphere index; name the field with key`,
      );
    const key = stage.key ?? indexes[0].field;
    requireGeoIndex(this.store, collection, key, '$geoNear');
    const placed: Array<{ doc: Doc; distance: number }> = [];
    for (const doc of this.find(collection, stage.query, {})) {
      const distance = distanceTo(stage.center, resolve(doc, key));
      if (distance === undefined) continue;
      if ((stage.min !== undefined && distance < stage.min) || (stage.max !== undefined && distance > stage.max)) continue;
      placed.push({ doc, distance });
    }
    placed.sort((a, b) => a.distance - b.distance);
    return placed.map(({ doc, distance }) => {
      const out = { ...doc };
      setValue(out, stage.distanceField, distance * stage.multiplier);
      if (stage.includeLocs) setValue(out, stage.includeLocs, resolve(doc, key));
      return out;
    });
  }

  async insert(collection: string, docs: Doc[]): Promise<unknown[]> {
    const prepared = docs.map((doc) => {
      const withId = { ...doc, _id: doc._id ?? newId() };
      if (!isDocumentId(withId._id)) throw invalidParam('_id must be a string, a number or an ObjectId');
      assertDocumentSize(withId);
      return withId;
    });
    return this.write(
      collection,
      () => prepared.map((d) => encodeKey(d._id)),
      () => {
        for (const doc of prepared) {
          if (this.store.getDoc(collection, encodeKey(doc._id))) throw duplicateId(collection, doc._id);
          this.persist(collection, encodeKey(doc._id), doc);
        }
        return prepared.map((d) => d._id);
      },
    );
  }

  async update(collection: string, query: Doc, data: unknown, flags: UpdateFlags): Promise<{ updated: number; upsertId?: unknown }> {
    let matches: FoundDoc[] = [];
    return this.write(
      collection,
      () => (matches = runQuery(this.store, collection, query, { limit: flags.multi ? undefined : 1 }, this.stats)).map((m) => m.key),
      () => {
        if (matches.length === 0 && flags.upsert) {
          const seed = upsertSeed(query);
          const doc = applyUpdate({ ...seed, _id: seed._id ?? newId() }, data, flags.merge);
          if (this.store.getDoc(collection, encodeKey(doc._id))) throw duplicateId(collection, doc._id);
          this.persist(collection, encodeKey(doc._id), doc);
          return { updated: 0, upsertId: doc._id };
        }
        let updated = 0;
        for (const match of matches) {
          const next = applyUpdate(match.doc, data, flags.merge);
          // CloudBase counts a replacement (doc().set()) as updated even when the data is identical;
          // an update that changes nothing counts 0, as MongoDB's nModified.
          if (encodeEjson(next) !== encodeEjson(match.doc)) this.persist(collection, match.key, next);
          else if (flags.merge) continue;
          updated++;
        }
        return { updated };
      },
    );
  }

  async findAndModify(collection: string, query: Doc, data: unknown): Promise<{ updated: number; doc: Doc | null }> {
    let match: FoundDoc | undefined;
    return this.write(
      collection,
      () => ((match = runQuery(this.store, collection, query, { limit: 1 }, this.stats)[0]), match ? [match.key] : []),
      () => {
        if (!match) return { updated: 0, doc: null };
        const next = applyUpdate(match.doc, data, true);
        this.persist(collection, match.key, next);
        return { updated: 1, doc: next };
      },
    );
  }

  async remove(collection: string, query: Doc, multi: boolean): Promise<number> {
    let matches: FoundDoc[] = [];
    return this.write(
      collection,
      () => (matches = runQuery(this.store, collection, query, { limit: multi ? undefined : 1 }, this.stats)).map((m) => m.key),
      () => {
        for (const match of matches) this.persist(collection, match.key, null);
        return matches.length;
      },
    );
  }

  /** Applies a transaction's staged writes atomically. */
  commit(txn: Transaction): void {
    try {
      this.store.transaction(() => {
        for (const write of txn.writes.values()) this.persist(write.collection, write.key, write.doc);
      });
    } finally {
      this.txns.finish(txn);
    }
  }

  /** Writes one document (or deletes it when `doc` is null) at a new sequence number. */
  persist(collection: string, key: string, doc: Doc | null): void {
    const previous = this.store.getDoc(collection, key);
    const seq = this.store.nextSeq();
    this.txns.recordOverwrite(collection, key, previous, seq);
    if (doc === null) {
      if (previous) this.store.deleteDoc(collection, key);
      return;
    }
    assertDocumentSize(doc);
    this.store.putDoc(collection, key, doc, encodeEjson(doc), seq, !previous);
  }

  /**
   * Writes outside a transaction wait for any open transaction that holds a lock on a target
   * document (CloudBase's documented behaviour), then recompute: never a conflict error here.
   */
  private async write<T>(collection: string, targets: () => string[], apply: () => T): Promise<T> {
    for (;;) {
      this.txns.sweep();
      const holder = targets()
        .map((key) => this.txns.holder(collection, key))
        .find(Boolean);
      if (!holder) return this.store.transaction(apply);
      await holder.ended;
    }
  }
}

export const newId = () => randomBytes(16).toString('hex');

const duplicateId = (collection: string, id: unknown) =>
  new DbError('DATABASE_DUPLICATE_WRITE', `duplicate _id ${String(id)} in collection ${collection}`);

export const parseDoc = parseStored;
