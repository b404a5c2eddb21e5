/**
 * The dashboard's charts, readable by a funder and by a screen reader alike. A bar chart is a
 * table (item, bar and value in one row), so every label wraps instead of being cut and the
 * numbers are there as text; its caption is the title, its column headings say what is counted
 * and in what unit. The column chart over years draws both axes (years below, counts with their
 * unit on the left) and carries the same numbers in a table beside it.
 */
import { h, svg } from './dom.js';

export interface ChartRow {
  label: string;
  value: number;
  colour?: string;
  /** A node id: the row's label becomes a button that shows it. */
  id?: string;
}

export interface BarChartOptions {
  id: string;
  title: string;
  /** What one row is ("Country"), for the first column's heading. */
  itemHeading: string;
  /** What the value counts, with its unit ("Nodes located there"). */
  valueHeading: string;
  /** One plain sentence on how to read it. */
  note?: string;
  rows: readonly ChartRow[];
  format?: (v: number) => string;
  onSelect?: (id: string) => void;
}

/** Horizontal bars as a table: item, bar, value. */
export function barChart(options: BarChartOptions): HTMLElement {
  const { title, rows, format = (v) => v.toLocaleString('en'), onSelect } = options;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const body = rows.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, row.id && onSelect ? h('button', { type: 'button', class: 'link', onclick: () => onSelect(row.id!), title: `Show ${row.label} in the drawing` }, row.label) : row.label),
      h('td', { class: 'bar-cell', 'aria-hidden': 'true' }, h('span', { class: 'bar', style: `width:${Math.max(1, (100 * row.value) / max).toFixed(1)}%;background:${row.colour ?? '#0072B2'}` })),
      h('td', { class: 'value' }, format(row.value)),
    ),
  );
  return h(
    'figure',
    { class: 'chart', id: options.id },
    h(
      'table',
      { class: 'bars' },
      h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, options.itemHeading), h('th', { scope: 'col', class: 'bar-cell' }, h('span', { class: 'visually-hidden' }, 'Bar')), h('th', { scope: 'col', class: 'value' }, options.valueHeading))),
      h('tbody', {}, ...(body.length ? body : [h('tr', {}, h('td', { colspan: 3 }, 'Nothing on show.'))])),
    ),
    options.note ? h('p', { class: 'meta' }, options.note) : null,
  );
}

const WIDTH = 300;
const HEIGHT = 150;
const LEFT = 30;
const BOTTOM = 34;
const TOP = 14;

/** Columns over consecutive years (missing years drawn as zero), with axes, their titles, and the numbers as a table. */
export function yearChart(options: { id: string; title: string; valueHeading: string; note?: string; rows: readonly { year: number; count: number }[] }): HTMLElement {
  const { title, valueHeading } = options;
  const byYear = new Map(options.rows.map((r) => [r.year, r.count]));
  const years = options.rows.map((r) => r.year);
  const first = Math.min(...years);
  const rows = years.length ? Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => ({ year: first + i, count: byYear.get(first + i) ?? 0 })) : [];
  const max = Math.max(1, ...rows.map((r) => r.count));
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const step = rows.length ? (WIDTH - LEFT) / rows.length : WIDTH - LEFT;
  const top = rows.length ? rows.reduce((a, b) => (b.count > a.count ? b : a)) : null;
  const summary = top ? `${title}: ${rows.length} years from ${first}; most in ${top.year} (${top.count}).` : `${title}: no dated items on show.`;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary });
  // Axes: counts on the left (0 and the largest), years along the bottom, each with its title.
  chart.append(
    svg('line', { x1: LEFT, x2: WIDTH, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM, stroke: '#5b6472' }),
    svg('line', { x1: LEFT, x2: LEFT, y1: TOP, y2: HEIGHT - BOTTOM, stroke: '#5b6472' }),
    svg('text', { x: LEFT - 4, y: HEIGHT - BOTTOM, 'text-anchor': 'end' }, '0'),
    svg('text', { x: LEFT - 4, y: TOP + 4, 'text-anchor': 'end' }, String(max)),
    svg('text', { x: LEFT + (WIDTH - LEFT) / 2, y: HEIGHT - 2, 'text-anchor': 'middle', class: 'axis-title' }, 'Year'),
  );
  const labelEvery = Math.ceil(rows.length / 6);
  rows.forEach((row, i) => {
    const barHeight = (plotHeight * row.count) / max;
    const x = LEFT + i * step;
    chart.append(svg('rect', { x: x + step * 0.15, y: HEIGHT - BOTTOM - barHeight, width: step * 0.7, height: barHeight, fill: '#007A5A' }, svg('title', {}, `${row.year}: ${row.count}`)));
    if (i % labelEvery === 0 || i === rows.length - 1) chart.append(svg('text', { x: x + step / 2, y: HEIGHT - BOTTOM + 13, 'text-anchor': 'middle' }, String(row.year)));
  });
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, valueHeading))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, String(r.year)), h('td', {}, String(r.count))))),
  );
  return h('figure', { class: 'chart', id: options.id }, h('figcaption', {}, title), h('p', { class: 'axis-note' }, `Up: ${valueHeading.toLowerCase()}. Along: year.`), chart, table, options.note ? h('p', { class: 'meta' }, options.note) : null);
}
