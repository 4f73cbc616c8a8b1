// Unit tests of the byte-offset highlighting (node --test web/test/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightPieces, spanText, contextFromDocument, eventMarks } from '../src/highlight.js';

const bytes = (s) => Buffer.byteLength(s, 'utf8');

// A span of `words` inside `doc`, in UTF-8 bytes, as dyad writes it.
function spanOf(doc, words, from = 0) {
  const at = doc.indexOf(words, from);
  assert.ok(at >= 0, `${words} not in the document`);
  const a = bytes(doc.slice(0, at));
  return [a, a + bytes(words)];
}

const prefix = 'Préambule : Ankara dénonce. ';
const sentence = "L'armée syrienne a bombardé des positions turques près d'Idleb, a dit Erdoğan.";
const doc = prefix + sentence + ' Fin.';
const begin = bytes(prefix);

test('spans are UTF-8 bytes: accents before and inside the sentence', () => {
  const marks = [
    { kind: 'source', span: spanOf(doc, "L'armée syrienne") },
    { kind: 'trigger', span: spanOf(doc, 'a bombardé') },
    { kind: 'target', span: spanOf(doc, 'positions turques') },
  ];
  const pieces = highlightPieces(sentence, begin, marks);
  assert.deepEqual(pieces.map((p) => [p.text, p.kinds.join('+')]), [
    ["L'armée syrienne", 'source'],
    [' ', ''],
    ['a bombardé', 'trigger'],
    [' des ', ''],
    ['positions turques', 'target'],
    [" près d'Idleb, a dit Erdoğan.", ''],
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), sentence);
});

test('a span after ğ (2 bytes) is not shifted', () => {
  const s = 'Erdoğan a appelé Moscou.';
  const marks = [{ kind: 'target', span: spanOf(s, 'Moscou') }];
  const pieces = highlightPieces(s, 0, marks);
  assert.equal(pieces.find((p) => p.kinds.includes('target')).text, 'Moscou');
  assert.equal(spanText(s, 0, spanOf(s, 'appelé')), 'appelé');
  // UTF-16 indices would be off by two here (é and ğ): make sure we do not use them.
  const [a, b] = spanOf(s, 'Moscou');
  assert.notEqual(s.slice(a, b), 'Moscou');
});

test('overlapping marks: a trigger that covers the target', () => {
  const s = "Le ministre a accusé l'armée syrienne d'avoir bombardé.";
  const marks = [
    { kind: 'trigger', span: spanOf(s, "a accusé l'armée syrienne d'avoir bombardé") },
    { kind: 'target', span: spanOf(s, "l'armée syrienne") },
  ];
  const pieces = highlightPieces(s, 0, marks);
  assert.deepEqual(pieces.map((p) => p.kinds.join('+')), ['', 'trigger', 'trigger+target', 'trigger', '']);
  const trigger = pieces.filter((p) => p.kinds.includes('trigger')).map((p) => p.text).join('');
  assert.equal(trigger, "a accusé l'armée syrienne d'avoir bombardé");
});

test('offsets inside a character or outside the sentence never cut a character', () => {
  const s = 'Café à Ağrı';
  const [a, b] = spanOf(s, 'à');
  const pieces = highlightPieces(s, 10, [
    { kind: 'trigger', span: [10 + a + 1, 10 + b] }, // starts inside "à"
    { kind: 'source', span: [0, 13] }, // starts before the sentence
    { kind: 'target', span: [10 + bytes('Café à A') + 1, 999] }, // inside "ğ", past the end
    null,
    { kind: 'source', span: null },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), s);
  assert.ok(pieces.every((p) => !p.text.includes('\uFFFD')));
  assert.equal(pieces.find((p) => p.kinds.includes('trigger')).text, 'à');
  assert.equal(pieces.filter((p) => p.kinds.includes('target')).map((p) => p.text).join(''), 'ğrı');
});

test('contextFromDocument and eventMarks for a coded (not stored) event', () => {
  const event = {
    span: spanOf(doc, sentence),
    source: { span: spanOf(doc, "L'armée syrienne") },
    target: null,
    trigger: { text: 'a bombardé', span: spanOf(doc, 'a bombardé') },
  };
  const ctx = contextFromDocument(doc, event);
  assert.deepEqual(ctx, { text: sentence, begin });
  assert.deepEqual(eventMarks(event).map((m) => m.kind), ['source', 'trigger']);
  assert.equal(spanText(ctx.text, ctx.begin, event.trigger.span), 'a bombardé');
});
