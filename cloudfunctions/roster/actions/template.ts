import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import { ROSTER_HEADERS, ROSTER_MAX_ROWS } from '@core/roster';
import type { RosterContract } from '@core/roster.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listOrgUnits } from '../../_lib/org-unit.repository';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { sheetsToXlsx } from '../../_lib/workbook';

/**
 * Built here rather than shipped as a static file: the headers come from the same constants the
 * import reads, and the second sheet lists the units that exist today, so the committee types
 * names the import will recognise. It goes out through the exports' storage and link, as the
 * attendance export does, so the app opens it the same way on both platforms.
 */
export const template = async ({ caller }: ActionInvocation<RosterContract['template']>) => {
  const units = await listOrgUnits();
  const tree = buildOrgUnitTree(
    units.map((unit) => ({ ...unit, orgUnitId: unit._id })),
    { includeArchived: false },
  );
  const unitRows = tree.flatten().map(({ unit }) => [
    unit.name,
    orgUnitKindLabels[unit.kind],
    tree
      .pathOf(unit.orgUnitId)
      .slice(0, -1)
      .map((parent) => parent.name)
      .join(' / '),
  ]);
  const content = await sheetsToXlsx([
    { name: '名册', headers: ROSTER_HEADERS, rows: [] },
    {
      name: '填写说明',
      headers: ['说明'],
      rows: [
        ['第一个工作表「名册」每行一名成员，表头请勿修改。'],
        ['学号/工号：6–20 位字母或数字，同一文件中不能重复。'],
        ['类别：填写「学生」或「教师」。学生的班级/支部请填写所在班级。'],
        ['班级/支部：填写下方「组织」工作表中已有的名称；不存在的组织不会被自动创建。'],
        [`每个文件最多 ${ROSTER_MAX_ROWS} 行。重复导入同一文件不会产生任何改动。`],
      ],
    },
    { name: '组织', headers: ['组织名称', '类型', '所属'], rows: unitRows },
  ]);
  return storeExport(caller.openid, 'roster-template', content, '成员名册模板.xlsx', 0);
};
