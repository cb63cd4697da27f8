import { randomBytes } from 'node:crypto';
import { DbError } from './db-error';
import type { Store, StoredDoc } from './store';
import { parseStored } from './ejson';
import { encodeKey } from './index-key';
import { isObjectId } from './object-id';

export const TRANSACTION_TTL_MS = 30_000;

export interface StagedWrite {
  collection: string;
  /** The document's _id, as the caller named it (errors name it, never the key). */
  id: unknown;
  /** The _id's index-key encoding, which the store and the locks use. */
  key: string;
  /** null = delete */
  doc: Record<string, unknown> | null;
}

/**
 * CloudBase's own wording, as its SDK surfaces it (`error.message`), so code and logs that
 * recognise CloudBase's errors recognise ours; the conflict adds which document it was.
 */
export const TRANSACTION_NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';
export const TRANSACTION_CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';

/** An _id as a developer wrote it: "abc", 42, ObjectId("…"). */
const describeId = (id: unknown): string => (isObjectId(id) ? `ObjectId("${id.toHexString()}")` : JSON.stringify(id));

export interface Transaction {
  id: string;
  startSeq: number;
  startedAt: number;
  writes: Map<string, StagedWrite>;
  ended: Promise<void>;
  end: () => void;
}

interface Version {
  seq: number;
  body: string | null;
}

const lockKey = (collection: string, key: string) => `${collection}\u0000${key}`;

/**
 * Transaction bookkeeping: snapshots, write locks, conflicts and expiry.
 * Snapshot isolation without keeping history forever: while any transaction is open, every
 * committed write first saves the version it replaces, so a transaction started earlier can
 * still read what it would have seen at its start. When the last transaction ends, history goes.
 */
export class Transactions {
  private readonly open = new Map<string, Transaction>();
  private readonly locks = new Map<string, Transaction>();
  private readonly history = new Map<string, Version[]>();
  private readonly lastWrite = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly clock: { now(): number },
  ) {}

  get openCount(): number {
    return this.open.size;
  }

  start(): Transaction {
    this.sweep();
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const txn: Transaction = {
      id: randomBytes(12).toString('hex'),
      startSeq: this.store.currentSeq(),
      startedAt: this.clock.now(),
      writes: new Map(),
      ended,
      end,
    };
    this.open.set(txn.id, txn);
    return txn;
  }

  get(id: unknown): Transaction {
    this.sweep();
    const txn = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!txn) throw new DbError('DATABASE_TRANSACTION_FAIL', TRANSACTION_NOT_EXIST_MESSAGE);
    return txn;
  }

  /** The open transaction holding a write lock on the document, if any. */
  holder(collection: string, key: string): Transaction | undefined {
    return this.locks.get(lockKey(collection, key));
  }

  /** Reads a document as the transaction sees it: its own staged write, else its snapshot. */
  read(txn: Transaction, collection: string, key: string): Record<string, unknown> | null {
    const staged = txn.writes.get(lockKey(collection, key));
    if (staged) return staged.doc;
    const body = this.snapshotBody(txn, collection, key);
    return body === null ? null : parseStored(body);
  }

  /**
   * Keys of `collection` whose version the transaction sees may differ from the committed one:
   * its own staged writes and every document committed (or deleted) since it started. Any other
   * committed document is visible to it as stored.
   */
  changedKeys(txn: Transaction, collection: string): Set<string> {
    const prefix = lockKey(collection, '');
    const keys = new Set<string>();
    for (const k of [...txn.writes.keys(), ...this.history.keys()]) if (k.startsWith(prefix)) keys.add(k.slice(prefix.length));
    return keys;
  }

  /** Stages a write; fails at once (and aborts, as CloudBase does) on a lock or a newer commit. */
  stage(txn: Transaction, staged: Omit<StagedWrite, 'key'>): void {
    const write = { ...staged, key: encodeKey(staged.id) };
    const k = lockKey(write.collection, write.key);
    const holder = this.locks.get(k);
    const locked = holder !== undefined && holder !== txn;
    if (locked || this.lastModified(write.collection, write.key) > txn.startSeq) {
      this.finish(txn);
      const why = locked ? 'is being written by another open transaction' : 'changed after this transaction started';
      throw new DbError(
        'DATABASE_TRANSACTION_CONFLICT',
        `${TRANSACTION_CONFLICT_MESSAGE} (document _id ${describeId(write.id)} in ${write.collection} ${why})`,
      );
    }
    this.locks.set(k, txn);
    txn.writes.set(k, write);
  }

  /** Must be called inside the store transaction before a committed write replaces `previous`. */
  recordOverwrite(collection: string, key: string, previous: StoredDoc | undefined, newSeq: number): void {
    if (this.open.size === 0) return;
    const k = lockKey(collection, key);
    const versions = this.history.get(k) ?? [];
    versions.push(previous ? { seq: previous.seq, body: previous.body } : { seq: this.lastWrite.get(k) ?? 0, body: null });
    this.history.set(k, versions);
    this.lastWrite.set(k, newSeq);
  }

  finish(txn: Transaction): void {
    if (!this.open.delete(txn.id)) return;
    for (const k of txn.writes.keys()) if (this.locks.get(k) === txn) this.locks.delete(k);
    if (this.open.size === 0) {
      this.history.clear();
      this.lastWrite.clear();
    }
    txn.end();
  }

  /** Ends transactions older than the TTL; runs on every request and on a timer. */
  sweep(): void {
    const now = this.clock.now();
    for (const txn of [...this.open.values()]) if (now - txn.startedAt >= TRANSACTION_TTL_MS) this.finish(txn);
  }

  private lastModified(collection: string, key: string): number {
    const row = this.store.getDoc(collection, key);
    return Math.max(row?.seq ?? 0, this.lastWrite.get(lockKey(collection, key)) ?? 0);
  }

  private snapshotBody(txn: Transaction, collection: string, key: string): string | null {
    const k = lockKey(collection, key);
    const current = this.store.getDoc(collection, key);
    const currentSeq = current ? current.seq : (this.lastWrite.get(k) ?? 0);
    if (currentSeq <= txn.startSeq) return current ? current.body : null;
    let visible: Version | undefined;
    for (const version of this.history.get(k) ?? [])
      if (version.seq <= txn.startSeq && (!visible || version.seq >= visible.seq)) visible = version;
    return visible ? visible.body : null;
  }
}
