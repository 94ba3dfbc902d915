import { h } from '../dom.js';
import { currentLanguage, t } from '../i18n.js';

/** The car as its VIN names it: maker and the country its maker code was assigned in (decoded offline by the API). */
export function identityCard(score) {
  const vin = score.vin_decoded;
  if (!vin) return null;
  const year = vin.model_year ?? null;
  return h('div', { class: 'card section', 'data-testid': 'identity-card' },
    h('h2', null, t('identity.title')),
    h('div', { class: 'chips' },
      h('span', { class: 'chip', 'data-testid': 'identity-maker' }, vin.maker ?? t('identity.unknown_maker')),
      vin.country ? h('span', { class: 'chip', 'data-testid': 'identity-country' }, countryName(vin.country)) : null,
      year ? h('span', { class: 'chip num', 'data-testid': 'identity-year' }, t('identity.model_year', year)) : null),
    h('div', { class: 'why' }, t('identity.wmi', vin.wmi)));
}

/** The country's name in the reader's language; no flag emoji, which Telegram Desktop on Windows shows as two letters. */
function countryName(code) {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
