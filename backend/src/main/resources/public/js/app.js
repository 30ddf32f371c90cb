// Meedoen for newcomers: a few screens behind hash routes, so the static server needs no routing
// and every screen has its own link.
import { chosenLanguage, currentLanguage, useLanguage, t } from './i18n.js';
import { showLanguagePicker } from './screens/language.js';
import { showHome } from './screens/home.js';
import { showValues } from './screens/values.js';
import { showValuesPage } from './screens/values-page.js';
import { showMunicipalityChooser, chooseMunicipality } from './screens/municipalities.js';
import { showWegwijs, showWegwijsTopic } from './screens/wegwijs.js';
import { showSearch } from './screens/search.js';
import { showInvite } from './screens/invite.js';
import { showBooking, showSessions } from './screens/booking.js';
import { h, show } from './dom.js';

// Staff screens are loaded when opened: a newcomer's phone never needs them, so they cost it nothing.
const staff = () => import('./screens/staff.js');
const letter = () => import('./screens/letter.js');
const staffNewcomers = () => import('./screens/staff-newcomers.js');
const staffSessions = () => import('./screens/staff-sessions.js');
const editor = () => import('./screens/editor.js');
const uiTextEditor = () => import('./screens/ui-text-editor.js');
const staffAttendance = () => import('./screens/staff-attendance.js');
const staffDeadlines = () => import('./screens/staff-deadlines.js');
const staffFigures = () => import('./screens/staff-figures.js');
const staffPlaces = () => import('./screens/staff-places.js');
const translatorFiles = () => import('./screens/staff-translator-files.js');
const ceremony = () => import('./screens/ceremony.js');
const localAgreements = () => import('./screens/staff-local-agreements.js');
const duo = () => import('./screens/staff-duo.js');
const signatures = () => import('./screens/staff-signatures.js');
// Checking a certificate's code is for whoever scans it, seldom for the newcomer: loaded when opened too.
const verify = () => import('./screens/verify.js');
// Signing on the newcomer's own phone happens once in their trajectory: loaded when opened.
const signOnPhone = () => import('./screens/sign.js');
// What the municipality holds about the newcomer: opened now and then, so loaded when opened.
const myData = () => import('./screens/my-data.js');

