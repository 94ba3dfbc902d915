// Calm line icons (24×24, stroked with currentColor); no emoji, no arcade art.
import { svg } from './dom.js';

const paths = {
  car: ['M4 16.5V12l2-5a2 2 0 0 1 1.9-1.3h8.2A2 2 0 0 1 18 7l2 5v4.5z', 'M4 12h16', 'M7 16.5V19', 'M17 16.5V19', 'M7.5 14h1', 'M15.5 14h1'],
  shield: ['M12 3l7 3v5c0 4.4-2.9 8.2-7 10-4.1-1.8-7-5.6-7-10V6z', 'M9 12l2 2 4-4'],
  profile: ['M7 3h7l4 4v14H7z', 'M14 3v4h4', 'M10 12h5', 'M10 16h5'],
  identity: ['M4 6h16v12H4z', 'M8 10h4', 'M8 14h8'],
  fuel: ['M5 20V5a1 1 0 0 1 1-1h7a1 1 0 0 1 1 1v15', 'M4 20h11', 'M8 8h3', 'M14 9h2a2 2 0 0 1 2 2v5a1.5 1.5 0 0 0 3 0V8l-3-3'],
  maintenance: ['M14.7 6.3a4 4 0 0 0-5.4 5.4L4 17l3 3 5.3-5.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.5-.5-.5-2.5z'],
  garage: ['M3 11l9-7 9 7v9H3z', 'M8 20v-6h8v6'],
  clock: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7v5l3 2'],
  alert: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 8v5', 'M12 16h.01'],
  arrow: ['M5 12h14', 'M13 6l6 6-6 6'],
};

const byCategory = {
  profile: 'profile',
  identity: 'identity',
  fuel: 'fuel',
  maintenance: 'maintenance',
  history: 'shield',
  garage: 'garage',
  service_center: 'shield',
};

export function icon(name) {
  const attrs = { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 };
  const element = svg('svg', { ...attrs, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true' });
  for (const d of paths[name] ?? paths.profile) element.append(svg('path', { d }));
  return element;
}

export const categoryIcon = (category) => icon(byCategory[category] ?? 'profile');
