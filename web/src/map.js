// The world map: countries shaded by their event counts (/v1/stats countries),
// events as circles at their location, sized by count, coloured by the quad
// class most of them have.
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature } from 'topojson-client';
import { iso31661 } from 'iso-3166';
import { svgEl, tooltip, clear, viewSize, QUADS } from './svg.js';

const numericByAlpha3 = new Map(iso31661.map((c) => [c.alpha3, c.numeric]));

/** Loads the country shapes shipped with the page (world-atlas, 1:110m). */
export async function loadWorld(url = 'countries-110m.json') {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load the map shapes (${url}: ${response.status}).`);
  const topology = await response.json();
  return feature(topology, topology.objects.countries).features;
}

const ANTARCTICA = '010';

// A location's point: its coordinates, else (country-level places without
// coordinates, or the 0,0 some records carry) the centre of its country.
function locate(loc, centroids) {
  const known = Number.isFinite(loc.lat) && Number.isFinite(loc.lon) && !(loc.lat === 0 && loc.lon === 0);
  if (known) return [loc.lon, loc.lat];
  return centroids.get(numericByAlpha3.get(loc.country)) ?? null;
}

/** Events grouped by place: [{name, country, lon, lat, count, quads}], largest first. */
export function groupByPlace(events, centroids = new Map()) {
  const places = new Map();
  for (const e of events) {
    const loc = e.location;
    const point = loc && locate(loc, centroids);
    if (!point) continue;
    const key = `${point[0].toFixed(2)},${point[1].toFixed(2)}`;
    let place = places.get(key);
    if (!place) {
      place = { name: loc.name, country: loc.country, lon: point[0], lat: point[1], count: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      places.set(key, place);
    }
    place.count += 1;
    if (place.quads[e.quad_class] !== undefined) place.quads[e.quad_class] += 1;
  }
  return [...places.values()].sort((a, b) => b.count - a.count);
}

/**
 * Draws the map into `svg`.
 * @param countries features from loadWorld (or null while they load)
 * @param countryCounts /v1/stats `countries`
 * @param events event records (those with a location are drawn)
 * @param onPlace called with a location name when a circle is clicked
 */
export function drawMap(svg, countries, countryCounts, events, onPlace) {
  clear(svg);
  const { width, height } = viewSize(svg);
  const shapes = (countries ?? []).filter((f) => f.id !== ANTARCTICA);
  const projection = geoNaturalEarth1();
  if (shapes.length) projection.fitExtent([[4, 4], [width - 4, height - 4]], { type: 'FeatureCollection', features: shapes });
  else projection.fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  svgEl('rect', { width, height, class: 'sea' }, svg);

  const counts = new Map();
  for (const c of countryCounts ?? []) {
    const numeric = numericByAlpha3.get(c.country);
    if (numeric) counts.set(numeric, (counts.get(numeric) ?? 0) + c.events);
  }
  const maxCount = Math.max(1, ...counts.values());
  const shade = scaleSqrt().domain([0, maxCount]).range(['#f3f1ec', '#9a7b4f']);
  const land = svgEl('g', { class: 'countries' }, svg);
  for (const f of shapes) {
    const n = counts.get(f.id) ?? 0;
    const shape = svgEl('path', { d: path(f), class: 'country', style: n ? `fill:${shade(n)}` : null, 'data-count': n }, land);
    tooltip(shape, `${f.properties?.name ?? f.id}: ${n} event${n === 1 ? '' : 's'}`);
  }

  const places = groupByPlace(events, new Map(shapes.map((f) => [f.id, geoCentroid(f)])));
  const radius = scaleSqrt().domain([1, Math.max(1, ...places.map((p) => p.count))]).range([4, 18]);
  const marks = svgEl('g', { class: 'event-marks' }, svg);
  for (const p of places) {
    const [x, y] = projection([p.lon, p.lat]) ?? [];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const quad = Object.entries(p.quads).sort((a, b) => b[1] - a[1])[0][0];
    const circle = svgEl('circle', {
      cx: x.toFixed(1), cy: y.toFixed(1), r: radius(p.count).toFixed(1),
      fill: QUADS[quad].color, class: 'event-mark', 'data-testid': 'map-event',
      'data-place': p.name, 'data-count': p.count, tabindex: 0,
    }, marks);
    const detail = Object.entries(p.quads).filter(([, n]) => n).map(([q, n]) => `${n} ${QUADS[q].name}`).join(', ');
    tooltip(circle, `${p.name}${p.country ? ` (${p.country})` : ''}: ${p.count} event${p.count === 1 ? '' : 's'} — ${detail}. Click to list them.`);
    circle.addEventListener('click', () => onPlace?.(p.name));
  }
  return places.length;
}
