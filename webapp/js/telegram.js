// A thin, defensive wrapper over Telegram.WebApp: everything works when the script is absent
// (tests, or a normal browser opened through /dev/open).
const app = () => window.Telegram?.WebApp ?? null;

const hashParams = () => new URLSearchParams(location.hash.slice(1));

/** The signed initData: from Telegram, or from the URL hash Telegram (or /dev/open) put there. */
export function initData() {
  return app()?.initData || hashParams().get('tgWebAppData') || '';
}

/** The user's Telegram language, for the first paint before the API answers. */
export function languageHint() {
  const fromApp = app()?.initDataUnsafe?.user?.language_code;
  if (fromApp) return fromApp;
  const user = new URLSearchParams(initData()).get('user');
  const match = user && /"language_code"\s*:\s*"([A-Za-z-]+)"/.exec(user);
  return match ? match[1] : navigator.language;
}

/** Copies Telegram's theme into --tg-theme-* variables (the script does this too when present). */
export function applyTheme() {
  const webApp = app();
  const params = webApp?.themeParams ?? {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value)) {
      document.documentElement.style.setProperty(`--tg-theme-${key.replaceAll('_', '-')}`, value);
    }
  }
  if (webApp?.colorScheme) document.documentElement.dataset.scheme = webApp.colorScheme;
}

export function ready() {
  const webApp = app();
  webApp?.ready?.();
  webApp?.expand?.();
  trackStableHeight(webApp);
}

/** The startapp parameter of a deep link: Telegram's own, or the URL's when opened from a link outside it. */
export function startParam() {
  const fromApp = app()?.initDataUnsafe?.start_param;
  if (fromApp) return fromApp;
  return hashParams().get('tgWebAppStartParam') || new URLSearchParams(location.search).get('startapp') || '';
}

/**
 * The height that does not jump while the user drags the sheet: layout that must fit the screen
 * (the sticky bottom) reads --app-stable-height instead of 100vh.
 */
function trackStableHeight(webApp) {
  const apply = () => {
    const height = webApp?.viewportStableHeight;
    if (height > 0) document.documentElement.style.setProperty('--app-stable-height', `${height}px`);
  };
  apply();
  webApp?.onEvent?.('viewportChanged', (event) => event?.isStateStable !== false && apply());
}

/** Light haptic feedback for an action; silent where the device or the client has none. */
export function haptic(kind = 'light') {
  const feedback = app()?.HapticFeedback;
  if (!feedback) return;
  if (kind === 'selection') feedback.selectionChanged?.();
  else if (kind === 'success' || kind === 'error') feedback.notificationOccurred?.(kind);
  else feedback.impactOccurred?.(kind);
}

/**
 * Telegram's MainButton for the one primary action of a screen (null hides it). Outside Telegram
 * there is none (false is returned): the screen keeps its own button or link for the action.
 */
export function setMainButton(label, onPress) {
  const button = app()?.MainButton;
  if (button?.setParams) {
    button.offClick?.(setMainButton.handler);
    setMainButton.handler = null;
    if (!onPress) {
      button.hide?.();
      return true;
    }
    setMainButton.handler = () => {
      haptic('medium');
      onPress();
    };
    button.setParams({ text: label, is_visible: true, is_active: true });
    button.onClick(setMainButton.handler);
    return true;
  }
  return false;
}

/** Telegram's header BackButton when there is one; otherwise the page's own back link. */
export function setBack(label, onBack) {
  const button = app()?.BackButton;
  const link = document.querySelector('.back-link');
  if (button?.show) {
    button.offClick?.(setBack.handler);
    setBack.handler = onBack;
    if (onBack) {
      button.onClick?.(onBack);
      button.show();
    } else {
      button.hide?.();
    }
    return;
  }
  link.hidden = !onBack;
  link.textContent = onBack ? `← ${label}` : '';
  link.onclick = onBack ?? null;
}

/** Opens a t.me deep link the Telegram way (the chat opens, the Mini App closes). */
export function openTelegramLink(event, url) {
  const webApp = app();
  if (webApp?.openTelegramLink && url.startsWith('https://t.me/')) {
    event?.preventDefault();
    haptic('light');
    webApp.openTelegramLink(url);
  }
}

export function canClose() {
  return Boolean(app()?.close);
}

export function close() {
  app()?.close?.();
}