const routes = [
  [/^#\/language$/, () => showLanguagePicker()],
  [/^#\/values$/, () => showValues()],
  [/^#\/values\/([a-z0-9-]{1,80})$/, (slug) => showValuesPage(slug)],
  [/^#\/municipalities(?:\?topic=([a-z0-9-]{1,80}))?$/, (topic) => showMunicipalityChooser(topic)],
  [/^#\/wegwijs\/(GM[0-9]{4})$/, (code) => showWegwijs(code)],
  [/^#\/wegwijs\/(GM[0-9]{4})\/([a-z0-9-]{1,80})$/, (code, slug) => showWegwijsTopic(code, slug)],
  [/^#\/search(?:\?q=(.*))?$/, (query) => showSearch(decodeURIComponent(query ?? ''))],
  [/^#\/booking$/, () => showBooking()],
  [/^#\/sessions$/, () => showSessions()],
  [/^#\/sign$/, async () => (await signOnPhone()).showSigningOnPhone()],
  [/^#\/my-data$/, async () => (await myData()).showMyData()],
  [/^#\/verify\/([0-9A-Za-z]{1,20})$/, async (code) => (await verify()).showVerification(code)],
  [/^#\/invite(?:\/([0-9A-Za-z-]{1,40}))?$/, (code) => showInvite(code ?? '')],
  [/^#\/staff(?:\/(GM[0-9]{4}))?$/, async (code) => (await staff()).showStaffHome(code)],
  [/^#\/staff\/editing(?:\?lang=([a-z]{0,3})&status=([a-z-]{0,20}))?$/, async (lang, status) => (await editor()).showEditingDashboard(lang, status)],
  [/^#\/staff\/editing\/files$/, async () => (await translatorFiles()).showTranslatorFiles()],
  [/^#\/staff\/editing\/([a-z]{2,3})\/(values|wegwijs|local:GM[0-9]{4})$/, async (lang, module) => (await editor()).showEditingList(lang, module)],
  [/^#\/staff\/editing\/(values|wegwijs|local:GM[0-9]{4})\/([a-z0-9-]{1,80})\/([a-z]{2,3})$/, async (module, slug, lang) => (await editor()).showEditor(module, slug, lang)],
  [/^#\/staff\/editing\/([a-z]{2,3})\/interface$/, async (lang) => (await uiTextEditor()).showInterfaceList(lang)],
  [/^#\/staff\/editing\/interface\/([a-z]{2,3})\/([A-Za-z0-9._-]{1,120})$/, async (lang, key) => (await uiTextEditor()).showInterfaceEditor(lang, key)],
  [/^#\/staff\/choose$/, async () => (await staff()).showMunicipalityChoice()],
  [/^#\/staff\/(GM[0-9]{4})\/newcomers\/([0-9a-f-]{36})$/, async (code, id) => (await staffNewcomers()).showNewcomer(code, id)],
  [/^#\/staff\/trainer$/, async () => (await staffAttendance()).showTrainerSessions()],
  [/^#\/staff\/trainer\/([0-9a-f-]{36})$/, async (id) => (await staffAttendance()).showRoster(id)],
  [/^#\/staff\/(GM[0-9]{4})\/ceremonies\/([0-9a-f-]{36})$/, async (code, id) => (await ceremony()).showCeremony(code, id)],
  [/^#\/staff\/(GM[0-9]{4})\/places$/, async (code) => (await staffPlaces()).showPlaces(code)],
  [/^#\/staff\/(GM[0-9]{4})\/places\/(new|[0-9]{1,18})$/, async (code, id) => (await staffPlaces()).showPlace(code, id)],
  [/^#\/staff\/(GM[0-9]{4})\/sessions$/, async (code) => (await staffSessions()).showStaffSessions(code)],
  [/^#\/staff\/(GM[0-9]{4})\/deadlines(?:\?weeks=([0-9]{1,3}))?$/, async (code, weeks) => (await staffDeadlines()).showDeadlines(code, weeks)],
  [/^#\/staff\/(GM[0-9]{4})\/local-agreements$/, async (code) => (await localAgreements()).showLocalAgreements(code)],
  [/^#\/staff\/(GM[0-9]{4})\/duo$/, async (code) => (await duo()).showDuoWorklist(code)],
  [/^#\/staff\/(GM[0-9]{4})\/signatures$/, async (code) => (await signatures()).showChainCheck(code)],
  [/^#\/staff\/(GM[0-9]{4})\/figures$/, async (code) => (await staffFigures()).showStaffFigures(code)],
  [/^#\/staff\/figures$/, async () => (await staffFigures()).showStaffFigures()],
  [/^#\/staff\/(GM[0-9]{4})\/newcomers\/([0-9a-f-]{36})\/letter$/, async (code, id) => (await letter()).showLetter(code, id)],
  [/^#\/staff\/password\/([A-Za-z0-9._-]{10,100})$/, async (token) => (await staff()).showSetPassword(token)],
  [/^#\/staff\/oidc\/([A-Za-z0-9._-]{10,100})$/, async (code) => (await staff()).finishOidcSignIn(code)],
  [/^#\/staff\/sign-in-failed\/([a-z-]{1,40})$/, async (reason) => (await staff()).showOidcFailure(reason)],
  [/^(#\/?)?$/, () => showHome()],
];

async function route() {
  const hash = location.hash;
  const needsNoLanguage = hash === '#/language' || hash.startsWith('#/staff') || hash.startsWith('#/invite')
    || hash.startsWith('#/verify/');
  if (!chosenLanguage() && !needsNoLanguage) {
    location.replace('#/language');
    return;
  }
  await speakTheScreensLanguage(hash.startsWith('#/staff'));
  for (const [pattern, screen] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try {
        await screen(...match.slice(1));
      } catch (failure) {
        showFailure(failure);
      }
      return;
    }
  }
  location.replace('#/');
}

/**
 * Staff screens are Dutch throughout, header and footer included, whatever language this browser chose
 * for the newcomer's screens; leaving them brings that language back. Dutch is not remembered as a choice.
 */
async function speakTheScreensLanguage(staffScreen) {
  const wanted = staffScreen ? 'nl' : chosenLanguage();
  if (!wanted || currentLanguage().lang === wanted) return;
  await useLanguage(wanted, { remember: !staffScreen }).catch(() => { /* offline: keep the texts loaded */ });
}

function showFailure(failure) {
  const message = failure.status === 0 || !navigator.onLine ? t('error.offline') : failure.message;
  show(h('h1', {}, t('error.title')), h('p', { class: 'notice', role: 'alert' }, message),
    h('button', { class: 'button', type: 'button', onclick: route }, t('error.retry')));
}

function watchNetwork() {
  const status = document.getElementById('network-status');
  const update = () => {
    status.hidden = navigator.onLine;
    status.textContent = navigator.onLine ? '' : t('offline.notice');
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

/**
 * A trainer's check-ins made without a connection are sent when the app opens and whenever the
 * connection returns. Only a signed-in staff member's browser loads the module that does it.
 */
function sendPendingCheckIns() {
  const send = () => {
    if (sessionStorage.getItem('meedoen.staff.access')) import('./check-ins.js').then((checkIns) => checkIns.sync());
  };
  window.addEventListener('online', send);
  send();
}

async function start() {
  if ('serviceWorker' in navigator) {
    // Installing the worker downloads the whole app for offline use; on a slow connection that waits
    // until the first screen has loaded, instead of competing with it for the bandwidth.
    const register = () => navigator.serviceWorker.register('/sw.js').catch(() => { /* the app works without it, only not offline */ });
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
  // A link such as /?lang=ar&municipality=GM0153 (from an invitation letter) chooses language and town.
  const link = new URLSearchParams(location.search);
  if (/^GM[0-9]{4}$/.test(link.get('municipality') ?? '')) chooseMunicipality(link.get('municipality'));
  const fromLink = link.get('lang');
  const code = fromLink ?? chosenLanguage();
  try {
    await useLanguage(code, { remember: Boolean(code) });
  } catch (unsupportedOrOffline) {
    await useLanguage(null, { remember: false }).catch(() => {});
  }
  watchNetwork();
  sendPendingCheckIns();
  window.addEventListener('hashchange', route);
  await route();
}

start();
