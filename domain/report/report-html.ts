import { chartSvg, escapeXml as esc } from './chart-svg';
import type { KeyFigure, ReportModel, ReportSection, ReportTable } from './report.types';

/**
 * A report as one self-contained HTML page: styles inline, charts as inline SVG, no scripts and
 * no links, so it opens offline and prints cleanly (A4).
 */
const STYLE =
  `
body{font-family:Helvetica,Arial,sans-serif;color:#1f2933;max-width:900px;margin:24px auto;padding:0 16px;` +
  `line-height:1.45}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #1f7a5a;padding-bottom:4px}
.subtitle{font-size:16px;color:#52606d;margin:0 0 12px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0 0 8px}` +
  `dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}` +
  `.kpi{border:1px solid #cbd2d9;border-radius:6px;padding:8px 12px;min-width:150px}
.kpi .v{font-size:20px;font-weight:bold;color:#1f7a5a}.kpi .l{font-size:12px}.kpi .d{font-size:11px;color:#616e7c}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:12px}` +
  `caption{text-align:left;font-weight:bold;margin-bottom:4px}
th,td{border:1px solid #cbd2d9;padding:4px 6px;vertical-align:top}th{background:#f0f4f8;text-align:left}` +
  `td.n,th.n{text-align:right;white-space:nowrap}
.empty{color:#616e7c;font-style:italic}figure{margin:12px 0}svg{max-width:100%;height:auto}` +
  `footer{margin-top:32px;font-size:11px;color:#616e7c}
@media print{body{margin:0}h2{break-after:avoid}table,figure{break-inside:avoid}}`;

function tableHtml(t: ReportTable): string {
  if (t.rows.length === 0) return `<p class="empty" data-table="${esc(t.id)}">${esc(t.title)}: ${esc(t.emptyText)}</p>`;
  const head = t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="n"' : ''}>${esc(c.label)}</th>`).join('');
  const cellHtml = (text: string, i: number) => `<td${t.columns[i]?.numeric ? ' class="n"' : ''}>${esc(text)}</td>`;
  const body = t.rows.map((r) => `<tr>${r.map((cell, i) => cellHtml(cell.text, i)).join('')}</tr>`).join('\n');
  return (
    `<table id="${esc(t.id)}"><caption>${esc(t.title)}</caption><thead><tr>${head}</tr></thead>` +
    `<tbody>\n${body}\n</tbody></table>`
  );
}

const kpiHtml = (k: KeyFigure) =>
  `<div class="kpi"><div class="v">${esc(k.valueText)}</div><div class="l">${esc(k.label)}</div>` +
  `${k.detail ? `<div class="d">${esc(k.detail)}</div>` : ''}</div>`;

function sectionHtml(s: ReportSection): string {
  return [
    `<section id="${esc(s.id)}"><h2>${esc(s.heading)}</h2>`,
    ...s.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    s.keyFigures.length ? `<div class="kpis">${s.keyFigures.map(kpiHtml).join('')}</div>` : '',
    ...s.tables.map(tableHtml),
    ...s.charts.map((c) => `<figure id="${esc(c.id)}">${chartSvg(c)}</figure>`),
    '</section>',
  ].join('\n');
}

export function reportHtml(model: ReportModel): string {
  const head =
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(`${model.title} — ${model.subtitle}`)}</title><style>${STYLE}</style></head>`;
  return `<!DOCTYPE html>
<html lang="${model.locale}">
${head}
<body>
<header><h1>${esc(model.title)}</h1><p class="subtitle">${esc(model.subtitle)}</p>
<dl class="facts">${model.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl></header>
${model.sections.map(sectionHtml).join('\n')}
<footer>${esc(model.footer)}</footer>
</body>
</html>
`;
}
