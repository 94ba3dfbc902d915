import { currentLanguage, t } from './i18n.js';

const locale = () => (currentLanguage() === 'ru' ? 'ru-RU' : 'en-GB');

export const number = (value, digits = 0) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const km = (value) => `${number(value)} ${t('unit.km')}`;

export const litres = (value) => `${number(value, 1)} ${t('unit.l')}`;

export const date = (iso) =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );

export const percent = (ratio) => Math.round(ratio * 100);
