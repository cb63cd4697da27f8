import { run } from '../../bench/checkin.bench';

jest.setTimeout(180_000);

/** The check-in benchmark at a small size: figures are not asserted, correctness is. */
it('runs the check-in benchmark: every student checked in once, repeats harmless, no forgery accepted', async () => {
  const result = await run(100);
  expect(result).toMatchObject({ bench: 'checkin', students: 100, accepted: 100, duplicates: 0, forged_accepted: 0 });
  // an accepted check-in is one conditional update on a known id; repeats and forgeries are priced apart
  expect(result.round_trips_per_checkin).toBeLessThanOrEqual(1.05);
});
