// A few helpers to build SVG and HTML without a framework.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes, appended to `parent` if given. */
export function svgEl(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  if (parent) parent.appendChild(node);
  return node;
}

/** Adds a tooltip (<title>) to an SVG element. */
export function tooltip(node, text) {
  svgEl('title', {}, node).textContent = text;
  return node;
}

/** Creates an HTML element with attributes and text or children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** An SVG's drawing size, from its viewBox. */
export function viewSize(svg) {
  const [, , width, height] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
  return { width, height };
}

/** Quad classes: names and colours (one palette for every view). */
export const QUADS = {
  1: { name: 'verbal cooperation', color: '#3f9b62' },
  2: { name: 'material cooperation', color: '#2b6cb0' },
  3: { name: 'verbal conflict', color: '#dd8a1b' },
  4: { name: 'material conflict', color: '#c53030' },
};
