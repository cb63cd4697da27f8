import { run } from '../../bench/emulator.bench';

/** The benchmark at a small size: its figures are not asserted, its correctness fields are. */
it('runs the emulator benchmark without losing a write or overfilling a slot', async () => {
  const result = await run(100);
  expect(result.point_query_hits).toBe(result.point_query_expected);
  expect(result.cond_update_final_count).toBe(result.cond_update_capacity);
  expect(result.cond_update_granted).toBe(result.cond_update_capacity);
  expect(result.serial_granted).toBe(result.serial_n);
  expect(result.docs_examined_per_query).toBeLessThanOrEqual(1);
}, 60_000);
