// The page's own words. Everything about the vehicle (statuses, next actions, timeline lines)
// arrives from the API already in the user's language.
const texts = {
  en: {
    'garage.title': 'Garage',
    'garage.average': 'Average passport quality',
    'garage.attention': 'Needs attention: {0}',
    'garage.calm': 'No active alerts',
    'garage.vehicles': 'Vehicles',
    'passport.quality': 'Passport quality',
    'passport.history': 'Verified history',
    'passport.trusted': '{0} of {1} records confirmed by verified services',
    'passport.no_records': 'No service records yet',
    'passport.pending': 'Awaiting your confirmation: {0}',
    'passport.disputes': 'Open disputes: {0}',
    'passport.not_counted': 'Rejected or cancelled visits, not counted: {0}',
    'passport.health': 'Maintenance health',
    'passport.no_reminders': 'No maintenance reminders yet',
    'passport.mileage': 'Mileage {0}',
    'passport.mileage_estimated': 'Today about {0}',
    'passport.due': 'by {0}',
    'improve.title': 'What to improve',
    'improve.open': 'Open in the bot',
    'improve.done': 'Everything available is filled in. Confirmed visits and regular records keep the passport strong.',
    'badges.title': 'Passport badges',
    'badges.not_yet': 'Not yet',
    'badges.since': 'Since {0}',
    'timeline.title': 'Timeline',
    'timeline.more': 'Show more',
    'timeline.empty': 'No records yet',
    'unit.km': 'km',
    'unit.l': 'L',
    'empty.title': 'No vehicles yet',
    'empty.text': 'Add a vehicle in the CarPass chat, and its passport will appear here.',
    'empty.action': 'Add a vehicle',
    'expired.title': 'Session expired',
    'expired.text': 'For your privacy the passport stays open for a limited time. Open it again from the CarPass bot.',
    'signed_out.title': 'Open CarPass from Telegram',
    'signed_out.text': 'The passport opens from the CarPass bot: tap “Open passport” in the chat.',
    'close': 'Close',
    'error.title': 'Couldn’t load the passport',
    'error.text': 'Check the connection and try again.',
    'retry': 'Try again',
  },
  ru: {
    'garage.title': 'Гараж',
    'garage.average': 'Среднее качество паспортов',
    'garage.attention': 'Требуют внимания: {0}',
    'garage.calm': 'Активных напоминаний нет',
    'garage.vehicles': 'Автомобили',
    'passport.quality': 'Качество паспорта',
    'passport.history': 'Подтверждённая история',
    'passport.trusted': '{0} из {1} записей подтверждены проверенными сервисами',
    'passport.no_records': 'Записей об обслуживании пока нет',
    'passport.pending': 'Ждут вашего подтверждения: {0}',
    'passport.disputes': 'Открытые споры: {0}',
    'passport.not_counted': 'Отклонённые или отменённые визиты, не учтены: {0}',
    'passport.health': 'Состояние обслуживания',
    'passport.no_reminders': 'Напоминаний об обслуживании пока нет',
    'passport.mileage': 'Пробег {0}',
    'passport.mileage_estimated': 'Сегодня около {0}',
    'passport.due': 'до {0}',
    'improve.title': 'Что улучшить',
    'improve.open': 'Открыть в боте',
    'improve.done': 'Всё доступное заполнено. Подтверждённые визиты и регулярные записи поддерживают паспорт.',
    'badges.title': 'Отметки паспорта',
    'badges.not_yet': 'Пока нет',
    'badges.since': 'С {0}',
    'timeline.title': 'История',
    'timeline.more': 'Показать ещё',
    'timeline.empty': 'Записей пока нет',
    'unit.km': 'км',
    'unit.l': 'л',
    'empty.title': 'В гараже пока нет автомобилей',
    'empty.text': 'Добавьте автомобиль в чате с ботом CarPass, и его паспорт появится здесь.',
    'empty.action': 'Добавить автомобиль',
    'expired.title': 'Сеанс истёк',
    'expired.text': 'Ради вашей приватности паспорт открыт ограниченное время. Откройте его заново из бота CarPass.',
    'signed_out.title': 'Откройте CarPass из Telegram',
    'signed_out.text': 'Паспорт открывается из бота CarPass: нажмите «Открыть паспорт» в чате.',
    'close': 'Закрыть',
    'error.title': 'Не удалось загрузить паспорт',
    'error.text': 'Проверьте соединение и попробуйте ещё раз.',
    'retry': 'Повторить',
  },
};

let language = 'en';

/** Russian for ru/uk/be/kk interfaces, as the bot decides; English otherwise. */
export function setLanguage(code) {
  const primary = String(code ?? '').toLowerCase().split(/[-_]/)[0];
  language = ['ru', 'uk', 'be', 'kk'].includes(primary) ? 'ru' : 'en';
  document.documentElement.lang = language;
}

export const currentLanguage = () => language;

export function t(key, ...args) {
  const template = texts[language][key] ?? texts.en[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
