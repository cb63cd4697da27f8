import { run } from '../../bench/feed.bench';

/** The feed benchmark scaled down (1,000 and 3,000 questions): its correctness fields, not its timings. */
it('pages the latest and tag feeds correctly and reads about one page per page at either size', async () => {
  const result = await run(3_000);
  expect(result).toMatchObject({ bench: 'feed', questions_small: 1_000, questions_large: 3_000, pages_correct: true });
  // Latest: 20 rows + 1 look-ahead + the cursor's own row + the caller's user document.
  expect(result.docs_examined_deep_page_1k).toBeLessThanOrEqual(23);
  expect(result.docs_examined_deep_page_100k).toBeLessThanOrEqual(23);
  // Tag: the page's tag rows, then its questions by id.
  expect(result.docs_examined_max_per_page).toBeLessThanOrEqual(2 * 20 + 3);
  expect(Object.keys(result).slice(-3)).toEqual(['p50_ms_1k', 'p50_ms_100k', 'growth']);
}, 180_000);
