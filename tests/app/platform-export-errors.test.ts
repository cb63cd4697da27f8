import { columnErrors, layoutErrors, rangeErrors } from '../../src/packages/admin/platform-export/layout-errors';

describe('志愿平台导出 form checks', () => {
  it('names every wrong row at once, in the form’s words', () => {
    expect(
      layoutErrors({
        name: ' 志 ',
        columns: [
          { header: '姓名', field: 'name' },
          { header: ' ', fixed: '' },
        ],
      }),
    ).toEqual({
      name: '版式名称至少 2 个字',
      'column-1-header': '请填写列名',
    });
    expect(columnErrors([])).toEqual({ columns: '至少保留一列' });
    expect(layoutErrors({ name: '志愿汇', columns: [{ header: '姓名', field: 'name' }] })).toEqual({});
  });

  it('a custom range ends on or after its start; a term needs nothing', () => {
    expect(rangeErrors({ fromDay: '2026-12-02', toDay: '2026-12-01' })).toEqual({ toDay: '结束日期应不早于开始日期' });
    expect(rangeErrors({ fromDay: '2026-12-01', toDay: '2026-12-01' })).toEqual({});
    expect(rangeErrors({ termId: 'term-2026-autumn' })).toEqual({});
  });
});
