import { h } from '../dom.js';
import { date } from '../format.js';
import { t } from '../i18n.js';

const LIFETIMES = [1, 7, 14, 30];

/**
 * "Report for a buyer": the owner's choices, then the backend makes the link and its bot sends the
 * PDF to the chat. Below, the open links of this car with how often each was opened, each revocable.
 */
export function reportSection(vehicleId, { make, links, revoke }) {
  const full = h('input', { type: 'checkbox', 'data-testid': 'report-full' });
  const name = h('input', { type: 'checkbox', 'data-testid': 'report-name' });
  const days = h('select', { 'data-testid': 'report-days' },
    LIFETIMES.map((d) => h('option', { value: d, selected: d === 7 }, t('report.days_option', d))));
  const note = h('div', { class: 'sub report-note', 'data-testid': 'report-note', 'aria-live': 'polite' });
  const list = h('div', { 'data-testid': 'share-links' });

  const drawLinks = async () => {
    const open = (await links()).filter((l) => l.vehicle_id === vehicleId);
    list.replaceChildren(...(open.length === 0
      ? [h('div', { class: 'sub' }, t('links.none'))]
      : open.map((l) => h('div', { class: 'row', 'data-testid': 'share-link' },
        h('span', {}, `${l.report_id} · ${t('links.until', date(l.expires_at))} · ${t('links.views', l.view_count)}`),
        h('button', {
          class: 'back-link', type: 'button', 'data-testid': 'share-link-revoke',
          onclick: async () => { await revoke(l.id); note.textContent = t('links.revoked'); await drawLinks(); },
        }, t('links.revoke'))))));
  };

  const button = h('button', {
    class: 'button', type: 'button', 'data-testid': 'report-make',
    onclick: async () => {
      button.disabled = true;
      try {
        const made = await make({ full_identity: full.checked, days: Number(days.value), show_first_name: name.checked });
        note.textContent = made.sent_to_chat ? t('report.sent', made.url) : t('report.made', made.report_id, made.url);
        await drawLinks();
      } catch (error) {
        note.textContent = error?.problem?.detail ?? error.message;
      } finally {
        button.disabled = false;
      }
    },
  }, t('report.create'));

  drawLinks().catch(() => list.replaceChildren());
  return h('section', { class: 'section card', 'data-testid': 'report-section' },
    h('h2', {}, t('report.title')),
    h('label', { class: 'switch-row' }, h('span', {}, t('report.full')), full),
    h('label', { class: 'switch-row' }, h('span', {}, t('report.show_name')), name),
    h('label', { class: 'switch-row report-days' }, h('span', {}, t('report.days')), days),
    button, note,
    h('h2', { class: 'section' }, t('links.title')),
    list);
}
