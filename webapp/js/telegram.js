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
    event.preventDefault();
    webApp.openTelegramLink(url);
  }
}

export function canClose() {
  return Boolean(app()?.close);
}

export function close() {
  app()?.close?.();
}
