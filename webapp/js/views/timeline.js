import { h } from '../dom.js';
import { chip, section } from '../components.js';
import { date, km, kwh, litres, month } from '../format.js';
import { t } from '../i18n.js';
import { centerLink } from './center.js';

/**
 * The vehicle's history, newest first, under a header per month. The next page loads by itself as the owner scrolls near the
 * end of the list; "Show more" does the same for a tap (and is the retry when a page fails).
 */
export function timelineSection(page, loadMore, onOpenCenter) {
  const list = h('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const more = h('button', { class: 'more', type: 'button', 'data-testid': 'timeline-more' }, t('timeline.more'));
  let cursor = null;
  let loading = false;
  let lastMonth = null;
  const append = (next) => {
    for (const entry of next.items) {
      // Pages are newest first, so a month header goes in whenever the month changes, also across pages.
      const key = entry.occurred_at.slice(0, 7);
      if (key !== lastMonth) {
        lastMonth = key;
        list.append(h('li', { class: 'tl-month', 'data-testid': 'timeline-month', 'data-month': key }, month(entry.occurred_at)));
      }
      list.append(item(entry, onOpenCenter));
    }
    cursor = next.next_cursor;
    more.hidden = !cursor;
  };
  const loadNext = async () => {
    if (loading || !cursor) return;
    loading = true;
    more.disabled = true;
    try {
      append(await loadMore(cursor));
      more.textContent = t('timeline.more');
    } catch (error) {
      more.textContent = t('retry');
      console.warn('Timeline page failed to load', error);
    } finally {
      loading = false;
      more.disabled = false;
    }
  };
  more.onclick = loadNext;
  append(page);
  watchEnd(more, loadNext);
  const body = page.items.length === 0 ? h('div', { class: 'card sub' }, t('timeline.empty')) : h('div', { class: 'card' }, list, more);
  return section(t('timeline.title'), body);
}

/** Loads the next page when the end of the list comes within a screen of the viewport, until none is left. */
function watchEnd(end, loadNext) {
  if (!('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(async (entries) => {
    if (!end.isConnected || end.hidden) {
      observer.disconnect();
      return;
    }
    if (!entries.some((e) => e.isIntersecting)) return;
    await loadNext();
    // Observing again reports at once whether the end is still in view (a short page on a tall
    // screen), so pages keep coming until the screen is full, without waiting for a scroll.
    observer.unobserve(end);
    if (end.isConnected && !end.hidden) observer.observe(end);
  }, { rootMargin: '0px 0px 100% 0px' });
  observer.observe(end);
}

function item(entry, onOpenCenter) {
  const details = [
    entry.odometer_km != null ? km(entry.odometer_km) : null,
    entry.litres != null ? litres(entry.litres) : null,
    entry.kwh != null ? kwh(entry.kwh) : null,
    entry.note,
  ].filter(Boolean);
  return h('li', { 'data-testid': 'timeline-item', 'data-type': entry.type },
    h('span', { class: entry.trusted ? 'tl-dot trusted' : 'tl-dot' }),
    h('div', { class: 'tl-meta' }, h('span', { class: 'num' }, date(entry.occurred_at)), h('span', { class: 'tl-label' }, entry.label)),
    h('div', { class: 'tl-title' }, entry.title),
    details.length ? h('div', { class: 'tl-detail' }, details.join(' · ')) : null,
    entry.status_text ? h('div', { class: 'chips' }, chip(entry.status_text, entry.status)) : null,
    entry.service_center ? centerLink(entry.service_center, onOpenCenter) : null);
}
