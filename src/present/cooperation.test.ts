import { describe, expect, it } from 'vitest';
import { guideLinks, guidePdfHref } from './cooperation.ts';
import { formatFileSize } from './format.ts';

describe('present/cooperation', () => {
  it('formatFileSize(bytes) in bytes, whole kB or MB with one decimal (units of 1024)', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    // 20480 / 1024 = 20; 1572864 / 1024² = 1,5.
    expect(formatFileSize(20480)).toBe('20 kB');
    expect(formatFileSize(1572864)).toBe('1,5 MB');
  });

  it('guideLinks(id, bytes) links the PDF with its size only when the build made one', () => {
    expect(guidePdfHref('regio-x')).toBe('/gespreksleidraad/regio-x/gespreksleidraad-regio-x.pdf');
    const withPdf = String(guideLinks('regio-x', 2 * 1024 * 1024));
    expect(withPdf).toContain('href="/gespreksleidraad/regio-x/gespreksleidraad-regio-x.pdf"');
    expect(withPdf).toContain('(pdf, 2,0 MB)');
    expect(String(guideLinks('regio-x', undefined))).not.toContain('.pdf');
  });
});
