import { run } from '../../bench/roster-import.bench';

jest.setTimeout(120_000);

/** The roster-import benchmark at a small size: figures are not asserted, correctness is. */
it('runs the roster-import benchmark: every row created once, the same file again writes nothing', async () => {
  const result = await run(200);
  expect(result).toMatchObject({
    bench: 'roster-import',
    rows: 200,
    preview_problems: 0,
    // The preview writes only the upload's claim record.
    preview_writes: 1,
    created: 200,
    updated: 0,
    unchanged: 0,
    second_created: 0,
    second_updated: 0,
    second_unchanged: 200,
    second_apply_writes: 0,
    reupload_created: 0,
    reupload_updated: 0,
    reupload_unchanged: 200,
    // A fresh upload of the same rows: its claim record, no entry.
    reupload_apply_writes: 1,
    roster_entries: 200,
  });
  // 200 entries and the audit entry, in a few round trips rather than one per row.
  expect(result.apply_writes).toBe(201);
  expect(result.apply_round_trips).toBeLessThan(15);
  expect(result.second_apply_round_trips).toBeLessThan(10);
});
