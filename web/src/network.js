// The network of dyads (/v1/stats dyads): an arrow from source to target actor,
// its width by the number of events, its colour by their mean Goldstein score.
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { svgEl, tooltip, clear, viewSize } from './svg.js';

export const goldsteinColor = scaleLinear().domain([-10, 0, 10]).range(['#c53030', '#a0a4a8', '#2f855a']).clamp(true);

// A fixed random source, so that the same dyads always get the same layout.
function seeded(seed = 42) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

export function drawNetwork(svg, dyads, { onDyad, onActor } = {}) {
  clear(svg);
  const { width, height } = viewSize(svg);
  if (!dyads?.length) {
    svgEl('text', { x: width / 2, y: height / 2, class: 'empty' }, svg).textContent = 'no dyads';
    return 0;
  }
  const nodes = new Map();
  const node = (id) => nodes.get(id) ?? nodes.set(id, { id, events: 0 }).get(id);
  const links = dyads.map((d) => ({ ...d, source: node(d.source).id, target: node(d.target).id }));
  for (const d of dyads) {
    node(d.source).events += d.events;
    if (d.target !== d.source) node(d.target).events += d.events;
  }
  const nodeList = [...nodes.values()];
  const r = scaleSqrt().domain([1, Math.max(1, ...nodeList.map((n) => n.events))]).range([5, 14]);
  const simulation = forceSimulation(nodeList)
    .randomSource(seeded())
    .force('link', forceLink(links.filter((l) => l.source !== l.target)).id((n) => n.id).distance(95))
    .force('charge', forceManyBody().strength(-260))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.04))
    .force('y', forceY(height / 2).strength(0.08))
    .force('collide', forceCollide((n) => r(n.events) + 18))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  const pad = 40;
  for (const n of nodeList) {
    n.x = Math.min(width - pad, Math.max(pad, n.x));
    n.y = Math.min(height - 20, Math.max(20, n.y));
  }

  const defs = svgEl('defs', {}, svg);
  const marker = svgEl('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto',
  }, defs);
  svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }, marker);

  const width_ = scaleSqrt().domain([1, Math.max(1, ...dyads.map((d) => d.events))]).range([1.5, 8]);
  const edges = svgEl('g', { class: 'links' }, svg);
  for (const d of dyads) {
    const s = nodes.get(d.source);
    const t = nodes.get(d.target);
    let path;
    if (s === t) {
      // A loop above the node for an actor acting on itself.
      const k = r(s.events);
      path = `M${s.x - k / 2},${s.y - k} C${s.x - 28},${s.y - 48} ${s.x + 28},${s.y - 48} ${s.x + k / 2},${s.y - k}`;
    } else {
      // A slight curve, so that A→B and B→A do not overlap; ends at the target's rim.
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const len = Math.hypot(dx, dy) || 1;
      const cx = (s.x + t.x) / 2 - (dy / len) * len * 0.12;
      const cy = (s.y + t.y) / 2 + (dx / len) * len * 0.12;
      const ex = t.x - ((t.x - cx) / Math.hypot(t.x - cx, t.y - cy)) * (r(t.events) + 3);
      const ey = t.y - ((t.y - cy) / Math.hypot(t.x - cx, t.y - cy)) * (r(t.events) + 3);
      path = `M${s.x.toFixed(1)},${s.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
    }
    const edge = svgEl('path', {
      d: path, class: 'link', stroke: goldsteinColor(d.goldstein ?? 0), 'stroke-width': width_(d.events).toFixed(1),
      'marker-end': 'url(#arrow)', 'data-testid': 'network-link', 'data-source': d.source, 'data-target': d.target,
    }, edges);
    const g = Number.isFinite(d.goldstein) ? d.goldstein.toFixed(1) : '?';
    tooltip(edge, `${d.source} → ${d.target}: ${d.events} event${d.events === 1 ? '' : 's'}, mean Goldstein ${g}. Click to list them.`);
    edge.addEventListener('click', () => onDyad?.(d.source, d.target));
  }

  const vertices = svgEl('g', { class: 'nodes' }, svg);
  for (const n of nodeList) {
    const g = svgEl('g', { class: 'node', 'data-testid': 'network-node', 'data-actor': n.id, tabindex: 0 }, vertices);
    svgEl('circle', { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: r(n.events).toFixed(1) }, g);
    svgEl('text', { x: n.x.toFixed(1), y: (n.y + r(n.events) + 12).toFixed(1) }, g).textContent = n.id;
    tooltip(g, `${n.id}: ${n.events} event${n.events === 1 ? '' : 's'}. Click to list them.`);
    g.addEventListener('click', () => onActor?.(n.id));
  }
  return links.length;
}
