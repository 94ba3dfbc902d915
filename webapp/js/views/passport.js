import { h, show } from '../dom.js';
import { t } from '../i18n.js';
import { badgesSection } from './badges.js';
import { chartsSection } from './charts.js';
import { consumptionCard } from './consumption.js';
import { healthCard, historyCard, qualityCard } from './cards.js';
import { identityCard } from './identity.js';
import { improveSection } from './improve.js';
import { documentsCard, tyresCard } from './knowledge.js';
import { reportSection } from './reports.js';
import { timelineSection } from './timeline.js';

/** One vehicle's passport: switcher, the three indicator cards, identity, documents and tyres, charts, next actions, badges, timeline. */
export function showPassport({ garage, score, charts, documents, tyres, timeline, achievements, onSwitch, loadMore, onOpenCenter, reports }) {
  const subtitle = [score.make, score.model, score.year].filter(Boolean).join(' · ');
  show(
    garage.vehicles.length > 1 ? switcher(garage.vehicles, score.vehicle_id, onSwitch) : null,
    h('h1', { 'data-testid': 'vehicle-name', 'data-vehicle-id': score.vehicle_id }, score.name),
    subtitle ? h('div', { class: 'sub' }, subtitle) : null,
    h('div', { class: 'section grid grid-3' }, qualityCard(score), historyCard(score), healthCard(score)),
    identityCard(score),
    consumptionCard(score),
    documentsCard(documents),
    tyresCard(tyres),
    chartsSection(charts),
    improveSection(score),
    badgesSection(achievements, 'vehicle', score.vehicle_id),
    reports ? reportSection(score.vehicle_id, reports) : null,
    timelineSection(timeline, loadMore, onOpenCenter),
  );
}

function switcher(vehicles, selectedId, onSwitch) {
  return h('div', { class: 'switcher', role: 'tablist', 'aria-label': t('garage.vehicles') },
    vehicles.map((v) =>
      h('button', {
        class: 'pill', type: 'button', role: 'tab', 'data-testid': 'switcher-pill', 'data-vehicle-id': v.vehicle_id,
        'aria-selected': String(v.vehicle_id === selectedId),
        onclick: () => v.vehicle_id !== selectedId && onSwitch(v.vehicle_id),
      }, v.name, h('span', { class: 'num' }, `${v.completeness_score}%`))));
}
