// The list of events and the detail of one event (its sentence, highlighted).
import { el, clear, QUADS } from './svg.js';
import { highlightPieces, eventMarks, spanText } from './highlight.js';

const actorCell = (actor) => (actor
  ? el('td', { title: `${actor.name ?? ''} — “${actor.text ?? ''}”` }, el('b', {}, actor.cameo ?? '?'), el('small', {}, actor.name ?? ''))
  : el('td', { class: 'none' }, '—'));

function eventCell(e) {
  const quad = QUADS[e.quad_class];
  return el('td', {},
    el('span', { class: 'quad', style: `background:${quad?.color ?? '#888'}`, title: quad?.name ?? '' }),
    el('b', {}, e.cameo), ' ', el('small', {}, e.plover?.type ?? ''),
    e.negated ? el('span', { class: 'badge neg', title: 'negated' }, 'not') : null,
    e.modality && e.modality !== 'asserted' ? el('span', { class: 'badge' }, e.modality) : null,
    e.trigger?.text ? el('q', {}, e.trigger.text) : null);
}

/** Fills `tbody` with one row per event; `onSelect(event, row)` on click or Enter. */
export function renderEventRows(tbody, events, onSelect, testid = 'event-row') {
  clear(tbody);
  for (const e of events) {
    const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '—';
    const row = el('tr', { 'data-testid': testid, 'data-event-id': e.event_id, tabindex: 0 },
      el('td', { class: 'date' }, e.date ?? '—'),
      actorCell(e.source), eventCell(e), actorCell(e.target),
      el('td', {}, place));
    const select = () => {
      for (const r of tbody.querySelectorAll('tr.selected')) r.classList.remove('selected');
      row.classList.add('selected');
      onSelect(e, row);
    };
    row.addEventListener('click', select);
    row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(); });
    tbody.append(row);
  }
}

/** The sentence with source, target and trigger marked (UTF-8 byte spans). */
export function sentenceElement(context, event) {
  const p = el('p', { class: 'sentence', 'data-testid': 'detail-sentence' });
  if (!context?.text) {
    p.append(el('i', {}, 'The sentence is not available.'));
    return p;
  }
  for (const piece of highlightPieces(context.text, context.begin ?? 0, eventMarks(event))) {
    if (!piece.kinds.length) p.append(piece.text);
    else p.append(el('mark', { class: piece.kinds.map((k) => `hl-${k}`).join(' '), 'data-kinds': piece.kinds.join(' ') }, piece.text));
  }
  return p;
}

/** Shows one event in `box`: its sentence and its fields. */
export function showDetail(box, event, context) {
  clear(box);
  box.hidden = false;
  const ctx = context ?? event.context;
  const actor = (a, kind) => (a
    ? [el('mark', { class: `hl-${kind}` }, ctx ? spanText(ctx.text, ctx.begin ?? 0, a.span) || a.text : a.text),
      ` ${a.cameo ?? ''} — ${a.name ?? ''}`]
    : '—');
  const quad = QUADS[event.quad_class];
  const rows = [
    ['Source', actor(event.source, 'source')],
    ['Event', [el('mark', { class: 'hl-trigger' }, event.trigger?.text ?? ''),
      ` CAMEO ${event.cameo} · PLOVER ${event.plover?.type ?? '—'}${event.plover?.mode ? ` (${event.plover.mode})` : ''}`]],
    ['Target', actor(event.target, 'target')],
    ['Class', `${quad?.name ?? event.quad_class} · Goldstein ${event.goldstein}`],
    ['When', `${event.date ?? 'unknown'}${event.date_precision ? ` (${event.date_precision})` : ''}`],
    ['Where', event.location ? `${event.location.name} (${event.location.country ?? '?'}) — “${event.location.text}”` : 'unknown'],
    ['Modality', `${event.modality}${event.negated ? ', negated' : ''}${event.fatalities != null ? `, ${event.fatalities} killed` : ''}`],
    ['Why', `${event.rule} · confidence ${event.confidence}`],
    ['Document', `${event.doc_id}, sentence ${event.sentence}${event.mentions > 1 ? ` · ${event.mentions} mentions` : ''}`],
  ];
  box.append(
    el('h3', {}, 'Event ', el('code', {}, event.event_id)),
    sentenceElement(ctx, event),
    el('dl', {}, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
  );
}
