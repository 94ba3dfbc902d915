import { h, show } from '../dom.js';
import { section } from '../components.js';
import { t } from '../i18n.js';
import { haptic, setMainButton } from '../telegram.js';

const SWITCHES = ['due_soon', 'overdue', 'milestones', 'verified'];
const hours = Array.from({ length: 24 }, (_, i) => i);

/**
 * The bot's /settings: language, time zone, quiet hours, notification switches and muted centres.
 * The form is sent as a whole with the MainButton (or the page's button outside Telegram); the
 * server checks every value and answers a bad one in the user's language.
 */
export function showSettings(settings, { save, unmute }, note = '') {
  const zones = settings.common_time_zones.includes(settings.time_zone)
    ? settings.common_time_zones
    : [settings.time_zone, ...settings.common_time_zones];
  const language = h('select', { 'data-testid': 'settings-language', 'aria-label': t('settings.language') },
    option('ru', 'Русский', settings.language), option('en', 'English', settings.language));
  const zone = h('select', { 'data-testid': 'settings-time-zone', 'aria-label': t('settings.time_zone') },
    zones.map((z) => option(z, z, settings.time_zone)));
  const from = hourSelect('settings-quiet-from', settings.quiet_hours_start, t('settings.quiet_from'));
  const to = hourSelect('settings-quiet-to', settings.quiet_hours_end, t('settings.quiet_to'));
  const switches = Object.fromEntries(SWITCHES.map((key) => [key,
    h('input', { type: 'checkbox', 'data-testid': `settings-switch-${key}`, checked: settings.notifications[key] })]));
  const message = h('div', { class: 'settings-message', role: 'status', 'data-testid': 'settings-message' }, note);

  const submit = async () => {
    message.textContent = '';
    message.className = 'settings-message';
    const result = await save({
      language: language.value,
      time_zone: zone.value,
      quiet_hours_start: Number(from.value),
      quiet_hours_end: Number(to.value),
      notifications: Object.fromEntries(SWITCHES.map((key) => [key, switches[key].checked])),
    });
    if (result.ok) return;
    haptic('error');
    message.className = 'settings-message error';
    message.textContent = result.detail;
  };
  const inTelegram = setMainButton(t('settings.save'), submit);

  show(
    h('h1', null, t('settings.title')),
    section(t('settings.language'), h('div', { class: 'card field' }, language)),
    section(t('settings.time_zone'), h('div', { class: 'card field' }, zone)),
    section(t('settings.quiet_hours'),
      h('div', { class: 'card' },
        h('div', { class: 'field-row' }, h('label', null, t('settings.quiet_from'), from), h('label', null, t('settings.quiet_to'), to)),
        h('div', { class: 'sub' }, t('settings.quiet_hint')))),
    section(t('settings.notifications'),
      h('div', { class: 'card list' }, SWITCHES.map((key) =>
        h('label', { class: 'switch-row' }, h('span', null, t(`settings.switch.${key}`)), switches[key])))),
    settings.muted_centers.length
      ? section(t('settings.muted'), h('ul', { class: 'card list', 'data-testid': 'settings-muted' },
          settings.muted_centers.map((c) => h('li', { class: 'row', 'data-testid': 'settings-muted-center' },
            h('span', null, c.name),
            h('button', { class: 'link-button', type: 'button', 'data-testid': 'settings-unmute', onclick: () => unmute(c.service_center_id) }, t('settings.unmute'))))))
      : null,
    message,
    inTelegram ? null : h('button', { class: 'button settings-save', type: 'button', 'data-testid': 'settings-save', onclick: submit }, t('settings.save')),
  );
}

function option(value, label, selected) {
  return h('option', { value, selected: value === selected }, label);
}

function hourSelect(testId, value, label) {
  return h('select', { 'data-testid': testId, 'aria-label': label },
    hours.map((hour) => option(String(hour), `${String(hour).padStart(2, '0')}:00`, String(value))));
}
