import Database from 'better-sqlite3';
import { Binary, EJSON } from 'bson';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseStored } from '../db/ejson';
import { encodeKey } from '../db/index-key';
import type { IndexSpec } from '../db/manifest';
import { Store } from '../db/store';

/** What `database.json` of a dumped database says: its collections (with their indexes) and its other tables. */
export interface DatabaseDump {
  collections: Array<{ name: string; indexes: IndexSpec[]; documents: number }>;
  tables: string[];
}

/** The store's own tables; every other table (the open API's outbox, …) is dumped row by row. */
const STORE_TABLES = new Set(['collections', 'indexes', 'documents']);
const isStoreTable = (name: string) => STORE_TABLES.has(name) || /^ix_\d+$/.test(name) || name.startsWith('sqlite_');
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

interface TableDump {
  /** CREATE TABLE and CREATE INDEX statements, as sqlite_master holds them. */
  schema: string[];
  rows: Array<Record<string, unknown>>;
}

/**
 * Writes one emulator database as readable files: `collections/<name>.ndjson` (each line a
 * document's canonical EJSON, as stored), `tables/<name>.json` and `database.json`. Reads in one
 * read transaction on its own read-only connection, so a running emulator keeps serving and the
 * dump is one consistent moment.
 */
export const dumpDatabase = (sqliteFile: string, outDir: string): DatabaseDump => {
  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    return db.transaction(() => {
      mkdirSync(path.join(outDir, 'collections'), { recursive: true });
      mkdirSync(path.join(outDir, 'tables'), { recursive: true });
      const specs = db.prepare('SELECT coll, spec FROM indexes ORDER BY id').all() as Array<{ coll: string; spec: string }>;
      const names = (db.prepare('SELECT name FROM collections ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
      const collections = names.map((name) => {
        if (!SAFE_NAME.test(name)) throw new Error(`collection name ${name} cannot be a file name`);
        const bodies = (db.prepare('SELECT body FROM documents WHERE coll = ? ORDER BY rid').all(name) as Array<{ body: string }>).map(
          (r) => r.body,
        );
        writeFileSync(path.join(outDir, 'collections', `${name}.ndjson`), bodies.map((body) => `${body}\n`).join(''));
        const indexes = specs.filter((s) => s.coll === name).map((s) => JSON.parse(s.spec) as IndexSpec);
        return { name, indexes, documents: bodies.length };
      });
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>)
        .map((r) => r.name)
        .filter((name) => !isStoreTable(name));
      for (const table of tables) {
        if (!SAFE_NAME.test(table)) throw new Error(`table name ${table} cannot be a file name`);
        const schema = (
          db.prepare('SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC, name').all(table) as Array<{
            sql: string;
          }>
        ).map((r) => r.sql);
        const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Array<Record<string, unknown>>;
        const dump: TableDump = { schema, rows };
        writeFileSync(path.join(outDir, 'tables', `${table}.json`), `${EJSON.stringify(dump, undefined, 2, { relaxed: true })}\n`);
      }
      const dump: DatabaseDump = { collections, tables };
      writeFileSync(path.join(outDir, 'database.json'), `${JSON.stringify(dump, null, 2)}\n`);
      return dump;
    })();
  } finally {
    db.close();
  }
};

/** BLOB columns come back from EJSON as bson Binary; SQLite wants a Buffer. */
const sqliteValue = (value: unknown) => (value instanceof Binary ? Buffer.from(value.buffer) : value);

/**
 * Builds a fresh emulator database in `dbDir` from a dump: collections and their indexes through
 * the store itself (so index tables are built as the emulator builds them), documents with their
 * EJSON bodies unchanged, the other tables with their own schema and rows.
 */
export const restoreDatabase = (dumpDir: string, dbDir: string): DatabaseDump => {
  const dump = JSON.parse(readFileSync(path.join(dumpDir, 'database.json'), 'utf8')) as DatabaseDump;
  const store = new Store(dbDir);
  try {
    store.applyManifest(dump.collections.map(({ name, indexes }) => ({ name, indexes, geoIndexes: [] })));
    store.transaction(() => {
      for (const { name } of dump.collections) {
        const text = readFileSync(path.join(dumpDir, 'collections', `${name}.ndjson`), 'utf8');
        for (const body of text.split('\n').filter(Boolean)) {
          const doc = parseStored(body);
          store.putDoc(name, encodeKey(doc._id), doc, body, store.nextSeq(), true);
        }
      }
      for (const table of dump.tables) {
        const { schema, rows } = EJSON.parse(readFileSync(path.join(dumpDir, 'tables', `${table}.json`), 'utf8'), {
          relaxed: true,
        }) as TableDump;
        for (const statement of schema) store.db.exec(statement);
        for (const row of rows) {
          const columns = Object.keys(row);
          store.db
            .prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
            .run(...columns.map((c) => sqliteValue(row[c])));
        }
      }
    });
    return dump;
  } finally {
    store.close();
  }
};
