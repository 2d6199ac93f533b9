import type { BarChart, FunnelChart, ReportChart } from './report.types';

/**
 * Charts as self-contained SVG (no scripts, fonts or links: drawn offline, embedded in the HTML
 * and, through svg-to-pdfkit, in the PDF). Horizontal bars so long indicator names stay readable.
 */
const W = 640;
const LABEL_W = 230;
const X0 = LABEL_W + 12;
const X1 = W - 78;
const FONT = 'Helvetica, Arial, sans-serif';
const INK = '#1f2933';
const MUTED = '#616e7c';

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Splits a label into at most `lines` lines of about `width` characters, with an ellipsis when cut. */
export function wrapLabel(text: string, width = 36, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line ? `${line} ${word}` : word).length <= width) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) out.push(line);
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, width - 1)}…`;
  return kept;
}

const text = (
  x: number,
  y: number,
  s: string,
  opts: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold'; fill?: string } = {},
) => {
  const anchor = opts.anchor ? ` text-anchor="${opts.anchor}"` : '';
  const weight = opts.weight ? ` font-weight="${opts.weight}"` : '';
  return (
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${opts.size ?? 11}" ` +
    `fill="${opts.fill ?? INK}"${anchor}${weight}>${escapeXml(s)}</text>`
  );
};

const svg = (height: number, title: string, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" ` +
  `role="img" aria-label="${escapeXml(title)}">` +
  `<rect x="0" y="0" width="${W}" height="${height}" fill="#ffffff"/>` +
  `${text(0, 18, title, { size: 14, weight: 'bold' })}${body.join('')}</svg>`;

const empty = (title: string, message: string) => svg(60, title, [text(0, 44, message, { fill: MUTED })]);

export function barChartSvg(chart: BarChart): string {
  const drawable = chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
  if (!drawable) return empty(chart.title, chart.emptyText);
  const barH = 13;
  const groupH = chart.series.length * (barH + 3) + 14;
  const top = 58;
  const plotH = chart.categories.length * groupH;
  const lo = chart.ticks[0].value;
  const hi = chart.ticks[chart.ticks.length - 1].value;
  const x = (v: number) => X0 + ((v - lo) / (hi - lo)) * (X1 - X0);
  const out: string[] = [];
  let lx = 0;
  for (const s of chart.series) {
    // legend
    out.push(`<rect x="${lx}" y="30" width="12" height="12" fill="${s.color}"/>`, text(lx + 17, 40, s.name));
    lx += 30 + s.name.length * 7;
  }
  for (const t of chart.ticks) {
    const tx = x(t.value).toFixed(1);
    const stroke = t.value === 0 ? '#7b8794' : '#e4e7eb';
    out.push(
      `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${top + plotH}" stroke="${stroke}" stroke-width="1"/>`,
      text(x(t.value), top + plotH + 16, t.text, { size: 10, anchor: 'middle', fill: MUTED }),
    );
  }
  chart.categories.forEach((category, i) => {
    const gy = top + i * groupH + 7;
    const lines = wrapLabel(category);
    const mid = gy + (chart.series.length * (barH + 3)) / 2;
    lines.forEach((l, j) => out.push(text(LABEL_W, mid + 4 + (j - (lines.length - 1) / 2) * 13, l, { anchor: 'end' })));
    chart.series.forEach((s, k) => {
      const v = s.values[i];
      if (v === null) return;
      const y = gy + k * (barH + 3);
      const a = x(Math.min(0, v));
      const b = x(Math.max(0, v));
      const width = Math.max(1, b - a).toFixed(1);
      out.push(
        `<rect x="${a.toFixed(1)}" y="${y}" width="${width}" height="${barH}" fill="${s.color}"/>`,
        // A negative value is written right of the zero line, clear of the category labels.
        text(b + 4, y + barH - 2, chart.valueTexts[k][i] ?? '', { size: 10 }),
      );
    });
  });
  out.push(`<line x1="${X0}" y1="${top + plotH}" x2="${X1}" y2="${top + plotH}" stroke="#7b8794" stroke-width="1"/>`);
  return svg(top + plotH + 26, chart.title, out);
}

export function funnelSvg(chart: FunnelChart): string {
  if (chart.steps.length === 0 || chart.steps[0].value === 0) return empty(chart.title, chart.emptyText);
  const stepH = 26;
  const top = 34;
  const first = chart.steps[0].value;
  const right = W - 130; // room for the count and its share
  const centre = (X0 + right) / 2;
  const out: string[] = [];
  chart.steps.forEach((s, i) => {
    const y = top + i * (stepH + 6);
    const w = Math.max(2, (s.value / first) * (right - X0));
    const opacity = (1 - i * 0.12).toFixed(2);
    out.push(
      `<rect x="${(centre - w / 2).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${stepH}" fill="#1f7a5a" ` +
        `fill-opacity="${opacity}"/>`,
      text(LABEL_W, y + 17, s.label, { anchor: 'end' }),
      text(right + 8, y + 12, s.valueText, { size: 11, weight: 'bold' }),
      text(right + 8, y + 24, s.shareText, { size: 9, fill: MUTED }),
    );
  });
  return svg(top + chart.steps.length * (stepH + 6) + 8, chart.title, out);
}

export const chartSvg = (chart: ReportChart): string => (chart.kind === 'BARS' ? barChartSvg(chart) : funnelSvg(chart));
