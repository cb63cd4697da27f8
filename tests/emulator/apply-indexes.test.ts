import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { TEST_MANIFEST } from './harness';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const dryRun = async (manifest: string) =>
  (
    await promisify(execFile)(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/apply-indexes.ts', '--dry-run', '--manifest', manifest],
      { cwd: REPO_ROOT },
    )
  ).stdout.split('\n');

describe('scripts/apply-indexes.ts --dry-run', () => {
  it('plans a 2dsphere index with the ordered ones, under its collection', async () => {
    const lines = await dryRun(TEST_MANIFEST);
    const places = lines.indexOf('ensure collection places');
    expect(places).toBeGreaterThan(0);
    expect(lines[places + 1]).toBe('  ensure 2dsphere index location_2dsphere (location 2dsphere)');
    expect(lines).toContain('  ensure unique index memberNo_unique (memberNo asc)');
    expect(lines).toContain('  ensure index group_n (group asc, n desc)');
  });

  it("plans every index of the project's own manifest", async () => {
    const lines = await dryRun(path.join(REPO_ROOT, 'database', 'manifest.json'));
    expect(lines[0]).toBe('plan for database/manifest.json (dry run, nothing sent):');
    expect(lines.filter((line) => line.startsWith('ensure collection ')).length).toBeGreaterThan(10);
  });
});
