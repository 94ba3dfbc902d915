import { h, show } from '../dom.js';
import { chip, section } from '../components.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { badgesSection } from './badges.js';

/**
 * A service centre. Everyone who may see it gets the level in words and whether its documents were
 * checked (the shield only then); its staff also the figures behind the level, its managers what
 * would raise it — the API decides who gets which, the page shows what came.
 */
export function showCenter(trust, achievements) {
  show(
    h('div', { class: 'center-head' },
      trust.verified ? h('span', { class: 'center-shield', 'data-testid': 'center-shield' }, icon('shield')) : null,
      h('div', null,
        h('h1', { 'data-testid': 'center-name' }, trust.name),
        h('div', { class: 'sub' }, trust.city))),
    h('div', { class: 'section card', 'data-testid': 'center-level' },
      h('div', { class: 'chips center-chips' },
        chip(trust.trust_level_text, trust.trust_level, 'center-trust-level'),
        chip(trust.verified ? t('center.verified') : t('center.unverified'), trust.verified ? 'verified' : 'neutral')),
      h('p', { class: 'sub' }, trust.trust_level_description)),
    trust.details ? figures(trust.details) : null,
    trust.hints ? hints(trust) : null,
    trust.details ? badgesSection(achievements, 'service_center', trust.service_center_id) : null,
  );
}

function figures(details) {
  const figure = (label, value, testId) =>
    h('div', { class: 'card figure-card' }, h('div', { class: 'figure num', 'data-testid': testId }, value), h('div', { class: 'sub' }, label));
  return section(t('center.figures'),
    h('div', { class: 'grid grid-figures' },
      figure(t('center.trust_score'), String(details.trust_score), 'center-trust-score'),
      figure(t('center.confirmed_visits'), String(details.confirmed_visits), 'center-confirmed'),
      figure(t('center.confirmation_rate'), `${Math.round(details.confirmation_rate * 100)}%`, 'center-confirmation-rate'),
      figure(t('center.dispute_rate'), `${Math.round(details.dispute_rate * 100)}%`, 'center-dispute-rate')));
}

function hints(trust) {
  const body = trust.hints.length === 0
    ? h('div', { class: 'card sub', 'data-testid': 'center-hints-none' }, trust.hints_none_text)
    : h('ul', { class: 'card list', 'data-testid': 'center-hints' },
        trust.hints.map((hint) => h('li', { 'data-testid': 'center-hint', 'data-code': hint.code }, hint.text)));
  return section(t('center.raise'), body);
}

/** A centre as a line that opens its screen: the shield only for a verified one, the level in words. */
export function centerLink(center, onOpen, testId = 'trust-badge') {
  return h('button', {
    class: 'trust', type: 'button', 'data-testid': testId, 'data-level': center.trust_level,
    'data-center-id': center.service_center_id, onclick: () => onOpen(center.service_center_id),
  },
  center.verified ? icon('shield') : null,
  h('span', null, center.name), h('span', { class: 'muted' }, `· ${center.trust_level_text}`));
}
