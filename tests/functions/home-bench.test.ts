import { run } from '../../bench/home.bench';

jest.setTimeout(180_000);

/** The home benchmark at a small pair of sizes: its figures come from correct answers. */
it('npm run bench -- home reports round trips and p50 per size from correct 首页 answers', async () => {
  const result = await run(300);
  expect(result).toMatchObject({
    bench: 'home',
    student_next_activity: '学雷锋日社区义诊',
    student_answers: 1,
    teacher_next_booking_status: 'submitted',
    leader_today_jobs: 8,
    leader_unassigned: 20,
    leader_unassigned_more: true,
    admin_applications: 3,
    admin_applications_more: false,
    admin_corrections: 2,
  });
  expect(result.student_unread_notices).toBeGreaterThan(150);
  expect(result.round_trips).toBeLessThanOrEqual(4);
  for (const size of result.sizes as { p50_ms: number; round_trips: number }[]) expect(size.p50_ms).toBeGreaterThan(0);
});
