import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DbError } from './db-error';
import { indexEntries } from './index-entries';
import type { CollectionSpec, GeoIndexSpec, IndexSpec } from './manifest';
import { parseStored } from './ejson';

export interface StoredDoc {
  key: string;
  seq: number;
  body: string;
}

export interface IndexMeta {
  id: number;
  collection: string;
  spec: IndexSpec;
  table: string;
  multikey: boolean;
}

/**
 * Durable storage: one SQLite file in WAL mode. Documents live in one table keyed by
 * (collection, encoded _id); each declared index is its own table of encoded keys so that
 * SQLite's B-trees answer equality, range and order, and UNIQUE indexes enforce uniqueness.
 */
export class Store {
  readonly db: Database.Database;
  private readonly collections = new Set<string>();
  private readonly indexesByCollection = new Map<string, IndexMeta[]>();
  private seq = 0;
  /** 2dsphere indexes are declarations the geo operators check for (answers come from a scan), so they live with the manifest. */
  private readonly geoByCollection = new Map<string, GeoIndexSpec[]>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'cloudbase.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed write survives the process being killed (kill -9);
    // only an OS crash or power loss could lose the last commits, which FULL would add an fsync for.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS indexes (id INTEGER PRIMARY KEY, coll TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, multikey INTEGER NOT NULL DEFAULT 0, UNIQUE (coll, name));
      CREATE TABLE IF NOT EXISTS documents (rid INTEGER PRIMARY KEY, coll TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, UNIQUE (coll, key));
    `);
    for (const row of this.db.prepare('SELECT name FROM collections').all() as Array<{ name: string }>) this.collections.add(row.name);
    for (const row of this.db.prepare('SELECT id, coll, spec, multikey FROM indexes').all() as Array<{
      id: number;
      coll: string;
      spec: string;
      multikey: number;
    }>) {
      this.remember({ id: row.id, collection: row.coll, spec: JSON.parse(row.spec), table: `ix_${row.id}`, multikey: row.multikey === 1 });
    }
    this.seq = (this.db.prepare('SELECT MAX(seq) AS s FROM documents').get() as { s: number | null }).s ?? 0;
  }

  close(): void {
    this.db.close();
  }

  nextSeq(): number {
    return ++this.seq;
  }

  currentSeq(): number {
    return this.seq;
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections];
  }

  indexes(collection: string): IndexMeta[] {
    return this.indexesByCollection.get(collection) ?? [];
  }

  /** Entries in an index's table (one per document, one per element of an indexed array). */
  indexSize(meta: IndexMeta): number {
    return (this.stmt(`SELECT COUNT(*) AS n FROM ${meta.table}`).get() as { n: number }).n;
  }

  addCollection(name: string): boolean {
    if (this.collections.has(name)) return false;
    this.db.prepare('INSERT INTO collections (name) VALUES (?)').run(name);
    this.collections.add(name);
    return true;
  }

  geoIndexes(collection: string): GeoIndexSpec[] {
    return this.geoByCollection.get(collection) ?? [];
  }

  /** Creates collections and (re)builds indexes so the database matches the manifest. */
  applyManifest(specs: CollectionSpec[]): void {
    for (const spec of specs) this.geoByCollection.set(spec.name, spec.geoIndexes ?? []);
    this.db.transaction(() => {
      for (const spec of specs) {
        this.addCollection(spec.name);
        const wanted = new Map(spec.indexes.map((ix) => [ix.name, ix]));
        for (const meta of this.indexes(spec.name)) {
          const next = wanted.get(meta.spec.name);
          if (!next || JSON.stringify(next) !== JSON.stringify(meta.spec)) this.dropIndex(meta);
        }
        const present = new Set(this.indexes(spec.name).map((m) => m.spec.name));
        for (const ix of spec.indexes) if (!present.has(ix.name)) this.createIndex(spec.name, ix);
      }
    })();
  }

  private createIndex(collection: string, spec: IndexSpec): void {
    const id = Number(
      this.db.prepare('INSERT INTO indexes (coll, name, spec) VALUES (?, ?, ?)').run(collection, spec.name, JSON.stringify(spec))
        .lastInsertRowid,
    );
    const table = `ix_${id}`;
    const cols = spec.keys.map((_, i) => `k${i} TEXT NOT NULL`).join(', ');
    const ordered = spec.keys.map(([, dir], i) => `k${i} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ');
    this.db.exec(`CREATE TABLE ${table} (${cols}, doc_key TEXT NOT NULL)`);
    this.db.exec(
      spec.unique
        ? `CREATE UNIQUE INDEX ${table}_keys ON ${table} (${ordered})`
        : `CREATE INDEX ${table}_keys ON ${table} (${ordered}, doc_key)`,
    );
    this.db.exec(`CREATE INDEX ${table}_doc ON ${table} (doc_key)`);
    const meta: IndexMeta = { id, collection, spec, table, multikey: false };
    this.remember(meta);
    for (const row of this.scanAll(collection)) {
      try {
        this.writeIndexRows(meta, row.key, parseStored(row.body));
      } catch (error) {
        throw new Error(
          `cannot build unique index ${collection}.${spec.name}: existing documents violate it (${(error as Error).message})`,
        );
      }
    }
  }

  private dropIndex(meta: IndexMeta): void {
    this.db.exec(`DROP TABLE IF EXISTS ${meta.table}`);
    this.db.prepare('DELETE FROM indexes WHERE id = ?').run(meta.id);
    this.indexesByCollection.set(
      meta.collection,
      this.indexes(meta.collection).filter((m) => m.id !== meta.id),
    );
  }

  private remember(meta: IndexMeta): void {
    this.indexesByCollection.set(meta.collection, [...this.indexes(meta.collection), meta]);
  }

  getDoc(collection: string, key: string): StoredDoc | undefined {
    return this.stmt('SELECT key, seq, body FROM documents WHERE coll = ? AND key = ?').get(collection, key) as StoredDoc | undefined;
  }

  *scanAll(collection: string): IterableIterator<StoredDoc> {
    yield* this.stmt('SELECT key, seq, body FROM documents WHERE coll = ? ORDER BY rid').iterate(collection) as IterableIterator<StoredDoc>;
  }

  /** Runs an index scan built by the planner; rows come back in index order. */
  *scanIndex(sql: string, params: unknown[]): IterableIterator<StoredDoc> {
    yield* this.stmt(sql).iterate(...params) as IterableIterator<StoredDoc>;
  }

  /** Inserts or replaces one document and its index rows; must run inside `transaction`. */
  putDoc(collection: string, key: string, doc: Record<string, unknown>, body: string, seq: number, isNew: boolean): void {
    try {
      if (isNew) this.stmt('INSERT INTO documents (coll, key, seq, body) VALUES (?, ?, ?, ?)').run(collection, key, seq, body);
      else this.stmt('UPDATE documents SET seq = ?, body = ? WHERE coll = ? AND key = ?').run(seq, body, collection, key);
      for (const meta of this.indexes(collection)) {
        if (!isNew) this.stmt(`DELETE FROM ${meta.table} WHERE doc_key = ?`).run(key);
        this.writeIndexRows(meta, key, doc);
      }
    } catch (error) {
      throw asDuplicate(error, collection);
    }
  }

  deleteDoc(collection: string, key: string): void {
    this.stmt('DELETE FROM documents WHERE coll = ? AND key = ?').run(collection, key);
    for (const meta of this.indexes(collection)) this.stmt(`DELETE FROM ${meta.table} WHERE doc_key = ?`).run(key);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  private writeIndexRows(meta: IndexMeta, key: string, doc: Record<string, unknown>): void {
    const { rows, multikey } = indexEntries(doc, meta.spec);
    if (multikey && !meta.multikey) {
      meta.multikey = true;
      this.stmt('UPDATE indexes SET multikey = 1 WHERE id = ?').run(meta.id);
    }
    const placeholders = meta.spec.keys.map(() => '?').join(', ');
    const insert = this.stmt(`INSERT INTO ${meta.table} VALUES (${placeholders}, ?)`);
    for (const row of rows) insert.run(...row, key);
  }

  private readonly statements = new Map<string, Database.Statement>();

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function asDuplicate(error: unknown, collection: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DbError(
      'DATABASE_DUPLICATE_WRITE',
      `duplicate key in collection ${collection}: a document with the same _id or unique index key exists`,
    );
  }
  return error;
}
