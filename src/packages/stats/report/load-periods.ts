import type { Envelope } from '@core/envelope';
import { shanghaiDay } from '@core/shanghai-time';
import { listTerms } from '@/services/records';

export interface PeriodChoice {
  value: string;
  label: string;
}

export interface PeriodChoices {
  terms: PeriodChoice[];
  years: PeriodChoice[];
  /** The term around today, else the latest; else the latest year; '' with no term at all. */
  initial: string;
}

/** The report's periods: every term, and every year a term starts in (a year is the terms starting in it). */
export const loadPeriods = async (): Promise<Envelope<PeriodChoices>> => {
  const reply = await listTerms();
  if (!reply.ok) return reply;
  const terms = [...reply.data.terms].sort((a, b) => b.startDay.localeCompare(a.startDay));
  const years = [...new Set(terms.map((term) => term.startDay.slice(0, 4)))];
  const today = shanghaiDay(new Date());
  const current = terms.find((term) => term.startDay <= today && today <= term.endDay) ?? terms[0];
  return {
    ok: true,
    data: {
      terms: terms.map((term) => ({ value: term.termId, label: term.name })),
      years: years.map((year) => ({ value: year, label: `${year}年度` })),
      initial: current?.termId ?? '',
    },
  };
};
