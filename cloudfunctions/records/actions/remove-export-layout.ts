import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findExportLayout, removeExportLayoutDocument } from '../export-layout.repository';

export const removeExportLayout = async ({ params, caller }: ActionInvocation<RecordsContract['removeExportLayout']>) => {
  const layout = await findExportLayout(params.layoutId);
  if (!layout || !(await removeExportLayoutDocument(params.layoutId))) throw new ActionError('NOT_FOUND', '导出版式不存在或已删除');
  await recordAdminChange({
    kind: 'export.layout',
    actor: caller,
    target: { type: 'exportLayout', id: layout.layoutId, label: layout.name },
    before: { name: layout.name, columns: layout.columns.map((column) => column.header).join('、') },
    after: null,
  });
  return { layoutId: layout.layoutId };
};
