import { h, svg } from './dom.js';

const tones = {
  green: 'green', yellow: 'yellow', red: 'red',
  verified: 'green', partially_verified: 'accent', self_reported: 'neutral',
  confirmed: 'green', pending_confirmation: 'yellow', disputed: 'red',
  high_confidence: 'green', reliable: 'green',
};

export const toneOf = (status) => tones[status] ?? 'neutral';

export function chip(text, status, testId) {
  return h('span', { class: `chip tone-${toneOf(status)}`, 'data-testid': testId }, h('span', { class: 'dot' }), text);
}

/** A progress ring for a 0–100 score computed by the backend. */
export function ring(score, { small = false, testId } = {}) {
  const radius = 52;
  const length = 2 * Math.PI * radius;
  const value = Math.max(0, Math.min(100, score));
  const graphic = svg(
    'svg',
    { viewBox: '0 0 120 120', role: 'img', 'aria-label': `${value}%` },
    svg('circle', { class: 'track', cx: 60, cy: 60, r: radius, fill: 'none', 'stroke-width': 8 }),
    svg('circle', {
      class: 'value', cx: 60, cy: 60, r: radius, fill: 'none', 'stroke-width': 8,
      'stroke-dasharray': length.toFixed(2), 'stroke-dashoffset': (length * (1 - value / 100)).toFixed(2),
    }),
  );
  return h(
    'div',
    { class: small ? 'ring small' : 'ring' },
    graphic,
    h('div', { class: 'ring-label' }, h('span', { class: 'ring-number num', 'data-testid': testId }, String(value), h('small', null, '%'))),
  );
}

export function bar(ratio) {
  const width = `${Math.max(0, Math.min(1, ratio)) * 100}%`;
  const fill = h('span');
  fill.style.width = width;
  return h('div', { class: 'bar', role: 'presentation' }, fill);
}

export const section = (title, ...content) => h('section', { class: 'section' }, h('h2', null, title), ...content);
