// The passport's charts, drawn from /charts: odometer, consumption per fill, spending per month.
import { section } from '../components.js';
import { h, svg } from '../dom.js';
import { date, km, money, monthShort, number } from '../format.js';
import { t } from '../i18n.js';
import { chartCard, dot, line, xScale, yScale } from './chart.js';

const time = (iso) => new Date(iso).getTime();

export function chartsSection(charts) {
  const cards = [odometerChart(charts.odometer), consumptionChart(charts.consumption), spendingChart(charts.spending)].filter(Boolean);
  return cards.length ? section(t('charts.title'), h('div', { class: 'grid grid-charts' }, cards)) : null;
}

/** Every reading (trusted filled, unconfirmed hollow, flagged red) and the reminders' projection dashed. */
function odometerChart({ points, projection: carried }) {
  // Carried for no whole day yet, the projection is a point on the last reading: nothing to draw.
  const projection = carried && carried.to_at !== carried.from_at ? carried : null;
  if (points.length < 2 && !projection) return null;
  const ends = projection ? [{ at: projection.to_at, km: projection.to_km }] : [];
  const all = [...points, ...ends];
  const x = xScale([Math.min(...all.map((p) => time(p.at))), Math.max(...all.map((p) => time(p.at)))]);
  const kms = all.map((p) => p.km);
  const y = yScale([Math.min(...kms), Math.max(...kms)]);
  const trusted = points.filter((p) => p.trusted);
  const marks = [
    trusted.length > 1 ? line(trusted.map((p) => [x(time(p.at)), y(p.km)]), { class: 'series' }) : null,
    projection
      ? line([[x(time(projection.from_at)), y(projection.from_km)], [x(time(projection.to_at)), y(projection.to_km)]], {
          class: 'projection', 'stroke-dasharray': '5 4', 'data-testid': 'odometer-projection',
          'data-from-km': projection.from_km, 'data-to-km': projection.to_km,
        })
      : null,
    ...points.map((p) =>
      dot(x(time(p.at)), y(p.km), {
        class: p.flagged ? 'point flagged' : p.trusted ? 'point trusted' : 'point',
        'data-testid': 'odometer-point', 'data-km': p.km, 'data-trusted': p.trusted, 'data-flagged': p.flagged,
      })),
  ].filter(Boolean);
  const state = (p) => (p.flagged ? t('charts.flagged') : p.trusted ? t('charts.trusted') : t('charts.unconfirmed'));
  const first = all[0];
  const lastPoint = all[all.length - 1];
  return chartCard({
    testId: 'odometer-chart',
    title: t('charts.odometer'),
    label: t('charts.odometer_label', points.length, km(Math.max(...kms))),
    marks,
    yTop: km(Math.max(...kms)),
    yBottom: km(Math.min(...kms)),
    xStart: date(first.at),
    xEnd: date(lastPoint.at),
    legend: [
      points.some((p) => p.trusted && !p.flagged) ? ['trusted', t('charts.trusted')] : null,
      points.some((p) => !p.trusted && !p.flagged) ? ['unconfirmed', t('charts.unconfirmed')] : null,
      points.some((p) => p.flagged) ? ['flagged', t('charts.flagged')] : null,
      projection ? ['projection', t('charts.projection')] : null,
    ].filter(Boolean),
    readouts: [
      ...points.map((p) => ({ x: x(time(p.at)), text: `${date(p.at)} · ${km(p.km)} · ${state(p)}` })),
      ...(projection ? [{ x: x(time(projection.to_at)), text: `${date(projection.to_at)} · ${km(projection.to_km)} · ${t('charts.projection')}` }] : []),
    ],
  });
}

/** Consumption of each measured stretch, with the owner's baseline (or, without one, the average) as a dashed line. */
function consumptionChart({ unit, points, baseline, average }) {
  if (points.length === 0) return null;
  const unitText = t(`unit.${unit}`);
  const reference = baseline ?? average;
  const values = [...points.map((p) => p.value), ...(reference != null ? [reference] : [])];
  const x = xScale([time(points[0].at), time(points[points.length - 1].at)]);
  const y = yScale([Math.min(...values) * 0.9, Math.max(...values) * 1.1]);
  const marks = [
    reference != null
      ? line([[0, y(reference)], [300, y(reference)]], { class: 'baseline', 'stroke-dasharray': '4 4', 'data-testid': 'consumption-baseline', 'data-value': reference })
      : null,
    points.length > 1 ? line(points.map((p) => [x(time(p.at)), y(p.value)]), { class: 'series' }) : null,
    ...points.map((p) => dot(x(time(p.at)), y(p.value), { class: 'point trusted', 'data-testid': 'consumption-point', 'data-value': p.value })),
  ].filter(Boolean);
  const fmt = (v) => `${number(v, 1)} ${unitText}`;
  return chartCard({
    testId: 'consumption-chart',
    title: t('charts.consumption'),
    label: t('charts.consumption_label', points.length, fmt(average ?? points[points.length - 1].value)),
    marks,
    yTop: fmt(Math.max(...values) * 1.1),
    yBottom: fmt(Math.min(...values) * 0.9),
    xStart: date(points[0].at),
    xEnd: date(points[points.length - 1].at),
    legend: [
      ['trusted', t('charts.per_fill')],
      reference != null ? ['baseline', `${baseline != null ? t('charts.baseline') : t('charts.average')} ${fmt(reference)}`] : null,
    ].filter(Boolean),
    readouts: points.map((p) => ({ x: x(time(p.at)), text: `${date(p.at)} · ${fmt(p.value)} · ${km(p.km)}` })),
  });
}

/** Fuel and service per month, stacked; shown only when some month has a cost. */
function spendingChart(spending) {
  if (!spending || !spending.months.some((m) => m.total_minor > 0)) return null;
  const months = spending.months;
  const top = Math.max(...months.map((m) => m.total_minor));
  const y = yScale([0, top]);
  const slot = 300 / months.length;
  const width = slot * 0.62;
  const marks = months.flatMap((m, i) => {
    const left = i * slot + (slot - width) / 2;
    const fuelTop = y(m.fuel_minor);
    const totalTop = y(m.total_minor);
    return [
      svg('rect', { class: 'bar-fuel', x: left, width, y: fuelTop, height: 120 - 6 - fuelTop }),
      svg('rect', { class: 'bar-service', x: left, width, y: totalTop, height: fuelTop - totalTop,
        'data-testid': 'spending-bar', 'data-month': m.month, 'data-total': m.total_minor, 'data-fuel': m.fuel_minor }),
    ];
  });
  const cur = (minor) => money(minor, spending.currency);
  return chartCard({
    testId: 'spending-chart',
    title: t('charts.spending'),
    label: t('charts.spending_label', cur(months.reduce((s, m) => s + m.total_minor, 0))),
    marks,
    yTop: cur(top),
    yBottom: cur(0),
    xStart: monthShort(months[0].month),
    xEnd: monthShort(months[months.length - 1].month),
    legend: [
      months.some((m) => m.fuel_minor > 0) ? ['fuel', t('charts.fuel')] : null,
      months.some((m) => m.service_minor > 0) ? ['service', t('charts.service')] : null,
    ].filter(Boolean),
    readouts: months.map((m, i) => ({
      x: i * slot + slot / 2,
      text: `${monthShort(m.month)} · ${cur(m.total_minor)} (${t('charts.fuel')} ${cur(m.fuel_minor)}, ${t('charts.service')} ${cur(m.service_minor)})`,
    })),
  });
}
