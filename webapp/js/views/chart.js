// A compact plot: the SVG holds only marks (stretched to the card with non-scaling strokes), the
// axis words are HTML beside it, so text stays crisp and readable at any width.
import { h, svg } from '../dom.js';
import { haptic } from '../telegram.js';

const W = 300;
const H = 120;
const PAD = 6;

/** Maps domain values to the plot's box; a flat series gets a band around it. */
export function scale([min, max], [from, to]) {
  const [low, high] = max > min ? [min, max] : [min - 1, max + 1];
  return (v) => from + ((v - low) / (high - low)) * (to - from);
}

export const xScale = (domain) => scale(domain, [PAD, W - PAD]);
export const yScale = (domain) => scale(domain, [H - PAD, PAD]);

/** A round dot that stays round when the plot is stretched: a zero-length stroke with round caps. */
export function dot(x, y, attrs) {
  return svg('path', { d: `M${x.toFixed(2)} ${y.toFixed(2)}h0`, 'vector-effect': 'non-scaling-stroke', 'stroke-linecap': 'round', ...attrs });
}

export function line(points, attrs) {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(2)} ${y.toFixed(2)}`).join('');
  return svg('path', { d, fill: 'none', 'vector-effect': 'non-scaling-stroke', ...attrs });
}

/**
 * The chart card: title, the top and bottom of the value axis, the plot, the first and last date,
 * a legend, and a readout that names the nearest point when the plot is touched.
 */
export function chartCard({ testId, title, label, marks, yTop, yBottom, xStart, xEnd, legend, readouts }) {
  const readout = h('div', { class: 'chart-readout num', 'aria-live': 'polite', 'data-testid': `${testId}-readout` }, '\u00a0');
  const plot = svg('svg', { class: 'chart-plot', viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': label },
    ...[0.25, 0.5, 0.75].map((f) => svg('line', { class: 'chart-grid', x1: 0, x2: W, y1: H * f, y2: H * f, 'vector-effect': 'non-scaling-stroke' })),
    ...marks);
  let last = -1;
  const pick = (event) => {
    if (!readouts.length) return;
    const box = plot.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * W;
    let best = 0;
    readouts.forEach((r, i) => { if (Math.abs(r.x - x) < Math.abs(readouts[best].x - x)) best = i; });
    if (best !== last) haptic('selection');
    last = best;
    readout.textContent = readouts[best].text;
  };
  plot.addEventListener('pointerdown', pick);
  plot.addEventListener('pointermove', (e) => e.buttons && pick(e));
  return h('div', { class: 'card chart', 'data-testid': testId },
    h('div', { class: 'chart-title' }, title),
    h('div', { class: 'chart-body' },
      h('div', { class: 'chart-y num' }, h('span', null, yTop), h('span', null, yBottom)),
      h('div', { class: 'chart-area' }, plot, h('div', { class: 'chart-x num' }, h('span', null, xStart), h('span', null, xEnd)))),
    readout,
    legend?.length ? h('div', { class: 'chart-legend' }, legend.map(([cls, text]) => h('span', null, h('i', { class: `key ${cls}` }), text))) : null);
}
