// A stack of screens: Telegram's BackButton (or the page's back link) pops it, the garage stays at the bottom.
import { t } from './i18n.js';
import { haptic, setBack, setMainButton } from './telegram.js';

export function navigator() {
  const stack = [];
  const render = () => {
    const top = stack[stack.length - 1];
    const below = stack[stack.length - 2];
    setBack(below ? below.title ?? t('back') : null, below ? back : null);
    // A screen with a primary action sets the MainButton again when it draws.
    setMainButton(null);
    top.render();
  };
  const back = () => {
    if (stack.length < 2) return;
    stack.pop();
    haptic('selection');
    render();
  };
  return {
    reset(screen) {
      stack.length = 0;
      stack.push(screen);
      render();
    },
    push(screen) {
      stack.push(screen);
      render();
    },
    /** Swaps the top screen (a vehicle for another), so Back still leads to what was below it. */
    replace(screen) {
      stack[stack.length - 1] = screen;
      render();
    },
    back,
    depth: () => stack.length,
  };
}
