import { callAction } from './cloud';

/** The `roster` function (admins): the committee's .xlsx roster of members. */

/** The template as a 1-hour link, opened like an export. */
export const rosterTemplate = () => callAction('roster', 'template', {});

/** What importing the uploaded file would do; problems row by row. */
export const previewRoster = (fileId: string) => callAction('roster', 'preview', { fileId });

/** Imports the file (validated again on the server); only changed entries are written. */
export const applyRoster = (fileId: string) => callAction('roster', 'apply', { fileId });
