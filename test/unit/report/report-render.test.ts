import { barChart } from '../../../domain/report/report-charts';
import { barChartSvg, funnelSvg, wrapLabel } from '../../../domain/report/chart-svg';
import { reportCsv } from '../../../domain/report/report-csv';
import { reportHtml } from '../../../domain/report/report-html';
import { buildReportModel } from '../../../domain/report/report-model';
import { FIGURES } from './report-fixture';

const rects = (svg: string, color: string) =>
  [
    ...svg.matchAll(new RegExp(`<rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)" height="13" fill="${color}"`, 'g')),
  ].map((m) => Number(m[2]));

describe('chart SVG', () => {
  it('draws bars whose lengths are proportional to their values, each with its value written', () => {
    const chart = barChart(
      'en',
      'c',
      'Target vs realisation',
      'PERCENT',
      ['Graduation rate', 'Attendance'],
      [
        { name: 'Target', values: [0.7, 0.8], color: '#111111' },
        { name: 'Realisation', values: [0.35, null], color: '#222222' },
      ],
    );
    const svg = barChartSvg(chart);
    const [t1, t2] = rects(svg, '#111111');
    const [r1] = rects(svg, '#222222');
    expect(rects(svg, '#222222')).toHaveLength(1); // no bar for a missing value
    expect(r1 / t1).toBeCloseTo(0.5, 2);
    expect(t2 / t1).toBeCloseTo(0.8 / 0.7, 2);
    for (const label of ['70%', '35%', '80%', 'Graduation rate', 'Target', 'Realisation', '0%', '100%'])
      expect(svg).toContain(`>${label}<`);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('escapes labels and says when there is nothing to draw', () => {
    const chart = barChart('id', 'c', 'A & <B>', 'COUNT', ['x < y'], [{ name: 'S', values: [3], color: '#000000' }]);
    expect(barChartSvg(chart)).toContain('A &amp; &lt;B&gt;');
    expect(barChartSvg(chart)).toContain('x &lt; y');
    const none = barChart('id', 'c', 'Kosong', 'COUNT', [], []);
    expect(barChartSvg(none)).toContain('Belum ada data untuk grafik ini.');
    expect(funnelSvg({ kind: 'FUNNEL', id: 'f', title: 'F', steps: [], emptyText: 'No data' })).toContain('>No data<');
  });

  it('draws negative amounts left of the zero line', () => {
    const svg = barChartSvg(
      barChart(
        'en',
        'c',
        'Income',
        'RUPIAH',
        ['a', 'b'],
        [{ name: 'Median', values: [400000, -100000], color: '#333333' }],
      ),
    );
    const xs = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="13" fill="#333333"/g)].map(
      (m) => [Number(m[1]), Number(m[2])],
    );
    expect(xs[1][0] + xs[1][1]).toBeCloseTo(xs[0][0], 0); // the negative bar ends where the positive one starts
    expect(xs[0][1] / xs[1][1]).toBeCloseTo(4, 1);
  });

  it('wraps long labels on two lines at most', () => {
    expect(wrapLabel('Tingkat kehadiran: modul Kewirausahaan dasar untuk perempuan kepala keluarga', 30)).toEqual([
      'Tingkat kehadiran: modul',
      'Kewirausahaan dasar untuk…',
    ]);
  });
});

describe('HTML and CSV', () => {
  const model = buildReportModel({
    scope: {
      type: 'QUARTERLY_PROGRESS',
      locale: 'id',
      programmeName: 'PENA "Lombok", NTB',
      generatedAt: '2026-11-25T10:00:00Z',
      filter: { programmeId: 'default', from: '2026-07-01', to: '2026-09-30' },
    },
    figures: FIGURES,
  });

  it('is one self-contained Indonesian page with the target vs realisation table and inline SVG charts', () => {
    const html = reportHtml(model);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain(
      '<table id="target-vs-realisation"><caption>Capaian Program: Target dan Realisasi</caption>',
    );
    expect(html).toContain('<th scope="col" class="n">Realisasi</th>');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('PENA &quot;Lombok&quot;, NTB');
  });

  it('writes every table as RFC 4180 CSV with machine values', () => {
    const csv = reportCsv(model);
    expect(csv.startsWith('\uFEFFLaporan Kemajuan Triwulanan,"PENA ""Lombok"", NTB"\r\n')).toBe(true);
    expect(csv).toContain(
      'Capaian Program: Target dan Realisasi\r\n' +
        'Kode,Indikator,Jenjang,Statistik,Nilai awal,Target,Realisasi,Pembilang,Penyebut,Capaian thd target,Status\r\n',
    );
    expect(csv).toContain(
      'graduation_rate,Tingkat kelulusan (graduasi),Hasil,Proporsi,0,0.7,0.5,300,600,0.714286,Di bawah target\r\n',
    );
    const titles = model.sections.flatMap((s) => s.tables).map((t) => t.title);
    for (const title of titles) expect(csv).toContain(`\r\n${title}\r\n`);
  });
});
