// Boots the Mini App: theme and language, then the screen the owner (or a deep link) asked for.
import { ApiError, api } from './api.js';
import { setLanguage, t } from './i18n.js';
import { navigator } from './navigation.js';
import { applyTheme, initData, languageHint, ready, startParam } from './telegram.js';
import { showGarage } from './views/garage.js';
import { showPassport } from './views/passport.js';
import { showEmpty, showExpired, showFailed, showLoading, showSignedOut } from './views/states.js';
import { parseStart } from './start.js';

const session = { me: null, garage: null, achievements: null };

function fail(error, retry) {
  if (error instanceof ApiError && error.status === 401) showExpired();
  else {
    console.warn('CarPass could not load', error);
    showFailed(retry);
  }
}

async function start() {
  showLoading();
  try {
    [session.me, session.garage, session.achievements] = await Promise.all([api.me(), api.garage(), api.achievements()]);
  } catch (error) {
    fail(error, start);
    return;
  }
  setLanguage(session.me.language);
  const vehicles = session.garage.vehicles;
  if (vehicles.length === 0) {
    showEmpty(session.garage.add_vehicle_link);
    return;
  }
  const wanted = parseStart(startParam());
  // The garage is always the root, so Back from any screen leads to it, also with one car.
  nav.reset(screens.garage());
  const known = wanted?.vehicleId && vehicles.some((v) => v.vehicle_id === wanted.vehicleId);
  if (known) nav.push(screens.vehicle(wanted.vehicleId));
  else if (!wanted && vehicles.length === 1) nav.push(screens.vehicle(vehicles[0].vehicle_id));
}

const screens = {
  garage: () => ({
    key: 'garage',
    title: t('garage.title'),
    render: () => showGarage(session.garage, (id) => nav.push(screens.vehicle(id))),
  }),
  vehicle: (vehicleId) => ({
    key: `vehicle:${vehicleId}`,
    title: t('garage.title'),
    render: () => openVehicle(vehicleId),
  }),
};

const nav = navigator();

async function openVehicle(vehicleId) {
  showLoading();
  try {
    const [score, timeline, charts] = await Promise.all([api.score(vehicleId), api.timeline(vehicleId), api.charts(vehicleId)]);
    showPassport({
      charts,
      garage: session.garage,
      score,
      timeline,
      achievements: session.achievements,
      onSwitch: (id) => nav.replace(screens.vehicle(id)),
      loadMore: (cursor) => api.timeline(vehicleId, cursor),
    });
  } catch (error) {
    fail(error, () => openVehicle(vehicleId));
  }
}

applyTheme();
setLanguage(languageHint());
ready();
if (initData()) start();
else showSignedOut();
