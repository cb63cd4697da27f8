import { DbError, invalidParam } from './db-error';
import { encodeEjson } from './ejson';
import { isValidCollectionName } from './manifest';
import type { Engine } from './engine';
import { newId } from './engine';
import { encodeKey } from './index-key';
import * as params from './request-params';
import type { Transaction } from './transactions';
import { applyUpdate } from './update-doc';

type Body = Record<string, unknown>;
/** `data` goes under `data`; `top` is merged into the envelope itself (startTransaction's shape). */
export type ActionResult = { data?: Record<string, unknown>; top?: Record<string, unknown> };
export type ActionHandler = (body: Body) => Promise<ActionResult> | ActionResult;

const list = (docs: Record<string, unknown>[]) => docs.map(encodeEjson);

/** The `database.*` actions of CloudBase's `/admin` endpoint, as the node SDK sends them. */
export function databaseActions(engine: Engine): Record<string, ActionHandler> {
  const clock = engine.clock;
  const txnOf = (body: Body): Transaction | undefined =>
    body.transactionId === undefined || body.transactionId === null ? undefined : engine.txns.get(body.transactionId);
  const collection = (body: Body) => engine.requireCollection(body.collectionName);
  const requireDocQuery = (body: Body) => {
    if (body.queryType !== 'DOC')
      throw invalidParam(
        'inside a transaction, updates and removes address one document by _id (doc().update/set/remove); where().update() and where().remove() are not part of a transaction',
      );
  };

  return {
    'database.addCollection': (body) => {
      if (!isValidCollectionName(body.collectionName)) throw invalidParam('invalid collection name');
      if (!engine.store.addCollection(body.collectionName))
        throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${body.collectionName} already exists`);
      return { data: {} };
    },

    'database.insertDocument': async (body) => {
      const name = collection(body);
      const docs = params.readInsertData(body, clock);
      const txn = txnOf(body);
      if (!txn) return { data: { insertedIds: await engine.insert(name, docs) } };
      const ids = docs.map((doc) => {
        const withId = { ...doc, _id: doc._id ?? newId() };
        if (typeof withId._id !== 'string' && typeof withId._id !== 'number') throw invalidParam('_id must be a string or a number');
        if (engine.txns.read(txn, name, encodeKey(withId._id)))
          throw new DbError('DATABASE_DUPLICATE_WRITE', `duplicate _id ${withId._id} in collection ${name}`);
        engine.txns.stage(txn, { collection: name, key: encodeKey(withId._id), doc: withId });
        return withId._id;
      });
      return { data: { insertedIds: ids } };
    },

    'database.getDocument': (body) => {
      const name = collection(body);
      const txn = txnOf(body);
      if (txn && body.queryType === 'DOC') {
        const doc = engine.txns.read(txn, name, encodeKey(params.readDocId(body, clock)));
        return { data: { list: doc ? list(engine.project([doc], params.readProjection(body, clock))) : [] } };
      }
      if (txn) {
        const { skip, limit } = params.readPaging(body);
        const found = engine.findInTransaction(txn, name, params.readQuery(body, clock), {
          sort: params.readOrder(body, clock),
          skip,
          limit,
        });
        const docs = engine.project(
          found.map((m) => m.doc),
          params.readProjection(body, clock),
        );
        return { data: { list: list(docs), offset: skip, limit } };
      }
      const { skip, limit } = params.readPaging(body);
      const docs = engine.find(
        name,
        params.readQuery(body, clock),
        { sort: params.readOrder(body, clock), skip, limit },
        params.readProjection(body, clock),
      );
      return { data: { list: list(docs), offset: skip, limit } };
    },

    'database.calculateDocument': (body) => ({ data: { total: engine.count(collection(body), params.readQuery(body, clock)) } }),

    'database.modifyDocument': async (body) => {
      const name = collection(body);
      const data = params.readUpdateData(body, clock);
      const merge = params.readFlag(body, 'merge', true);
      const upsert = params.readFlag(body, 'upsert', false);
      const txn = txnOf(body);
      if (!txn) {
        const multi = params.readFlag(body, 'multi', body.queryType !== 'DOC');
        const result = await engine.update(name, params.readQuery(body, clock), data, { multi, merge, upsert });
        return {
          data: result.upsertId === undefined ? { updated: result.updated } : { updated: result.updated, upsert_id: result.upsertId },
        };
      }
      requireDocQuery(body);
      const id = params.readDocId(body, clock);
      const current = engine.txns.read(txn, name, encodeKey(id));
      if (!current && !upsert) return { data: { updated: 0 } };
      engine.txns.stage(txn, { collection: name, key: encodeKey(id), doc: applyUpdate(current ?? { _id: id }, data, merge) });
      return { data: current ? { updated: 1 } : { updated: 0, upsert_id: id } };
    },

    'database.modifyAndReturnDoc': async (body) => {
      const name = collection(body);
      const data = params.readUpdateData(body, clock);
      const query = params.readQuery(body, clock);
      const txn = txnOf(body);
      if (!txn) {
        const result = await engine.findAndModify(name, query, data);
        return { data: { updated: result.updated, doc: result.doc ? encodeEjson(result.doc) : null } };
      }
      const match = engine.findInTransaction(txn, name, query, { limit: 1 })[0];
      if (!match) return { data: { updated: 0, doc: null } };
      const next = applyUpdate(match.doc, data, true);
      engine.txns.stage(txn, { collection: name, key: match.key, doc: next });
      return { data: { updated: 1, doc: encodeEjson(next) } };
    },

    'database.removeDocument': async (body) => {
      const name = collection(body);
      const txn = txnOf(body);
      if (!txn) {
        const multi = params.readFlag(body, 'multi', body.queryType !== 'DOC');
        return { data: { deleted: await engine.remove(name, params.readQuery(body, clock), multi) } };
      }
      requireDocQuery(body);
      const key = encodeKey(params.readDocId(body, clock));
      if (!engine.txns.read(txn, name, key)) return { data: { deleted: 0 } };
      engine.txns.stage(txn, { collection: name, key, doc: null });
      return { data: { deleted: 1 } };
    },

    'database.aggregateDocuments': (body) => ({ data: { list: list(engine.aggregate(collection(body), params.readStages(body, clock))) } }),

    'database.startTransaction': () => ({ top: { transactionId: engine.txns.start().id } }),

    'database.commitTransaction': (body) => {
      engine.commit(engine.txns.get(body.transactionId));
      return { data: {} };
    },

    'database.abortTransaction': (body) => {
      engine.txns.finish(engine.txns.get(body.transactionId));
      return { data: {} };
    },
  };
}
