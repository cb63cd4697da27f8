import { attachmentDisposition, downloadFileName } from './download-file-name';

describe('downloadFileName', () => {
  it('keeps a Chinese name as the page shows it', () => {
    expect(downloadFileName('春季学期-签到记录.xlsx')).toBe('春季学期-签到记录.xlsx');
    expect(downloadFileName('2026 春季 学期-志愿时长.XLSX')).toBe('2026 春季 学期-志愿时长.xlsx');
  });

  it('turns characters a file system refuses into a dash and never leaves a path', () => {
    expect(downloadFileName('义务维修/洗车: 第1期?-签到记录.xlsx')).toBe('义务维修-洗车- 第1期--签到记录.xlsx');
    expect(downloadFileName('../../etc/passwd.xlsx')).toBe('etc-passwd.xlsx');
    expect(downloadFileName('a\u0000b\tc.xlsx')).toBe('a-b-c.xlsx');
  });

  it('cuts a long title, keeps the extension, and names an empty one', () => {
    const long = downloadFileName(`${'长'.repeat(200)}-签到记录.xlsx`);
    expect(long).toBe(`${'长'.repeat(80)}.xlsx`);
    expect(downloadFileName('.xlsx')).toBe('导出文件.xlsx');
    expect(downloadFileName('报告')).toBe('报告.xlsx');
  });
});

describe('attachmentDisposition', () => {
  it('names the file in UTF-8 (RFC 5987) with an ASCII stand-in for old clients', () => {
    expect(attachmentDisposition("春季(1)'s-签到记录.xlsx")).toBe(
      `attachment; filename="__(1)'s-____.xlsx"; filename*=UTF-8''%E6%98%A5%E5%AD%A3%281%29%27s-%E7%AD%BE%E5%88%B0%E8%AE%B0%E5%BD%95.xlsx`,
    );
  });
});
