import { canonicalJson, certificateLines, formatCertificateNumber, parseCertificateNumber } from './certificate';

describe('certificate rules', () => {
  it('writes the same facts as the same bytes whatever the key order, and different facts differently', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 'x', e: null }], c: '志愿' } })).toBe(
      '{"a":{"c":"志愿","d":[2,{"e":null,"f":"x"}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ total: 60 })).not.toBe(canonicalJson({ total: 600 }));
  });

  it('numbers certificates by organisation, year and a zero-padded serial, and reads them back', () => {
    expect(formatCertificateNumber('SFQC', 2026, 42)).toBe('SFQC-2026-00042');
    expect(parseCertificateNumber('SFQC-2026-00042')).toEqual({ orgCode: 'SFQC', year: 2026, serial: 42 });
    expect(parseCertificateNumber('SFQC-2026-123456')).toEqual({ orgCode: 'SFQC', year: 2026, serial: 123456 });
    for (const bad of ['sfqc-2026-00042', 'SFQC-26-00042', 'SFQC-2026-42', 'SFQC-2026-00042 '])
      expect(parseCertificateNumber(bad)).toBeNull();
  });

  it('lists entries oldest first by their Shanghai day and totals their minutes', () => {
    const { lines, totalMinutes } = certificateLines([
      { verifiedAt: new Date('2026-03-15T16:30:00Z'), title: '电脑义诊', minutes: 45 },
      { verifiedAt: new Date('2026-03-01T02:00:00Z'), title: '洗车', minutes: 120 },
    ]);
    expect(lines).toEqual([
      { day: '2026-03-01', content: '洗车', minutes: 120 },
      { day: '2026-03-16', content: '电脑义诊', minutes: 45 },
    ]);
    expect(totalMinutes).toBe(165);
  });
});
