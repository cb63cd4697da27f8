import { DbError, invalidParam } from './db-error';
import { isValidCollectionName } from './manifest';
import type { Engine } from './engine';
import { newId } from './engine';
import { encodeKey } from './index-key';
import { encodeResult, isDocumentId, objectIdsAsHex, withObjectIdAliases } from './object-id';
import * as params from './request-params';
import type { Transaction } from './transactions';
import { applyUpdate } from './update-doc';

type Body = Record<string, unknown>;
/** `data` goes under `data`; `top` is merged into the envelope itself (startTransaction's shape). */
export type ActionResult = { data?: Record<string, unknown>; top?: Record<string, unknown> };
export type ActionHandler = (body: Body) => Promise<ActionResult> | ActionResult;

const list = (docs: Record<string, unknown>[]) => docs.map(encodeResult);

/** The `database.*` actions of CloudBase's `/admin` endpoint, as the node SDK sends them. */
export function databaseActions(engine: Engine): Record<string, ActionHandler> {
  const clock = engine.clock;
  const txnOf = (body: Body): Transaction | undefined =>
    body.transactionId === undefined || body.transactionId === null ? undefined : engine.txns.get(body.transactionId);
  const collection = (body: Body) => engine.requireCollection(body.collectionName);
  /** A doc(id) query addresses one document (see Engine.docId); a where() query on a 24-hex _id also finds that ObjectId. */
  const queryOf = (body: Body, txn?: Transaction) => {
    const query = params.readQuery(body, clock);
    if (body.queryType !== 'DOC') return withObjectIdAliases(query);
    return { ...query, _id: engine.docId(collection(body), query._id, txn) };
  };
  const docIdOf = (body: Body, txn: Transaction) => engine.docId(collection(body), params.readDocId(body, clock), txn);
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
      if (!txn) return { data: { insertedIds: objectIdsAsHex(await engine.insert(name, docs)) } };
      const ids = docs.map((doc) => {
        const withId = { ...doc, _id: doc._id ?? newId() };
        if (!isDocumentId(withId._id)) throw invalidParam('_id must be a string, a number or an ObjectId');
        if (engine.txns.read(txn, name, encodeKey(withId._id)))
          throw new DbError('DATABASE_DUPLICATE_WRITE', `duplicate _id ${withId._id} in collection ${name}`);
        engine.txns.stage(txn, { collection: name, id: withId._id, doc: withId });
        return withId._id;
      });
      return { data: { insertedIds: objectIdsAsHex(ids) } };
    },

    'database.getDocument': (body) => {
      const name = collection(body);
      const txn = txnOf(body);
      if (txn && body.queryType === 'DOC') {
        const doc = engine.txns.read(txn, name, encodeKey(docIdOf(body, txn)));
        return { data: { list: doc ? list(engine.project([doc], params.readProjection(body, clock))) : [] } };
      }
      if (txn) {
        const { skip, limit } = params.readPaging(body);
        const found = engine.findInTransaction(txn, name, queryOf(body, txn), {
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
        queryOf(body),
        { sort: params.readOrder(body, clock), skip, limit },
        params.readProjection(body, clock),
      );
      return { data: { list: list(docs), offset: skip, limit } };
    },

    'database.calculateDocument': (body) => ({ data: { total: engine.count(collection(body), queryOf(body)) } }),

    'database.modifyDocument': async (body) => {
      const name = collection(body);
      const data = params.readUpdateData(body, clock);
      const merge = params.readFlag(body, 'merge', true);
      const upsert = params.readFlag(body, 'upsert', false);
      const txn = txnOf(body);
      if (!txn) {
        const multi = params.readFlag(body, 'multi', body.queryType !== 'DOC');
        const result = await engine.update(name, queryOf(body), data, { multi, merge, upsert });
        return {
          data: result.upsertId === undefined ? { updated: result.updated } : { updated: result.updated, upsert_id: result.upsertId },
        };
      }
      requireDocQuery(body);
      const id = docIdOf(body, txn);
      const current = engine.txns.read(txn, name, encodeKey(id));
      if (!current && !upsert) return { data: { updated: 0 } };
      engine.txns.stage(txn, { collection: name, id, doc: applyUpdate(current ?? { _id: params.readDocId(body, clock) }, data, merge) });
      return { data: current ? { updated: 1 } : { updated: 0, upsert_id: params.readDocId(body, clock) } };
    },

    'database.modifyAndReturnDoc': async (body) => {
      const name = collection(body);
      const data = params.readUpdateData(body, clock);
      const txn = txnOf(body);
      const query = queryOf(body, txn);
      if (!txn) {
        const result = await engine.findAndModify(name, query, data);
        return { data: { updated: result.updated, doc: result.doc ? encodeResult(result.doc) : null } };
      }
      const match = engine.findInTransaction(txn, name, query, { limit: 1 })[0];
      if (!match) return { data: { updated: 0, doc: null } };
      const next = applyUpdate(match.doc, data, true);
      engine.txns.stage(txn, { collection: name, id: match.doc._id, doc: next });
      return { data: { updated: 1, doc: encodeResult(next) } };
    },

    'database.removeDocument': async (body) => {
      const name = collection(body);
      const txn = txnOf(body);
      if (!txn) {
        const multi = params.readFlag(body, 'multi', body.queryType !== 'DOC');
        return { data: { deleted: await engine.remove(name, queryOf(body), multi) } };
      }
      requireDocQuery(body);
      const id = docIdOf(body, txn);
      if (!engine.txns.read(txn, name, encodeKey(id))) return { data: { deleted: 0 } };
      engine.txns.stage(txn, { collection: name, id, doc: null });
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
