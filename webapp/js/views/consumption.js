import { h } from '../dom.js';
import { t } from '../i18n.js';
import { number } from '../format.js';

/**
 * Measured consumption for a car that plugs in: kWh/100 km from charging sessions, and for a
 * plug-in hybrid l/100 km from full tanks beside it. A car that only burns fuel reads its
 * consumption on the charts, so it gets no card.
 */
export function consumptionCard(score) {
  const c = score.consumption;
  if (!c || !c.charges) return null;
  return h('div', { class: 'card section', 'data-testid': 'consumption-card' },
    h('h2', null, t('consumption.title')),
    row('energy', c.kwh_per_100km, c.charging_stretches, 'unit.kwh_per_100km'),
    c.burns_fuel ? row('fuel', c.l_per_100km, c.fuel_stretches, 'unit.l_per_100km') : null);
}

function row(kind, value, stretches, unit) {
  return h('div', { class: 'row', 'data-testid': `consumption-${kind}` },
    h('span', null, t(`consumption.${kind}`)),
    value == null
      ? h('span', { class: 'sub' }, t(`consumption.${kind}_not_yet`))
      : h('span', { class: 'num', title: t('consumption.stretches', stretches) }, `${number(value, 1)} ${t(unit)}`));
}
