import { run } from '../../bench/impact.bench';

jest.setTimeout(300_000);

/** The impact benchmark at a small pair of sizes: its figures come from correct dashboards (correctness only, no timings). */
it('npm run bench -- impact reports round trips per size from correct 数据看板 answers, live and after the nightly merge', async () => {
  const result = await run(undefined, [1000, 2000]);
  expect(result).toMatchObject({ bench: 'impact', hoursCorrect: true, differencesAfterRepair: 0 });
  expect(result.roundTrips).toBeLessThanOrEqual(5);
  const sizes = result.sizes as { docsExaminedPerLoad: number; docsExaminedAfterMerge: number; mergedByRepair: number }[];
  for (const size of sizes) {
    expect(size.mergedByRepair).toBeGreaterThan(0);
    expect(size.docsExaminedAfterMerge).toBeLessThan(size.docsExaminedPerLoad);
  }
});
