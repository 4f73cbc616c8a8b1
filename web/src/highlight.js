// Highlighting words of a sentence from an event record's spans.
//
// Spans in event records are UTF-8 byte offsets into the whole document, end
// exclusive. A sentence that starts at byte `begin` of its document holds the
// span [a, b) at bytes [a - begin, b - begin) of the sentence's UTF-8 encoding:
// byte offsets, not JavaScript string (UTF-16) indices, so "é" counts 2 and
// "ğ" counts 2. We slice bytes and decode them.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

const isContinuation = (byte) => (byte & 0xc0) === 0x80;

// An offset inside a multi-byte character moves back to the character's start
// (for a span's start) or on to its end (for a span's end).
function charStart(bytes, i) {
  while (i > 0 && i < bytes.length && isContinuation(bytes[i])) i--;
  return i;
}
function charEnd(bytes, i) {
  while (i < bytes.length && isContinuation(bytes[i])) i++;
  return i;
}

/**
 * Cuts `sentence` into pieces at the given marks.
 * @param {string} sentence the sentence text
 * @param {number} begin byte offset of the sentence in its document
 * @param {{kind: string, span: [number, number]}[]} marks spans in document bytes;
 *   null marks or spans are ignored, spans outside the sentence are clipped
 * @returns {{text: string, kinds: string[]}[]} pieces in order; `kinds` lists the
 *   marks covering the piece (empty for plain text); the texts joined give
 *   back the sentence.
 */
export function highlightPieces(sentence, begin, marks) {
  const bytes = encoder.encode(sentence);
  const n = bytes.length;
  const clip = (x) => Math.min(n, Math.max(0, x - begin));
  const ranges = [];
  for (const mark of marks) {
    if (!mark || !Array.isArray(mark.span) || mark.span.length !== 2) continue;
    const a = charStart(bytes, clip(mark.span[0]));
    const b = charEnd(bytes, clip(mark.span[1]));
    if (a < b) ranges.push({ kind: mark.kind, a, b });
  }
  const cuts = [...new Set([0, n, ...ranges.flatMap((r) => [r.a, r.b])])].sort((x, y) => x - y);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [x, y] = [cuts[i], cuts[i + 1]];
    const kinds = ranges.filter((r) => r.a <= x && y <= r.b).map((r) => r.kind);
    const last = pieces[pieces.length - 1];
    if (last && last.kinds.join() === kinds.join()) last.y = y;
    else pieces.push({ x, y, kinds });
  }
  return pieces.map(({ x, y, kinds }) => ({ text: decoder.decode(bytes.subarray(x, y)), kinds }));
}

/** The text of a document-byte span inside a sentence starting at `begin` ('' if outside). */
export function spanText(sentence, begin, span) {
  if (!Array.isArray(span)) return '';
  const bytes = encoder.encode(sentence);
  const clip = (x) => Math.min(bytes.length, Math.max(0, x - begin));
  return decoder.decode(bytes.subarray(charStart(bytes, clip(span[0])), charEnd(bytes, clip(span[1]))));
}

/** The marks of an event record: its source, target and trigger spans. */
export function eventMarks(event) {
  return [
    event.source && { kind: 'source', span: event.source.span },
    event.target && { kind: 'target', span: event.target.span },
    event.trigger && { kind: 'trigger', span: event.trigger.span },
  ].filter(Boolean);
}

/**
 * A context ({text, begin}) for an event from its document's text, for events
 * that come without one (the answer of POST /v1/code): the bytes from the
 * start to the end of the event's spans.
 */
export function contextFromDocument(docText, event) {
  const bytes = encoder.encode(docText);
  const spans = [event.span, ...eventMarks(event).map((m) => m.span)].filter(Array.isArray);
  if (!spans.length) return null;
  const a = charStart(bytes, Math.max(0, Math.min(...spans.map((s) => s[0]))));
  const b = charEnd(bytes, Math.min(bytes.length, Math.max(...spans.map((s) => s[1]))));
  return { text: decoder.decode(bytes.subarray(a, b)), begin: a };
}
