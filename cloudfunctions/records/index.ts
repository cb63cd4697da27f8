import { recordsContract } from '@core/records.contract';
import { defineFunction } from '../_lib/define-function';
import { addAttendance } from './add-attendance.handler';
import { auditLog } from './audit-log.handler';
import { closeActivities } from './close-activities.timer';
import { corrections } from './corrections.handler';
import { decideCorrection } from './decide-correction.handler';
import { exportAttendance } from './export-attendance.handler';
import { exportTermHours } from './export-term-hours.handler';
import { listTerms } from './list-terms.handler';
import { myCorrections } from './my-corrections.handler';
import { requestCorrection } from './request-correction.handler';
import { saveTerm } from './save-term.handler';

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
    decideCorrection,
    listTerms,
    saveTerm,
    exportAttendance,
    exportTermHours,
  },
  timers: { closeActivities },
});

export const main = recordsFunction.main;
