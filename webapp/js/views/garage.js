import { h, show } from '../dom.js';
import { bar, chip, ring, section } from '../components.js';
import { t } from '../i18n.js';

/** The garage overview: average completion, alerts, and every vehicle at a glance. */
export function showGarage(garage, onOpen) {
  const summary = h('div', { class: 'card summary', 'data-testid': 'garage-summary' },
    ring(garage.average_completion, { small: true, testId: 'garage-average' }),
    h('div', { class: 'quality-text' },
      h('div', { class: 'item-title' }, t('garage.average')),
      h('div', { class: 'sub' }, garage.consistency_text),
      h('div', { class: 'chips' },
        garage.active_alerts > 0 ? chip(t('garage.attention', garage.active_alerts), 'yellow', 'garage-alerts') : chip(t('garage.calm'), 'green'),
        garage.complete_garage_text ? chip(garage.complete_garage_text, 'verified') : null)));
  show(
    h('h1', null, t('garage.title')),
    h('div', { class: 'section' }, summary),
    section(t('garage.vehicles'), h('div', { class: 'grid grid-2' }, garage.vehicles.map((v) => vehicleCard(v, onOpen)))),
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
