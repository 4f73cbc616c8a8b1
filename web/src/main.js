// The page: filters, coding box, map, timeline, network, list and detail,
// all fed by the dyad HTTP API (docs/API.md).
import './style.css';
import { getJSON, postText } from './api.js';
import { loadWorld, drawMap } from './map.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { renderEventRows, showDetail } from './list.js';
import { contextFromDocument } from './highlight.js';
import { el, clear, QUADS } from './svg.js';

const PAGE = 50;
const MAP_LIMIT = 1000;
const $ = (id) => document.getElementById(id);
const state = { filters: {}, period: 'day', offset: 0, world: null, generation: 0 };

// ---- errors: shown, never swallowed
function showError(error) {
  console.error(error);
  $('error-message').textContent = error?.message ?? String(error);
  $('error').hidden = false;
}
function clearError() {
  $('error').hidden = true;
  $('error-message').textContent = '';
}

// ---- filters
const UPPER = new Set(['country', 'actor', 'source', 'target', 'plover']);
function readFilters() {
  const filters = {};
  for (const [key, value] of new FormData($('filters'))) {
    const v = String(value).trim();
    if (!v || key === 'period') continue;
    filters[key] = UPPER.has(key) ? v.toUpperCase() : v;
  }
  state.filters = filters;
  state.period = $('filters').elements.period.value || 'day';
}
function setFilter(values) {
  const form = $('filters');
  for (const [key, value] of Object.entries(values)) form.elements[key].value = value;
  readFilters();
  state.offset = 0;
  refresh();
}

// ---- data → views
async function refresh() {
  const generation = ++state.generation;
  document.body.classList.add('busy');
  try {
    const [page, mapPage, stats, health] = await Promise.all([
      getJSON('/v1/events', { ...state.filters, limit: PAGE, offset: state.offset }),
      getJSON('/v1/events', { ...state.filters, limit: MAP_LIMIT }),
      getJSON('/v1/stats', { ...state.filters, period: state.period, top: 40 }),
      getJSON('/healthz'),
    ]);
    if (generation !== state.generation) return; // a newer refresh is under way
    $('health').textContent = `${health.events} events from ${health.documents} documents stored`;
    renderList(page);
    const onPlace = (place) => setFilter({ place });
    drawMap($('map'), state.world, stats.countries, mapPage.events, onPlace);
    $('map-note').textContent = mapPage.total > mapPage.events.length
      ? `The map shows ${mapPage.events.length} of ${mapPage.total} events.` : '';
    drawTimeline($('timeline'), stats.timeline);
    drawNetwork($('network'), stats.dyads, {
      onDyad: (source, target) => setFilter({ source, target }),
      onActor: (actor) => setFilter({ actor }),
    });
  } catch (error) {
    if (generation === state.generation) showError(error);
  } finally {
    if (generation === state.generation) document.body.classList.remove('busy');
  }
}

function renderList(page) {
  const { total, offset, events } = page;
  renderEventRows($('event-rows'), events, (event) => showDetail($('event-detail'), event));
  $('event-empty').hidden = events.length > 0;
  $('page-info').textContent = total ? `${offset + 1}–${offset + events.length} of ${total}` : '0 events';
  $('page-prev').disabled = offset <= 0;
  $('page-next').disabled = offset + events.length >= total;
}

// ---- coding an article
async function codeArticle(event) {
  event.preventDefault();
  clearError();
  const form = $('code-form');
  const params = {
    lang: form.elements.lang.value,
    date: form.elements.date.value,
    store: form.elements.store.checked ? 1 : undefined,
  };
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const answer = await postText('/v1/code', params, form.elements.text.value);
    renderCodeResult(answer);
    if (params.store) {
      state.offset = 0;
      await refresh();
    }
  } catch (error) {
    clear($('code-result'));
    showError(error);
  } finally {
    button.disabled = false;
  }
}

function renderCodeResult({ documents = [], events = [] }) {
  const box = clear($('code-result'));
  const texts = new Map(documents.map((d) => [d.id, d.text ?? '']));
  const skipped = documents.filter((d) => d.status !== 'coded');
  if (skipped.length) {
    showError(new Error(skipped.map((d) => `${d.id} was not coded: ${d.reason ?? d.status}`).join('; ')));
  }
  box.append(el('p', { 'data-testid': 'code-summary' },
    documents.map((d) => `${d.id}: ${d.status}, ${d.events ?? 0} event${d.events === 1 ? '' : 's'}`).join('; ') || 'no document'));
  if (!events.length) return;
  const tbody = el('tbody');
  box.append(el('table', { class: 'events compact' }, tbody));
  renderEventRows(tbody, events, (e) => {
    showDetail($('event-detail'), e, e.context ?? contextFromDocument(texts.get(e.doc_id) ?? '', e));
    $('event-detail').scrollIntoView({ block: 'nearest' });
  }, 'code-event-row');
}

// ---- start
function legend() {
  const box = $('legend');
  for (const [q, { name, color }] of Object.entries(QUADS)) {
    box.append(el('span', {}, el('span', { class: 'quad', style: `background:${color}` }), `${q} ${name}`));
  }
}

async function start() {
  legend();
  $('error-close').addEventListener('click', clearError);
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); clearError(); readFilters(); state.offset = 0; refresh(); });
  $('filters').addEventListener('reset', () => setTimeout(() => { clearError(); readFilters(); state.offset = 0; refresh(); }));
  $('code-form').addEventListener('submit', codeArticle);
  $('page-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  $('page-next').addEventListener('click', () => { state.offset += PAGE; refresh(); });
  readFilters();
  try {
    state.world = await loadWorld();
  } catch (error) {
    showError(error);
  }
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
