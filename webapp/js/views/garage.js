import { h, show } from '../dom.js';
import { bar, chip, ring, section } from '../components.js';
import { t } from '../i18n.js';
import { badgesSection } from './badges.js';
import { centerLink } from './center.js';

/** The garage overview: average completion, alerts, and every vehicle at a glance. */
export function showGarage(garage, { onOpen, centers, achievements, onOpenCenter, onOpenSettings }) {
  const summary = h('div', { class: 'card summary', 'data-testid': 'garage-summary' },
    ring(garage.average_completion, { small: true, testId: 'garage-average' }),
    h('div', { class: 'quality-text' },
      h('div', { class: 'item-title' }, t('garage.average')),
      h('div', { class: 'sub' }, garage.consistency_text),
      h('div', { class: 'chips' },
        garage.active_alerts > 0 ? chip(t('garage.attention', garage.active_alerts), 'yellow', 'garage-alerts') : chip(t('garage.calm'), 'green'),
        garage.complete_garage_text ? chip(garage.complete_garage_text, 'verified') : null)));
  const none = garage.vehicles.length === 0;
  show(
    h('h1', null, t('garage.title')),
    none ? null : h('div', { class: 'section' }, summary),
    none
      ? h('div', { class: 'section card sub' }, t('empty.text'))
      : section(t('garage.vehicles'), h('div', { class: 'grid grid-2' }, garage.vehicles.map((v) => vehicleCard(v, onOpen)))),
    centers.length
      ? section(t('center.mine'), h('div', { class: 'grid grid-2' }, centers.map((c) =>
          h('div', { class: 'card', 'data-testid': 'my-center' }, centerLink(c, onOpenCenter, 'my-center-link')))))
      : null,
    badgesSection(achievements, 'user'),
    h('div', { class: 'section' },
      h('button', { class: 'more', type: 'button', 'data-testid': 'open-settings', onclick: onOpenSettings }, t('settings.open'))),
  );
}

function vehicleCard(vehicle, onOpen) {
  const subtitle = [vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' · ');
  return h('button', { class: 'card vehicle-card', type: 'button', 'data-testid': 'vehicle-card', 'data-vehicle-id': vehicle.vehicle_id, onclick: () => onOpen(vehicle.vehicle_id) },
    h('div', { class: 'vehicle-head' },
      h('span', { class: 'vehicle-name' }, vehicle.name),
      h('span', { class: 'vehicle-score num', 'data-testid': 'vehicle-score' }, `${vehicle.completeness_score}%`)),
    h('div', { class: 'sub' }, subtitle || vehicle.profile_quality_text),
    bar(vehicle.completeness_score / 100),
    h('div', { class: 'chips' },
      chip(vehicle.maintenance_status_text, vehicle.maintenance_status),
      chip(vehicle.verified_history_status_text, vehicle.verified_history_status),
      vehicle.active_alerts > 0 ? chip(t('garage.attention', vehicle.active_alerts), 'yellow') : null));
}
