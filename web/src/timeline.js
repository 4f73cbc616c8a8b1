// The timeline: event counts per period (/v1/stats timeline), stacked by quad class.
import { scaleBand, scaleLinear } from 'd3-scale';
import { svgEl, tooltip, clear, viewSize, QUADS } from './svg.js';

export function drawTimeline(svg, timeline) {
  clear(svg);
  const { width, height } = viewSize(svg);
  const rows = [...(timeline ?? [])].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  if (!rows.length) {
    svgEl('text', { x: width / 2, y: height / 2, class: 'empty' }, svg).textContent = 'no dated events';
    return 0;
  }
  const m = { top: 10, right: 10, bottom: 28, left: 36 };
  const x = scaleBand().domain(rows.map((r) => r.period)).range([m.left, width - m.right]).padding(0.15);
  const total = (r) => [1, 2, 3, 4].reduce((s, q) => s + (r.quad?.[q] ?? 0), 0);
  const y = scaleLinear().domain([0, Math.max(1, ...rows.map(total))]).nice().range([height - m.bottom, m.top]);

  const axis = svgEl('g', { class: 'axis' }, svg);
  for (const t of y.ticks(4).filter(Number.isInteger)) {
    svgEl('line', { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t), class: 'grid' }, axis);
    svgEl('text', { x: m.left - 6, y: y(t) + 4, class: 'tick y' }, axis).textContent = t;
  }
  const every = Math.ceil(rows.length / 8);
  rows.forEach((r, i) => {
    if (i % every) return;
    svgEl('text', { x: x(r.period) + x.bandwidth() / 2, y: height - m.bottom + 16, class: 'tick x' }, axis).textContent = r.period;
  });

  const bars = svgEl('g', { class: 'bars' }, svg);
  for (const r of rows) {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = r.quad?.[q] ?? 0;
      if (!n) continue;
      const rect = svgEl('rect', {
        x: x(r.period), width: x.bandwidth(), y: y(base + n), height: y(base) - y(base + n),
        fill: QUADS[q].color, 'data-testid': 'timeline-bar', 'data-period': r.period, 'data-quad': q,
      }, bars);
      tooltip(rect, `${r.period}: ${n} ${QUADS[q].name} (of ${total(r)})`);
      base += n;
    }
  }
  return rows.length;
}
