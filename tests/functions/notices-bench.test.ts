import { run } from '../../bench/notices.bench';

jest.setTimeout(120_000);

/** The notices benchmark at a small size: its figures come from correct answers. */
it('npm run bench -- notices reports a badge, a summary and the point query from correct answers', async () => {
  const result = await run(60);
  expect(result).toMatchObject({
    bench: 'notices',
    members: 60,
    badge_count: 1,
    summary_audience: 60,
    summary_read: 59,
    summary_confirmed: 59,
    point_query_found: 1,
  });
  for (const key of ['publish_ms', 'badge_p50_ms', 'summary_p50_ms', 'point_query_ms']) expect(result[key]).toBeGreaterThan(0);
});
