import { parseArgs } from 'node:util';

/**
 * `npm run bench -- NAME [--n N] [--sizes A,B]` (sizes: benches that take several): runs one benchmark; its last stdout line is one JSON object.
 * Benchmarks report throughput measured in one run; compare ratios, not absolute numbers.
 */
const benches: Record<string, () => Promise<{ run(n: number | undefined, sizes?: number[]): Promise<Record<string, unknown>> }>> = {
  emulator: () => import('./emulator.bench'),
  booking: () => import('./booking.bench'),
  qa: () => import('./qa.bench'),
  notices: () => import('./notices.bench'),
  feed: () => import('./feed.bench'),
  checkin: () => import('./checkin.bench'),
  'roster-import': () => import('./roster-import.bench'),
  home: () => import('./home.bench'),
  certificate: () => import('./certificate.bench'),
  impact: () => import('./impact.bench'),
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { n: { type: 'string' }, sizes: { type: 'string' } } });
  const name = positionals[0];
  const load = name ? benches[name] : undefined;
  if (!load) {
    console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [--n N] [--sizes A,B]`);
    process.exit(2);
  }
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : undefined;
  const result = await (await load()).run(values.n ? Number(values.n) : undefined, sizes);
  console.log(JSON.stringify(result));
  process.exit(0);
}

void main();
