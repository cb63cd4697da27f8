import { sampleCertificate } from '../tests/functions/certificate-sample';
import { A4, layoutCertificate, moreLinesText, type DrawItem } from './certificate-layout';

// A fixed-width measure: a character is its size wide (CJK glyphs are square).
const measure = (text: string, size: number) => Array.from(text).length * size;
const texts = (items: DrawItem[]) => items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));

describe('the certificate on one page (the image for the phone)', () => {
  it('lists every line of a short certificate, with the same total and issuer block as the PDF', () => {
    const document = sampleCertificate(4);
    const [pdfFirst] = layoutCertificate(document, measure);
    const pages = layoutCertificate(document, measure, { onePage: true });
    expect(pages).toHaveLength(1);
    const shown = texts(pages[0].items);
    for (const line of document.facts.lines) expect(shown).toContain(line.content);
    expect(shown.join('\n')).not.toContain('详见 PDF');
    // The same items as the PDF's page, but for the footer's page count.
    expect(shown.slice(0, -1)).toEqual(texts(pdfFirst.items).slice(0, -1));
    expect(shown.at(-1)).toBe(`证明编号 ${document.facts.certificateNo}`);
  });

  it('stops a long certificate where the page is full and says how many lines the PDF has', () => {
    const document = sampleCertificate(60);
    expect(layoutCertificate(document, measure).length).toBeGreaterThan(1);
    const [page] = layoutCertificate(document, measure, { onePage: true });
    const shown = texts(page.items);
    const listed = document.facts.lines.filter((line, index) => shown.includes(String(index + 1)) && shown.includes(line.day));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.length).toBeLessThan(60);
    expect(shown).toContain(moreLinesText(listed.length, 60));
    // The total is the whole certificate's, and everything stays on the A4 page.
    expect(shown).toContain(String(Math.round((document.facts.totalMinutes / 60) * 100) / 100));
    expect(shown).toContain('出具单位：星火学院团委');
    const bottoms = page.items.map((item) => (item.kind === 'text' ? item.y : item.kind === 'rule' ? item.y2 : item.y + item.h));
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(A4.height);
    // Nothing overlaps the closing block: the last row ends above the QR.
    const qr = page.items.find((item) => item.kind === 'image' && item.image === 'qr') as DrawItem & { kind: 'image' };
    const noteTop = page.items.find((item) => item.kind === 'text' && item.text === '备注：') as DrawItem & { kind: 'text' };
    expect(noteTop.y).toBeLessThan(qr.y);
  });
});
