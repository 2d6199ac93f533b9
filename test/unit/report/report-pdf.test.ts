import { writeFileSync } from 'node:fs';
import { reportPdf, pdfText } from '../../../activities/report/report-pdf.renderer';
import { buildReportModel } from '../../../domain/report/report-model';
import { FIGURES, PREVIOUS } from './report-fixture';

describe('report PDF', () => {
  it('renders a multi-page A4 PDF with the standard fonts', async () => {
    const model = buildReportModel({
      scope: {
        type: 'FINAL',
        locale: 'id',
        programmeName: 'PENA Lombok',
        generatedAt: '2026-11-25T10:00:00Z',
        filter: { programmeId: 'default', from: '2026-01-01', to: '2026-12-31' },
      },
      figures: FIGURES,
      previousFigures: PREVIOUS,
    });
    const pdf = await reportPdf(model);
    if (process.env.JEJAK_REPORT_SAMPLE_DIR)
      writeFileSync(`${process.env.JEJAK_REPORT_SAMPLE_DIR}/unit-final-id.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });

  it('writes characters the standard fonts lack in ASCII', () => {
    expect(pdfText('Miskin → Menengah – 1.234…')).toBe('Miskin -> Menengah – 1.234…');
  });
});
