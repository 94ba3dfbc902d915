import { h, show } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { canClose, close, openTelegramLink } from '../telegram.js';

function state(testId, iconName, title, text, ...actions) {
  show(
    h('div', { class: 'state', 'data-testid': testId },
      h('div', { class: 'state-icon' }, icon(iconName)),
      h('h1', null, title),
      h('p', null, text),
      ...actions),
  );
}

export function showEmpty(addVehicleLink) {
  const action = addVehicleLink
    ? h('a', { class: 'button', href: addVehicleLink, 'data-testid': 'add-vehicle-link', onclick: (e) => openTelegramLink(e, addVehicleLink) }, t('empty.action'))
    : null;
  state('state-empty', 'car', t('empty.title'), t('empty.text'), action);
}

export function showExpired() {
  const action = canClose() ? h('button', { class: 'button', type: 'button', onclick: close }, t('close')) : null;
  state('state-expired', 'clock', t('expired.title'), t('expired.text'), action);
}

export function showSignedOut() {
  state('state-signed-out', 'car', t('signed_out.title'), t('signed_out.text'));
}

export function showFailed(retry) {
  state('state-error', 'alert', t('error.title'), t('error.text'), h('button', { class: 'button', type: 'button', onclick: retry }, t('retry')));
}

export function showLoading() {
  show(
    h('div', { class: 'state state-loading', 'data-testid': 'state-loading' },
      h('div', { class: 'skeleton skeleton-hero' }),
      h('div', { class: 'skeleton skeleton-card' }),
      h('div', { class: 'skeleton skeleton-card' })),
  );
}
