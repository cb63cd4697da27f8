import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each collection of database/manifest.json has ONE owning repository module: the only file that
 * names it. Nobody else can reach it: collection names and accessors stay private to their owner
 * (no exported name constant, no exported `() => database.collection(…)`, no exported command
 * object `_`), and every `.collection(…)` / `readInTransaction(tx, …)` names its collection by a
 * literal or a constant, so this scan sees every use. Handlers and domain modules are kept away
 * from the SDK by eslint.config.mjs (no `_`, no `.collection`/`.where`/`.orderBy`/`.aggregate`) and
 * .dependency-cruiser.js (only repositories reach the SDK instance).
 */
const ROOT = join(__dirname, '..', '..');
const COLLECTIONS = new Set<string>(
  (JSON.parse(readFileSync(join(ROOT, 'database', 'manifest.json'), 'utf8')) as { collections: { name: string }[] }).collections.map(
    (collection) => collection.name,
  ),
);
/** The transaction plumbing opens whatever collection its caller names; it names none itself. */
const GENERIC = new Set(['cloudfunctions/_lib/transaction.repository.ts']);

const serverFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });

const files = serverFiles(join(ROOT, 'cloudfunctions')).map((path) => ({ path, source: readFileSync(join(ROOT, path), 'utf8') }));

const NAME_CONSTANT = /(export\s+)?const\s+([A-Z][A-Z0-9_]*)\s*=\s*'([a-z_]+)'/g;
const constants = new Map<string, string>();
for (const { source } of files)
  for (const [, , name, value] of source.matchAll(NAME_CONSTANT)) if (COLLECTIONS.has(value)) constants.set(name, value);

/** `.collection(X)` and `readInTransaction<T>(tx, X, …)`: X a literal or a constant, else null. */
const REFERENCE = /\.collection\(\s*([^),]+?)\s*\)|readInTransaction(?:<[^>]*>)?\(\s*\w+\s*,\s*([^,]+?)\s*,/g;
const resolve = (argument: string): string | null => {
  const literal = /^'([a-z_]+)'$/.exec(argument);
  if (literal) return COLLECTIONS.has(literal[1]) ? literal[1] : null;
  return constants.get(argument) ?? null;
};

const scan = () => {
  const owners = new Map<string, Set<string>>();
  const problems: { collection: string | null; text: string }[] = [];
  const problem = (collection: string | null, text: string) => problems.push({ collection, text });
  for (const { path, source } of files) {
    for (const match of source.matchAll(REFERENCE)) {
      const argument = match[1] ?? match[2];
      const collection = resolve(argument);
      if (collection) owners.set(collection, (owners.get(collection) ?? new Set()).add(path));
      else if (!GENERIC.has(path)) problem(null, `${path}: opens a collection it does not name (${argument})`);
    }
    for (const [, exported, name, value] of source.matchAll(NAME_CONSTANT))
      if (exported && COLLECTIONS.has(value)) problem(value, `${path}: exports the collection name ${name} = '${value}'`);
    for (const [accessor, argument] of source.matchAll(/export\s+const\s+\w+\s*=\s*\(\)\s*=>\s*\w+\.collection\(([^)]*)\)\s*;/g))
      problem(resolve(argument.trim()), `${path}: exports a collection accessor (${accessor.trim()})`);
    if (/export\s+const\s+_\s*=|export\s*\{[^}]*\b_\b/.test(source)) problem(null, `${path}: exports the command object _`);
  }
  return { owners, problems };
};

describe('sealed repositories', () => {
  const { owners, problems } = scan();

  it('finds the collections it guards (the scan itself works)', () => {
    expect(owners.size).toBeGreaterThan(COLLECTIONS.size / 2);
    for (const collection of owners.keys()) expect(COLLECTIONS.has(collection)).toBe(true);
  });

  it('keeps every collection private to its owner', () => {
    expect(problems.map(({ text }) => text)).toEqual([]);
  });

  it('gives every collection exactly one owning repository module', () => {
    const shared = [...owners].filter(([, paths]) => paths.size > 1);
    expect(shared.map(([collection, paths]) => `${collection}: ${[...paths].sort().join(', ')}`)).toEqual([]);
    for (const [, paths] of owners) for (const path of paths) expect(path).toMatch(/\.repository\.ts$/);
  });
});
