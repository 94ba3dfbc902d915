import { h } from '../dom.js';
import { bar, chip, ring } from '../components.js';
import { date, km, percent } from '../format.js';
import { t } from '../i18n.js';

export function qualityCard(score) {
  return h('div', { class: 'card', 'data-testid': 'quality-card' },
    h('h2', null, t('passport.quality')),
    h('div', { class: 'quality' },
      ring(score.completeness_score, { testId: 'quality-score' }),
      h('div', { class: 'quality-text' },
        h('div', { class: 'quality-band' }, score.profile_quality_text),
        score.current_odometer_km != null ? h('div', { class: 'sub num' }, t('passport.mileage', km(score.current_odometer_km))) : null,
        // Reminders are judged by today's estimate; show it when it differs from the last reading.
        score.estimated_odometer_km != null && score.estimated_odometer_km !== score.current_odometer_km
          ? h('div', { class: 'sub num' }, t('passport.mileage_estimated', km(score.estimated_odometer_km))) : null)));
}

export function historyCard(score) {
  const hasRecords = score.total_records > 0;
  return h('div', { class: 'card', 'data-testid': 'history-card' },
    h('h2', null, t('passport.history')),
    chip(score.verified_history_status_text, score.verified_history_status, 'history-status'),
    hasRecords
      ? [
          h('div', { class: 'figure num mt', 'data-testid': 'trusted-ratio' }, `${percent(score.trusted_record_ratio)}%`),
          h('div', { class: 'sub' }, t('passport.trusted', score.trusted_records, score.total_records)),
          bar(score.trusted_record_ratio),
        ]
      : h('div', { class: 'sub mt' }, t('passport.no_records')),
    h('div', { class: 'chips' },
      score.pending_visits > 0 ? chip(t('passport.pending', score.pending_visits), 'yellow') : null,
      score.unresolved_disputes > 0 ? chip(t('passport.disputes', score.unresolved_disputes), 'red') : null,
      // Refused and withdrawn visits are shown so the owner knows why they are not in the count.
      score.rejected_visits + score.cancelled_visits > 0
        ? chip(t('passport.not_counted', score.rejected_visits + score.cancelled_visits), 'neutral') : null));
}

export function healthCard(score) {
  const reminders = score.reminders.slice(0, 4);
  return h('div', { class: 'card', 'data-testid': 'health-card' },
    h('h2', null, t('passport.health')),
    chip(score.maintenance_status_text, score.maintenance_status, 'health-status'),
    reminders.length === 0
      ? h('div', { class: 'sub mt' }, t('passport.no_reminders'))
      : h('ul', { class: 'list mt' }, reminders.map(reminderRow)));
}

function reminderRow(reminder) {
  const due = [reminder.due_date ? date(reminder.due_date) : null, reminder.due_km != null ? km(reminder.due_km) : null].filter(Boolean);
  const tone = { overdue: 'red', due_soon: 'yellow', ok: 'green' }[reminder.due] ?? 'neutral';
  return h('li', null,
    h('div', { class: 'row' },
      h('span', null, h('span', { class: `dot tone-${tone}` }), reminder.kind_text),
      h('span', { class: 'small muted due' }, reminder.due_text)),
    due.length ? h('div', { class: 'why num' }, t('passport.due', due.join(' / '))) : null);
}
