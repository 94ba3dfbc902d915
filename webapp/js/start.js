// Deep links from the bot: t.me/<bot>/<app>?startapp=<param> (Telegram allows A–Z a–z 0–9 _ -, up to 64).
const hex32 = /^[0-9a-f]{32}$/;

const toGuid = (hex) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** "v_<vehicle as 32 hex>", "c_<centre as 32 hex>", "garage", "settings"; anything else is ignored. */
export function parseStart(param) {
  if (!param) return null;
  const [kind, id] = [param.slice(0, 2), param.slice(2).toLowerCase()];
  if (kind === 'v_' && hex32.test(id)) return { vehicleId: toGuid(id) };
  if (kind === 'c_' && hex32.test(id)) return { centerId: toGuid(id) };
  if (param === 'garage') return { garage: true };
  if (param === 'settings') return { settings: true };
  return null;
}
