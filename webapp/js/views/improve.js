import { h } from '../dom.js';
import { section } from '../components.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { openTelegramLink, setMainButton } from '../telegram.js';

/** "What to improve": the backend's next actions (up to 4; none on a complete passport), each opening the matching bot flow. */
export function improveSection(score) {
  const actions = score.next_actions;
  // The passport's one primary action: the most valuable next step, on Telegram's MainButton.
  const first = actions.find((a) => a.deep_link);
  if (first) setMainButton(first.title, () => openTelegramLink(null, first.deep_link));
  const body = actions.length === 0
    ? h('div', { class: 'card sub', 'data-testid': 'improve-done' }, t('improve.done'))
    : h('ul', { class: 'card list', 'data-testid': 'improve-list' }, actions.map(actionRow));
  return section(t('improve.title'), body);
}

function actionRow(item) {
  return h('li', { 'data-testid': 'improve-item', 'data-code': item.code },
    h('div', { class: 'row' },
      h('span', { class: 'item-title' }, item.title),
      h('span', { class: 'weight num' }, `+${item.weight}%`)),
    h('div', { class: 'why' }, item.why),
    h('div', { class: 'action' }, item.next_action),
    item.deep_link
      ? h('a', { class: 'open-bot', href: item.deep_link, 'data-testid': 'improve-link', onclick: (e) => openTelegramLink(e, item.deep_link) },
          t('improve.open'), icon('arrow'))
      : null);
}
