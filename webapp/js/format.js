import { currentLanguage, t } from './i18n.js';

const locale = () => (currentLanguage() === 'ru' ? 'ru-RU' : 'en-GB');

export const number = (value, digits = 0) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const km = (value) => `${number(value)} ${t('unit.km')}`;

export const litres = (value) => `${number(value, 1)} ${t('unit.l')}`;

export const kwh = (value) => `${number(value, 1)} ${t('unit.kwh')}`;

export const date = (iso) =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );

/** A calendar day ("2026-12-31") as that day, whatever the reader's time zone. */
export const day = (isoDay) =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );

export const percent = (ratio) => Math.round(ratio * 100);

/** "March 2026" / "Март 2026", for a month's header. */
export const month = (iso) => {
  const text = new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/\s*г\.$/, '');
};

/** "Mar 26" / "мар. 26" for "2026-03", a month on a chart's axis. */
export const monthShort = (yearMonth) =>
  new Intl.DateTimeFormat(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01T00:00:00Z`));

/** An amount kept in minor units, in the currency's own digits (kopecks, cents); whole units when large. */
export const money = (minor, currency) => {
  const digits = new Intl.NumberFormat(locale(), { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const value = minor / 10 ** digits;
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: value >= 100 ? 0 : digits }).format(value);
};
