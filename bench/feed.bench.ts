import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal } from '../local/start';
import { seedQuestions } from './qa-seed';

const LIMIT = 20;
const REPEATS = 15;
const SMALL = 1_000;
const DEEP_PAGE = 50;
const TAG = '保养';
/** qa-seed tags question i with TAGS[i % 6]; 保养 is the first, so every sixth question carries it. */
const TAG_EVERY = 6;
/** The deepest tag page the 1k database has (1,000 / 6 questions → 8 full pages). */
const TAG_DEEP_PAGE = Math.floor(SMALL / TAG_EVERY / LIMIT);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => Number(value.toFixed(2));
const hasTag = (id: string) => Number(id.slice(-9)) % TAG_EVERY === 0;

type Measured = { ms: number; docsExamined: number; ids: string[] };

/**
 * `npm run bench -- feed [--n N]`: the latest feed and the 保养 tag feed through the host (HTTP →
 * qa function → real SDK → emulator), first page and 50th page (20 per page), with 1,000 and then
 * N (default 100,000) questions. Each fetch is repeated 15 times (p50); the page before is reached
 * by walking cursors as the app scrolls. The larger size adds newer questions, so its 50th page holds
 * other questions than the 1k one. docsExamined (one fetch) shows what a page reads.
 */
export async function run(n = 100_000): Promise<Record<string, unknown>> {
  const large = Math.max(n, SMALL + DEEP_PAGE * LIMIT);
  const dataDir = mkdtempSync(join(tmpdir(), 'starfire-bench-feed-'));
  const local = await startLocal({ port: 0, dataDir, quiet: true });
  try {
    const login = await fetch(`${local.url}api/dev/login`, { method: 'POST', body: JSON.stringify({ persona: 'teacher' }) });
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const feed = async (params: Record<string, unknown>) => {
      const res = await fetch(`${local.url}api/qa`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ action: 'feed', limit: LIMIT, ...params }),
      });
      const body = (await res.json()) as { ok: boolean; data: { items: { questionId: string }[]; nextCursor: string | null } };
      if (!body.ok) throw new Error(`feed failed: ${JSON.stringify(body)}`);
      return body.data;
    };
    const emulator = (path: string, init?: RequestInit) => fetch(new URL(path, local.emulatorUrl), init);
    const measure = async (params: Record<string, unknown>, page: number): Promise<Measured> => {
      let cursor: string | undefined;
      for (let i = 1; i < page; i++) cursor = (await feed({ ...params, ...(cursor ? { cursor } : {}) })).nextCursor ?? undefined;
      const call = { ...params, ...(cursor ? { cursor } : {}) };
      const times: number[] = [];
      let ids: string[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const started = process.hrtime.bigint();
        ids = (await feed(call)).items.map((item) => item.questionId);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      await emulator('/_emulator/stats/reset', { method: 'POST' });
      await feed(call);
      const { docsExamined } = (await (await emulator('/_emulator/stats')).json()) as { docsExamined: number };
      return { ms: ms(median(times)), docsExamined, ids };
    };
    const tag = { filter: 'tag', tag: TAG };
    const measureAll = async () => ({
      first: await measure({}, 1),
      deep: await measure({}, DEEP_PAGE),
      tagFirst: await measure(tag, 1),
      tagDeep: await measure(tag, TAG_DEEP_PAGE),
    });

    const smallIds = await seedQuestions(SMALL, Date.UTC(2020, 0, 1), 's');
    // Warm the host, the function module and the JIT, or the first size pays the cold start.
    for (let i = 0; i < 40; i++) await feed(i % 2 ? tag : {});
    const s = await measureAll();
    const seedStarted = Date.now();
    const largeIds = await seedQuestions(large - SMALL, Date.UTC(2024, 0, 1), 'l');
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const l = await measureAll();

    const pageOf = (ids: string[], page: number) => JSON.stringify(ids.slice((page - 1) * LIMIT, page * LIMIT));
    const correct = (m: ReturnType<typeof measureAll> extends Promise<infer T> ? T : never, ids: string[]) =>
      JSON.stringify(m.first.ids) === pageOf(ids, 1) &&
      JSON.stringify(m.deep.ids) === pageOf(ids, DEEP_PAGE) &&
      JSON.stringify(m.tagFirst.ids) === pageOf(ids.filter(hasTag), 1) &&
      JSON.stringify(m.tagDeep.ids) === pageOf(ids.filter(hasTag), TAG_DEEP_PAGE);
    const docs = [s, l].flatMap((m) => [m.first, m.deep, m.tagFirst, m.tagDeep].map((page) => page.docsExamined));
    return {
      bench: 'feed',
      questions_small: SMALL,
      questions_large: large,
      page_size: LIMIT,
      repeats: REPEATS,
      deep_page: DEEP_PAGE,
      tag_deep_page: TAG_DEEP_PAGE,
      seed_questions_per_s: Math.round((large - SMALL) / seedSeconds),
      pages_correct: correct(s, smallIds) && correct(l, [...largeIds, ...smallIds]),
      docs_examined_max_per_page: Math.max(...docs),
      docs_examined_deep_page_1k: s.deep.docsExamined,
      docs_examined_deep_page_100k: l.deep.docsExamined,
      docs_examined_tag_deep_page_100k: l.tagDeep.docsExamined,
      first_page_ms_1k: s.first.ms,
      first_page_ms_100k: l.first.ms,
      tag_first_page_ms_1k: s.tagFirst.ms,
      tag_first_page_ms_100k: l.tagFirst.ms,
      tag_deep_page_ms_1k: s.tagDeep.ms,
      tag_deep_page_ms_100k: l.tagDeep.ms,
      tag_growth: ms(l.tagDeep.ms / s.tagDeep.ms),
      p50_ms_1k: s.deep.ms,
      p50_ms_100k: l.deep.ms,
      growth: ms(l.deep.ms / s.deep.ms),
    };
  } finally {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
