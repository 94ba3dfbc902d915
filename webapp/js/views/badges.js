import { h } from '../dom.js';
import { section } from '../components.js';
import { date } from '../format.js';
import { categoryIcon } from '../icons.js';
import { t } from '../i18n.js';

const belongs = {
  vehicle: (earned, id) => earned.vehicle_id === id,
  service_center: (earned, id) => earned.service_center_id === id,
  user: (earned) => !earned.vehicle_id && !earned.service_center_id,
};

/**
 * Evidence markers of one scope (a vehicle, the user, a centre): earned ones as calm cards with their
 * date, the rest named in one quiet line — a record of what is true, not a trophy wall.
 */
export function badgesSection(achievements, scope, id) {
  const earned = new Map(
    achievements.earned.filter((a) => a.scope === scope && belongs[scope](a, id)).map((a) => [a.code, a]),
  );
  const ofScope = achievements.catalogue.filter((a) => a.scope === scope);
  if (ofScope.length === 0) return null;
  const got = ofScope.filter((a) => earned.has(a.code));
  const notYet = ofScope.filter((a) => !earned.has(a.code));
  return h('section', { class: 'section', 'data-testid': `badges-${scope}` },
    h('h2', null, t(`badges.${scope}`)),
    got.length ? h('div', { class: 'badges' }, got.map((a) => badge(a, earned.get(a.code)))) : null,
    notYet.length
      ? h('div', { class: 'small muted not-yet', 'data-testid': 'badges-not-yet' },
          `${t('badges.not_yet')}: `, notYet.map((a, i) => [i ? ', ' : '', h('span', { title: a.description, 'data-testid': 'badge-locked' }, a.title)]))
      : null);
}

function badge(achievement, unlock) {
  return h('div', { class: 'card badge', 'data-testid': 'badge-earned', 'data-code': achievement.code, title: achievement.description },
    h('div', { class: 'badge-icon' }, categoryIcon(achievement.category)),
    h('div', { class: 'badge-title' }, achievement.title),
    h('div', { class: 'small muted' }, t('badges.since', date(unlock.unlocked_at))));
}
