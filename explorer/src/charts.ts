/**
 * Small inline SVG charts for the dashboard, each with text alternatives: the SVG carries a
 * one-line summary (role="img", aria-label) and a visually hidden table holds every value, so a
 * screen reader can read the numbers the bars show.
 */
import { h, svg } from './dom.js';

export interface ChartRow {
  label: string;
  value: number;
  colour?: string;
  /** A node id: the row's label becomes a button that focuses it. */
  id?: string;
}

const WIDTH = 290;

function dataTable(caption: string, rows: readonly ChartRow[], valueHeading: string, format: (v: number) => string): HTMLTableElement {
  return h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Item'), h('th', { scope: 'col' }, valueHeading))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.label), h('td', {}, format(r.value))))),
  );
}

function summarise(title: string, rows: readonly ChartRow[], format: (v: number) => string): string {
  if (!rows.length) return `${title}: no data.`;
  const top = [...rows].sort((a, b) => b.value - a.value).slice(0, 3);
  return `${title}: ${rows.length} items; highest ${top.map((r) => `${r.label} ${format(r.value)}`).join(', ')}.`;
}

/** Horizontal bars, one row per item, longest bar = largest value. */
export function barChart(options: { title: string; rows: readonly ChartRow[]; valueHeading?: string; format?: (v: number) => string; onSelect?: (id: string) => void; id?: string }): HTMLElement {
  const { title, rows, valueHeading = 'Count', format = (v) => v.toLocaleString('en'), onSelect } = options;
  const rowHeight = 20;
  const labelWidth = 118;
  const valueWidth = 44;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': summarise(title, rows, format) });
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const barWidth = ((WIDTH - labelWidth - valueWidth) * row.value) / max;
    const name = row.label.length > 19 ? `${row.label.slice(0, 18)}…` : row.label;
    chart.append(
      svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, svg('title', {}, row.label), name),
      svg('rect', { x: labelWidth, y: y + 4, width: Math.max(1, barWidth), height: rowHeight - 8, rx: 2, fill: row.colour ?? '#0072B2' }),
      svg('text', { x: labelWidth + barWidth + 4, y: y + 14, class: 'value' }, format(row.value)),
    );
  });
  const figure = h('figure', { class: 'chart', id: options.id }, h('figcaption', {}, title), chart, dataTable(title, rows, valueHeading, format));
  if (onSelect) {
    const list = h('ul', { class: 'visually-hidden' }, ...rows.filter((r) => r.id).map((r) => h('li', {}, h('button', { type: 'button', onclick: () => onSelect(r.id!) }, `Show ${r.label}`))));
    figure.append(list);
    chart.style.cursor = 'pointer';
    chart.addEventListener('click', (event) => {
      const index = Math.floor(((event as MouseEvent).offsetY / chart.getBoundingClientRect().height) * rows.length);
      const id = rows[index]?.id;
      if (id) onSelect(id);
    });
  }
  return figure;
}

/** Vertical columns over consecutive years (missing years drawn as zero). */
export function yearChart(options: { title: string; rows: readonly { year: number; count: number }[]; id?: string }): HTMLElement {
  const { title } = options;
  const byYear = new Map(options.rows.map((r) => [r.year, r.count]));
  const years = options.rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: ChartRow[] = years.length ? Array.from({ length: last - first + 1 }, (_, i) => ({ label: String(first + i), value: byYear.get(first + i) ?? 0 })) : [];
  const height = 120;
  const bottom = 18;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const step = rows.length ? WIDTH / rows.length : WIDTH;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': summarise(title, rows, (v) => String(v)) });
  chart.append(svg('line', { x1: 0, x2: WIDTH, y1: height - bottom, y2: height - bottom, stroke: '#b9c0ca' }));
  const labelEvery = Math.ceil(rows.length / 8);
  rows.forEach((row, i) => {
    const barHeight = ((height - bottom - 14) * row.value) / max;
    const x = i * step;
    chart.append(svg('rect', { x: x + step * 0.15, y: height - bottom - barHeight, width: step * 0.7, height: barHeight, fill: '#009E73' }, svg('title', {}, `${row.label}: ${row.value}`)));
    if (row.value === max) chart.append(svg('text', { x: x + step / 2, y: height - bottom - barHeight - 3, 'text-anchor': 'middle', class: 'value' }, String(row.value)));
    if (i % labelEvery === 0) chart.append(svg('text', { x: x + step / 2, y: height - 4, 'text-anchor': 'middle' }, row.label));
  });
  return h('figure', { class: 'chart', id: options.id }, h('figcaption', {}, title), chart, dataTable(title, rows, 'New', (v) => String(v)));
}
