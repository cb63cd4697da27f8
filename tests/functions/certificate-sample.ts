import type { CertificateDocument } from '@core/certificate-layout';

const TITLES = ['社区义务洗车', '敬老院探访与文艺演出', '电脑义诊', '图书馆整理', '校园马拉松赛道引导及补给站服务', '垃圾分类宣传'];

/** A certificate of `lines` service lines a day apart, as the document renders it (bench and tests). */
export const sampleCertificate = (lines: number, certificateNo = 'SFQC-2026-00042'): CertificateDocument => {
  const rows = Array.from({ length: lines }, (_, index) => ({
    day: new Date(Date.UTC(2026, 2, 1 + index)).toISOString().slice(0, 10),
    content: TITLES[index % TITLES.length],
    minutes: 30 + ((index * 45) % 240),
  }));
  return {
    name: '李小明',
    memberNo: '2023110215',
    facts: {
      format: 1,
      certificateNo,
      issuedOn: '2026-06-30',
      period: { kind: 'year', label: '2026年度' },
      volunteer: { maskedName: '李*明', maskedMemberNo: '20******15', identityDigest: '0'.repeat(64) },
      issuer: {
        organisation: '星火学院团委',
        orgCode: 'SFQC',
        personInCharge: '赵书记',
        handlingOfficer: '陈老师',
        contact: '0771-1234567',
      },
      lines: rows,
      totalMinutes: rows.reduce((sum, row) => sum + row.minutes, 0),
      keyId: '0123456789abcdef',
    },
  };
};
