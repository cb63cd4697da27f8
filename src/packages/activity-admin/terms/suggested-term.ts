import type { Term } from '@core/activity.types';

/**
 * A new term starts as the academic term around `today` (autumn: 9-1 to 1-31, spring: 2-15 to 7-15),
 * so the usual case is one tap and the pickers are for the exceptions.
 */
export function suggestedTerm(today: string): Pick<Term, 'name' | 'startDay' | 'endDay'> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 2 && month <= 7) return { name: `${year - 1}–${year} 学年第二学期`, startDay: `${year}-02-15`, endDay: `${year}-07-15` };
  const autumn = month === 1 ? year - 1 : year;
  return { name: `${autumn}–${autumn + 1} 学年第一学期`, startDay: `${autumn}-09-01`, endDay: `${autumn + 1}-01-31` };
}
