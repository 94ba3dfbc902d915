import { h } from '../dom.js';
import { chip } from '../components.js';
import { day, km } from '../format.js';
import { t } from '../i18n.js';

const documentTone = { valid: 'green', expiring: 'yellow', lapsed: 'red', renewed: 'neutral' };

/** The owner's dated documents: masked number, last valid day, status; a lapsed OSAGO is said first. Null for a car the reader does not own. */
export function documentsCard(documents) {
  if (!documents) return null;
  return h('div', { class: 'card section', 'data-testid': 'documents-card' },
    h('h2', null, t('documents.title')),
    documents.osago_lapsed ? h('div', { class: 'chips' }, chip(t('documents.osago_lapsed'), 'red', 'documents-lapsed')) : null,
    documents.documents.length === 0
      ? h('div', { class: 'sub' }, t('documents.none'))
      : h('ul', { class: 'list' }, documents.documents.map(documentRow)));
}

function documentRow(d) {
  const tone = documentTone[d.status] ?? 'neutral';
  return h('li', { 'data-testid': 'document-row', 'data-status': d.status },
    h('div', { class: 'row' },
      h('span', null, h('span', { class: `dot tone-${tone}` }), `${d.kind_text} `, h('span', { class: 'num muted' }, d.number_masked)),
      h('span', { class: 'small muted' }, d.status_text)),
    h('div', { class: 'why num' }, validity(d)));
}

function validity(d) {
  if (d.status === 'lapsed' || d.status === 'renewed') return t('documents.expired', day(d.expires_on));
  if (d.status === 'expiring') return t('documents.until_days', day(d.expires_on), d.days_left);
  return t('documents.until', day(d.expires_on));
}

/** The car's tyre sets, the fitted one first, and whether the season calls for the other set. Null for a car the reader does not own. */
export function tyresCard(tyres) {
  if (!tyres) return null;
  return h('div', { class: 'card section', 'data-testid': 'tyres-card' },
    h('h2', null, t('tyres.title')),
    tyres.change_due ? h('div', { class: 'chips' }, chip(t('tyres.change_due', tyres.season_due_text), 'yellow', 'tyres-change-due')) : null,
    tyres.sets.length === 0
      ? h('div', { class: 'sub' }, t('tyres.none'))
      : h('ul', { class: 'list' }, tyres.sets.map(tyreRow)),
    tyres.first_frost_on ? h('div', { class: 'why' }, t('tyres.frost', day(tyres.first_frost_on))) : null);
}

function tyreRow(s) {
  const name = [s.season_text, s.size, s.studded ? t('tyres.studded') : null].filter(Boolean).join(' · ');
  const where = s.fitted
    ? [t('tyres.fitted_since', day(s.fitted_on)), s.fitted_km != null ? km(s.fitted_km) : null].filter(Boolean).join(', ')
    : t('tyres.stored');
  return h('li', { 'data-testid': 'tyre-row', 'data-fitted': String(s.fitted) },
    h('div', { class: 'row' },
      h('span', null, h('span', { class: `dot tone-${s.fitted ? 'green' : 'neutral'}` }), name),
      h('span', { class: 'small muted num' }, where)));
}
