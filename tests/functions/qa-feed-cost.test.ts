import { seedQuestions } from '../../bench/qa-seed';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { TEACHER } from './qa-fixtures';
import { emulatorStats, resetEmulatorStats } from './invoke-function';

jest.setTimeout(120_000);

const LIMIT = 20;

/**
 * A feed page reads about a page of documents whatever the collection's size and however deep
 * the page, because the cursor is a range on an index (the emulator's docsExamined proves it).
 */
describe('qa: a feed page costs the same at 100 and at thousands of questions', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;

  beforeAll(async () => {
    local = await startTestLocal();
    qa = functionClient(local, 'qa');
  });
  afterAll(() => local?.dispose());

  /** Walks to page `page` (1-based) and answers what that page alone cost the database. */
  const costOfPage = async (params: Record<string, unknown>, page: number) => {
    let cursor: string | null = null;
    for (let i = 1; i < page; i++) {
      cursor = (await qa(TEACHER, 'feed', { ...params, limit: LIMIT, ...(cursor ? { cursor } : {}) })).data.nextCursor;
      expect(cursor).toEqual(expect.any(String));
    }
    await resetEmulatorStats(local.emulatorUrl);
    const reply = await qa(TEACHER, 'feed', { ...params, limit: LIMIT, ...(cursor ? { cursor } : {}) });
    const stats = await emulatorStats(local.emulatorUrl);
    expect(reply.data.items.length).toBeGreaterThan(0);
    return { docsExamined: stats.docsExamined, collectionScans: stats.collectionScans, first: reply.data.items[0].questionId };
  };

  it('reads about one page of documents at page 1, page 5 and page 50, at 100 and 3,100 questions', async () => {
    const small = await seedQuestions(100, Date.UTC(2024, 0, 1), 's');
    const latestSmall = [await costOfPage({}, 1), await costOfPage({}, 5)];
    const tagSmall = await costOfPage({ filter: 'tag', tag: '保养' }, 1);
    // 3,000 more, all older than the first 100, so page 5 of the latest feed is the same page.
    await seedQuestions(3000, Date.UTC(2020, 0, 1), 'l');
    const latestLarge = [await costOfPage({}, 1), await costOfPage({}, 5), await costOfPage({}, 50)];
    const tagLarge = [await costOfPage({ filter: 'tag', tag: '保养' }, 1), await costOfPage({ filter: 'tag', tag: '保养' }, 20)];
    const unansweredLarge = await costOfPage({ filter: 'unanswered' }, 30);

    expect(latestSmall[0].first).toBe(small[0]);
    expect(tagSmall.docsExamined).toBeLessThanOrEqual(tagLarge[0].docsExamined);
    expect(latestLarge[1].first).toBe(latestSmall[1].first);
    console.log('qa feed docsExamined', JSON.stringify({ latestSmall, latestLarge, tagSmall, tagLarge, unansweredLarge }));
    // One page, +1 to know there is a next, +1 the cursor's own row (the range includes it),
    // +1 the caller's user document (the role guard): never a scan.
    for (const cost of [...latestSmall, ...latestLarge, unansweredLarge]) {
      expect(cost.collectionScans).toBe(0);
      expect(cost.docsExamined).toBeLessThanOrEqual(LIMIT + 3);
    }
    // Page 50 of 3,100 costs what page 5 of 3,100 and page 1 of 100 cost (±1: the cursor's row, the look-ahead row).
    expect(latestLarge[2].docsExamined).toBe(latestLarge[1].docsExamined);
    expect(Math.abs(latestLarge[2].docsExamined - latestSmall[0].docsExamined)).toBeLessThanOrEqual(1);
    // Tag pages read the page's tag rows, then its questions by id.
    for (const cost of [tagSmall, ...tagLarge]) expect(cost.docsExamined).toBeLessThanOrEqual(2 * LIMIT + 3);
    expect(Math.abs(tagLarge[1].docsExamined - tagLarge[0].docsExamined)).toBeLessThanOrEqual(1);
  });
});
