import { h } from '../dom.js';
import { section } from '../components.js';
import { date } from '../format.js';
import { categoryIcon } from '../icons.js';
import { t } from '../i18n.js';

/** Evidence markers for one vehicle: earned ones with their date, the rest calmly "not yet". */
export function badgesSection(achievements, vehicleId) {
  const earned = new Map(
    achievements.earned.filter((a) => a.vehicle_id === vehicleId).map((a) => [a.code, a]),
  );
  const cards = achievements.catalogue
    .filter((a) => a.scope === 'vehicle')
    .sort((a, b) => Number(earned.has(b.code)) - Number(earned.has(a.code)))
    .map((a) => badge(a, earned.get(a.code)));
  return cards.length ? section(t('badges.title'), h('div', { class: 'badges' }, cards)) : null;
}

function badge(achievement, unlock) {
  return h('div', { class: unlock ? 'card badge' : 'card badge locked', 'data-testid': unlock ? 'badge-earned' : 'badge-locked', title: achievement.description },
    h('div', { class: 'badge-icon' }, categoryIcon(achievement.category)),
    h('div', { class: 'badge-title' }, achievement.title),
    h('div', { class: 'small muted' }, unlock ? t('badges.since', date(unlock.unlocked_at)) : t('badges.not_yet')));
}
