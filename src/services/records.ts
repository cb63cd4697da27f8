import type { ParamsOf } from '@core/action-contract';
import type { RecordsContract } from '@core/records.contract';
import { callAction } from './cloud';

/** The `records` function: manual attendance (audited), corrections, terms and .xlsx exports. */

type Params<A extends keyof RecordsContract> = ParamsOf<RecordsContract[A]>;

const call = <A extends keyof RecordsContract>(action: A, params: Params<A>) => callAction('records', action, params);

export const addAttendance = (params: Params<'addAttendance'>) => call('addAttendance', params);
export const auditLog = (params: Params<'auditLog'>) => call('auditLog', params);
export const requestCorrection = (params: Params<'requestCorrection'>) => call('requestCorrection', params);
export const myCorrections = () => call('myCorrections', {});
export const corrections = (activityId: string) => call('corrections', { activityId });
export const pendingCorrections = (cursor?: string) => call('pendingCorrections', { limit: 20, ...(cursor ? { cursor } : {}) });
export const decideCorrection = (params: Params<'decideCorrection'>) => call('decideCorrection', params);
export const listTerms = () => call('listTerms', {});
export const saveTerm = (params: Params<'saveTerm'>) => call('saveTerm', params);
/** Builds the .xlsx in the function (can take seconds for a large term); answers a temporary URL. */
export const exportAttendance = (activityId: string) => call('exportAttendance', { activityId });
export const exportTermHours = (termId: string) => call('exportTermHours', { termId });

/** The caller's own 志愿服务记录 as .xlsx. */
export const exportMyRecord = () => call('exportMyRecord', {});
/** Admins: a member's verified entries, to review and reverse. */
export const memberHours = (openid: string) => call('memberHours', { openid });
export const reverseHours = (params: Params<'reverseHours'>) => call('reverseHours', params);

/** National-platform export (admins): layouts, the validation preview, the .xlsx. */
export const exportLayouts = () => call('exportLayouts', {});
export const saveExportLayout = (params: Params<'saveExportLayout'>) => call('saveExportLayout', params);
export const removeExportLayout = (layoutId: string) => call('removeExportLayout', { layoutId });
export const previewPlatformExport = (params: Params<'previewPlatformExport'>) => call('previewPlatformExport', params);
export const exportPlatformHours = (params: Params<'exportPlatformHours'>) => call('exportPlatformHours', params);
