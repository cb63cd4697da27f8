import { recordsContract } from '@core/records.contract';
import { defineFunction } from '../_lib/define-function';
import { addAttendance } from './actions/add-attendance';
import { auditLog } from './actions/audit-log';
import { closeActivities } from './timers/close-activities';
import { corrections } from './actions/corrections';
import { decideCorrection } from './actions/decide-correction';
import { exportAttendance } from './actions/export-attendance';
import { exportLayouts } from './actions/export-layouts';
import { exportPlatformHours } from './actions/export-platform-hours';
import { previewPlatformExport } from './actions/preview-platform-export';
import { removeExportLayout } from './actions/remove-export-layout';
import { saveExportLayout } from './actions/save-export-layout';
import { exportMyRecord } from './actions/export-my-record';
import { exportTermHours } from './actions/export-term-hours';
import { listTerms } from './actions/list-terms';
import { memberHours } from './actions/member-hours';
import { myCorrections } from './actions/my-corrections';
import { pendingCorrections } from './actions/pending-corrections';
import { requestCorrection } from './actions/request-correction';
import { reverseHours } from './actions/reverse-hours';
import { saveTerm } from './actions/save-term';

/**
 * `records`: attendance after the scan — manual additions (audited), corrections, terms, the
 * closing timer at an activity's end, and the .xlsx exports (ExcelJS stays in this bundle only).
 */
export const recordsFunction = defineFunction({
  name: 'records',
  contract: recordsContract,
  handlers: {
    addAttendance,
    auditLog,
    requestCorrection,
    myCorrections,
    corrections,
    pendingCorrections,
    decideCorrection,
    listTerms,
    saveTerm,
    exportAttendance,
    exportTermHours,
    exportMyRecord,
    exportLayouts,
    saveExportLayout,
    removeExportLayout,
    previewPlatformExport,
    exportPlatformHours,
    memberHours,
    reverseHours,
  },
  timers: { closeActivities },
});

export const main = recordsFunction.main;
