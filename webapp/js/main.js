// Boots the Mini App: theme and language, then the screen the owner (or a deep link) asked for.
import { ApiError, api } from './api.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import { navigator } from './navigation.js';
import { applyTheme, haptic, initData, languageHint, ready, startParam } from './telegram.js';
import { showGarage } from './views/garage.js';
import { showCenter } from './views/center.js';
import { showPassport } from './views/passport.js';
import { showSettings } from './views/settings.js';
import { showEmpty, showExpired, showFailed, showLoading, showSignedOut } from './views/states.js';
import { parseStart } from './start.js';

const session = { me: null, garage: null, achievements: null, centers: [] };

function fail(error, retry) {
  if (error instanceof ApiError && error.status === 401) showExpired();
  else {
    console.warn('CarPass could not load', error);
    showFailed(retry);
  }
}

async function start(wanted = parseStart(startParam())) {
  showLoading();
  try {
    let centers;
    [session.me, session.garage, session.achievements, centers] = await Promise.all([
      api.me(), api.garage(), api.achievements(), api.centers(),
    ]);
    session.centers = centers.centers;
  } catch (error) {
    fail(error, () => start());
    return;
  }
  setLanguage(session.me.language);
  const vehicles = session.garage.vehicles;
  // Staff with no car of their own still have their centre's screen.
  if (vehicles.length === 0 && session.centers.length === 0) {
    showEmpty(session.garage.add_vehicle_link);
    return;
  }
  // The garage is always the root, so Back from any screen leads to it, also with one car.
  nav.reset(screens.garage());
  const known = wanted?.vehicleId && vehicles.some((v) => v.vehicle_id === wanted.vehicleId);
  if (known) nav.push(screens.vehicle(wanted.vehicleId));
  else if (wanted?.centerId) nav.push(screens.center(wanted.centerId));
  else if (wanted?.settings) nav.push(screens.settings());
  else if (!wanted && vehicles.length === 1 && session.centers.length === 0) nav.push(screens.vehicle(vehicles[0].vehicle_id));
}

const screens = {
  garage: () => ({
    title: t('garage.title'),
    render: () =>
      showGarage(session.garage, {
        onOpen: (id) => nav.push(screens.vehicle(id)),
        centers: session.centers,
        achievements: session.achievements,
        onOpenCenter: openCenterScreen,
        onOpenSettings: () => nav.push(screens.settings()),
      }),
  }),
  settings: () => ({
    title: t('settings.title'),
    render: openSettings,
  }),
  center: (centerId) => ({
    title: t('center.title'),
    render: () => openCenter(centerId),
  }),
  vehicle: (vehicleId) => ({
    title: t('garage.title'),
    render: () => openVehicle(vehicleId),
  }),
};

const nav = navigator();

const openCenterScreen = (id) => nav.push(screens.center(id));

async function openSettings() {
  showLoading();
  try {
    const draw = (settings, note) =>
      showSettings(settings, {
        save: async (changes) => {
          try {
            const saved = await api.saveSettings(changes);
            haptic('success');
            if (saved.language !== currentLanguage()) {
              // The whole app speaks the new language, texts from the API too: load it again, back here.
              setLanguage(saved.language);
              await start({ settings: true });
              return { ok: true };
            }
            draw(saved, t('settings.saved'));
            return { ok: true };
          } catch (error) {
            if (error instanceof ApiError && error.status === 400) return { ok: false, detail: error.problem?.detail ?? '' };
            throw error;
          }
        },
        unmute: async (centerId) => {
          haptic('light');
          draw(await api.unmute(centerId));
        },
      }, note);
    draw(await api.settings());
  } catch (error) {
    fail(error, openSettings);
  }
}

async function openCenter(centerId) {
  showLoading();
  try {
    showCenter(await api.center(centerId), session.achievements);
  } catch (error) {
    // A centre the user may not see (a stale link) is a 404 like a missing one: back to the garage.
    if (error instanceof ApiError && error.status === 404) nav.reset(screens.garage());
    else fail(error, () => openCenter(centerId));
  }
}

async function openVehicle(vehicleId) {
  showLoading();
  try {
    const [score, timeline, charts, documents, tyres] = await Promise.all([
      api.score(vehicleId), api.timeline(vehicleId), api.charts(vehicleId),
      ownerOnly(api.documents(vehicleId)), ownerOnly(api.tyres(vehicleId)),
    ]);
    showPassport({
      charts,
      documents,
      tyres,
      garage: session.garage,
      score,
      timeline,
      achievements: session.achievements,
      onSwitch: (id) => nav.replace(screens.vehicle(id)),
      loadMore: (cursor) => api.timeline(vehicleId, cursor),
      onOpenCenter: openCenterScreen,
      reports: {
        make: (choices) => api.makeReport(vehicleId, choices),
        links: api.shareLinks,
        revoke: api.revokeShareLink,
      },
    });
  } catch (error) {
    fail(error, () => openVehicle(vehicleId));
  }
}

/** Documents and tyres are the owner's alone: for a car shared with the reader the API says 404, and the cards stay away. */
function ownerOnly(request) {
  return request.catch((error) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
}

applyTheme();
setLanguage(languageHint());
ready();
if (initData()) start();
else showSignedOut();
