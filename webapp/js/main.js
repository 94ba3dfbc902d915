// Boots the Mini App: theme and language, then the garage or a vehicle's passport.
import { ApiError, api } from './api.js';
import { setLanguage, t } from './i18n.js';
import { applyTheme, initData, languageHint, ready, setBack } from './telegram.js';
import { showGarage } from './views/garage.js';
import { showPassport } from './views/passport.js';
import { showEmpty, showExpired, showFailed, showLoading, showSignedOut } from './views/states.js';

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
  setBack(null, null);
  try {
    [session.me, session.garage, session.achievements] = await Promise.all([api.me(), api.garage(), api.achievements()]);
  } catch (error) {
    fail(error, start);
    return;
  }
  setLanguage(session.me.language);
  const vehicles = session.garage.vehicles;
  if (vehicles.length === 0) showEmpty(session.garage.add_vehicle_link);
  else if (vehicles.length === 1) openVehicle(vehicles[0].vehicle_id);
  else openGarage();
}

function openGarage() {
  setBack(null, null);
  showGarage(session.garage, openVehicle);
}

async function openVehicle(vehicleId) {
  showLoading();
  if (session.garage.vehicles.length > 1) setBack(t('garage.title'), openGarage);
  try {
    const [score, timeline] = await Promise.all([api.score(vehicleId), api.timeline(vehicleId)]);
    showPassport({
      garage: session.garage,
      score,
      timeline,
      achievements: session.achievements,
      onSwitch: openVehicle,
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
