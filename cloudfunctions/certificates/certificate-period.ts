import type { CertificatePeriod } from '@core/certificate';
import { shanghaiDay } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { listTermDocuments } from '../_lib/term.repository';

export interface ResolvedPeriod {
  period: CertificatePeriod & { label: string };
  /** Whether a ledger entry verified at this instant counts. */
  covers(instant: Date): boolean;
}

/** A period as the certificate names it, and which verified entries fall in it (by their Shanghai day). */
export const resolvePeriod = async (period: CertificatePeriod): Promise<ResolvedPeriod> => {
  if (period.kind === 'all') return { period: { ...period, label: '全部服务记录' }, covers: () => true };
  if (period.kind === 'year') {
    const year = String(period.year);
    return { period: { ...period, label: `${year}年度` }, covers: (instant) => shanghaiDay(instant).startsWith(`${year}-`) };
  }
  const term = (await listTermDocuments()).find((candidate) => candidate._id === period.termId);
  if (!term) throw new ActionError('NOT_FOUND', '学期不存在');
  return {
    period: { ...period, label: term.name },
    covers: (instant) => {
      const day = shanghaiDay(instant);
      return term.startDay <= day && day <= term.endDay;
    },
  };
};
