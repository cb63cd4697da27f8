import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findExportLayout, insertExportLayout, updateExportLayout } from '../export-layout.repository';

const headersOf = (columns: { header: string }[]) => columns.map((column) => column.header).join('、');

/** Creates (no layoutId) or replaces a layout; the audit entry names its columns before and after. */
export const saveExportLayout = async ({ params, caller }: ActionInvocation<RecordsContract['saveExportLayout']>) => {
  const fields = { name: params.name, columns: params.columns };
  const before = params.layoutId ? await findExportLayout(params.layoutId) : null;
  if (params.layoutId && !before) throw new ActionError('NOT_FOUND', '导出版式不存在或已删除');
  const layout = params.layoutId
    ? await updateExportLayout(params.layoutId, fields, caller.openid)
    : await insertExportLayout(fields, caller.openid);
  if (!layout) throw new ActionError('NOT_FOUND', '导出版式不存在或已删除');
  await recordAdminChange({
    kind: 'export.layout',
    actor: caller,
    target: { type: 'exportLayout', id: layout.layoutId, label: layout.name },
    before: before ? { name: before.name, columns: headersOf(before.columns) } : null,
    after: { name: layout.name, columns: headersOf(layout.columns) },
  });
  return { layout };
};
