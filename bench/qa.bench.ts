import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal } from '../local/start';
import { seedQuestions } from './qa-seed';

const LIMIT = 20;
const REPEATS = 7;
const DEEP_PAGE_LARGE = 50;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The Q&A feed through the host (HTTP → qa function → real SDK → emulator), with 100 and then
 * `n` questions seeded straight through the SDK. Times the first and a deep page (p50 of 7) of the
 * latest feed and of a tag feed, and reads the emulator's docsExamined for one deep page: it stays
 * about one page whatever the size, which is what "a page costs the same at 100 or 100,000" means.
 */
export async function run(n = 10_000): Promise<Record<string, unknown>> {
  const small = 100;
  const large = Math.max(n, 1_000 + small);
  const dataDir = mkdtempSync(join(tmpdir(), 'starfire-bench-qa-'));
  const local = await startLocal({ port: 0, dataDir, quiet: true });
  const stats = new URL('/_emulator/stats', local.emulatorUrl).href;
  try {
    const login = await fetch(`${local.url}api/dev/login`, { method: 'POST', body: JSON.stringify({ persona: 'teacher' }) });
    const { data } = (await login.json()) as { data: { token: string } };
    const feed = async (params: Record<string, unknown>) => {
      const res = await fetch(`${local.url}api/qa`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
        body: JSON.stringify({ action: 'feed', limit: LIMIT, ...params }),
      });
      const body = (await res.json()) as { ok: boolean; data: { items: { questionId: string }[]; nextCursor: string | null } };
      if (!body.ok) throw new Error(`feed failed: ${JSON.stringify(body)}`);
      return body.data;
    };
    /** The cursor that opens page `page` (walked, as the app scrolls). */
    const cursorOf = async (params: Record<string, unknown>, page: number) => {
      let cursor: string | undefined;
      for (let i = 1; i < page; i++) cursor = (await feed({ ...params, ...(cursor ? { cursor } : {}) })).nextCursor ?? undefined;
      return cursor;
    };
    const tag = { filter: 'tag', tag: '保养' };
    const measure = async (params: Record<string, unknown>, page: number) => {
      const cursor = await cursorOf(params, page);
      const call = { ...params, ...(cursor ? { cursor } : {}) };
      const times: number[] = [];
      let ids: string[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const started = process.hrtime.bigint();
        ids = (await feed(call)).items.map((item) => item.questionId);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      await fetch(new URL('/_emulator/stats/reset', local.emulatorUrl), { method: 'POST' });
      await feed(call);
      const { docsExamined } = (await (await fetch(stats)).json()) as { docsExamined: number };
      return { ms: Number(median(times).toFixed(2)), docsExamined, ids };
    };
    const smallIds = await seedQuestions(small, Date.UTC(2024, 0, 1), 's');
    // Warm the host, the function module and the JIT first, or the first size pays the cold start.
    for (let i = 0; i < 30; i++) await feed(i % 2 ? tag : {});
    const smallDeepPage = small / LIMIT;
    const s = { first: await measure({}, 1), deep: await measure({}, smallDeepPage), tag: await measure(tag, 1) };

    const seedStarted = Date.now();
    // Older than the first 100, so the latest feed's first pages are unchanged and the deep page is known.
    const largeIds = await seedQuestions(large - small, Date.UTC(2020, 0, 1), 'l');
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const l = {
      first: await measure({}, 1),
      deep: await measure({}, DEEP_PAGE_LARGE),
      tag: await measure(tag, 1),
      tagDeep: await measure(tag, Math.floor(DEEP_PAGE_LARGE / 6)),
    };

    const all = [...smallIds, ...largeIds];
    const pageOf = (page: number) => all.slice((page - 1) * LIMIT, page * LIMIT);
    return {
      bench: 'qa',
      questions_small: small,
      questions_large: large,
      page_size: LIMIT,
      deep_page_small: smallDeepPage,
      deep_page_large: DEEP_PAGE_LARGE,
      first_page_ms_small: s.first.ms,
      first_page_ms_large: l.first.ms,
      tag_page_ms_small: s.tag.ms,
      tag_page_ms_large: l.tag.ms,
      tag_deep_page_ms_large: l.tagDeep.ms,
      seed_questions_per_s: Math.round((large - small) / seedSeconds),
      // correctness: the pages hold exactly the expected questions in order
      pages_correct:
        JSON.stringify(s.first.ids) === JSON.stringify(pageOf(1)) &&
        JSON.stringify(s.deep.ids) === JSON.stringify(pageOf(smallDeepPage)) &&
        JSON.stringify(l.first.ids) === JSON.stringify(pageOf(1)) &&
        JSON.stringify(l.deep.ids) === JSON.stringify(pageOf(DEEP_PAGE_LARGE)),
      docs_examined_per_page_small: s.deep.docsExamined,
      docs_examined_tag_page_large: l.tagDeep.docsExamined,
      docs_examined_per_page: l.deep.docsExamined,
      page_ms_small: s.deep.ms,
      page_ms_large: l.deep.ms,
      ratio: Number((l.deep.ms / s.deep.ms).toFixed(2)),
    };
  } finally {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
