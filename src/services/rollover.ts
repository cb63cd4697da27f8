import { callAction } from './cloud';

/** Admin: what rolling into school year `toYear` would do, with the plan's hash for applying it. */
export const previewRollover = (toYear: number) => callAction('users', 'previewRollover', { toYear });

/** Admin: applies exactly the previewed plan; PLAN_STALE when anything changed since. */
export const applyRollover = (toYear: number, planHash: string) => callAction('users', 'applyRollover', { toYear, planHash });
