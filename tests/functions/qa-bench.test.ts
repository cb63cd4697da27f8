import { run } from '../../bench/qa.bench';

/** The Q&A feed benchmark at a small size: timings are not asserted, its correctness fields are. */
it('pages the feed correctly and reads about one page per page at 100 and 1,100 questions', async () => {
  const result = await run(1_100);
  expect(result.pages_correct).toBe(true);
  // 20 rows + 1 look-ahead + the cursor's own row + the caller's user document.
  expect(result.docs_examined_per_page).toBeLessThanOrEqual(23);
  expect(result.docs_examined_per_page_small).toBeLessThanOrEqual(23);
  expect(result.docs_examined_tag_page_large).toBeLessThanOrEqual(2 * 20 + 3);
}, 120_000);
