import { h } from '../dom.js';
import { chip, section } from '../components.js';
import { date, km, litres } from '../format.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';

/** The vehicle's history, newest first; "Show more" asks the API for the next page. */
export function timelineSection(page, loadMore) {
  const list = h('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const more = h('button', { class: 'more', type: 'button', 'data-testid': 'timeline-more' }, t('timeline.more'));
  const append = (next) => {
    list.append(...next.items.map(item));
    more.hidden = !next.next_cursor;
    more.onclick = async () => {
      more.disabled = true;
      try {
        append(await loadMore(next.next_cursor));
        more.textContent = t('timeline.more');
      } catch (error) {
        more.textContent = t('retry');
        console.warn('Timeline page failed to load', error);
      } finally {
        more.disabled = false;
      }
    };
  };
  append(page);
  const body = page.items.length === 0 ? h('div', { class: 'card sub' }, t('timeline.empty')) : h('div', { class: 'card' }, list, more);
  return section(t('timeline.title'), body);
}

function item(entry) {
  const details = [
    entry.odometer_km != null ? km(entry.odometer_km) : null,
    entry.litres != null ? litres(entry.litres) : null,
    entry.note,
  ].filter(Boolean);
  return h('li', { 'data-testid': 'timeline-item', 'data-type': entry.type },
    h('span', { class: entry.trusted ? 'tl-dot trusted' : 'tl-dot' }),
    h('div', { class: 'tl-meta' }, h('span', { class: 'num' }, date(entry.occurred_at)), h('span', { class: 'tl-label' }, entry.label)),
    h('div', { class: 'tl-title' }, entry.title),
    details.length ? h('div', { class: 'tl-detail' }, details.join(' · ')) : null,
    entry.status_text ? h('div', { class: 'chips' }, chip(entry.status_text, entry.status)) : null,
    entry.service_center ? trustBadge(entry.service_center) : null);
}

/** The service's trust in words (no numbers), with its verification shown as a shield. */
function trustBadge(center) {
  return h('div', { class: 'trust', 'data-testid': 'trust-badge', 'data-level': center.trust_level },
    icon('shield'), h('span', null, center.name), h('span', { class: 'muted' }, `· ${center.trust_level_text}`));
}
