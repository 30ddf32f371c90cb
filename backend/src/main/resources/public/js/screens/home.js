// Start screen after choosing a language: what Meedoen offers, and, on a phone linked by an invitation
// letter, whose phone it is: name, municipality and until when to sign the declaration.
import { callApi } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';
import { chosenMunicipality } from './municipalities.js';
import { pushSettings } from './push-settings.js';
import { unsubscribeThisPhone } from '../push.js';

const PHONE_TOKEN = 'meedoen.newcomer.token';

export function showHome(notice = '') {
  const heading = h('h1', { 'data-title': t('home.title') }, t('home.title'));
  const mine = h('div', { id: 'my-start' }, notice ? h('p', { class: 'notice', role: 'status' }, notice) : null);
  show(
    heading,
    mine,
    h('p', { class: 'lead' }, t('home.intro')),
    h('ul', { class: 'cards' },
      h('li', {}, h('a', { class: 'card', href: '#/values' },
        h('span', { class: 'card-title' }, t('values.title')),
        h('span', { class: 'card-meta' }, t('home.valuesText')))),
      h('li', {}, h('a', { class: 'card', href: chosenMunicipality() ? `#/wegwijs/${chosenMunicipality()}` : '#/municipalities' },
        h('span', { class: 'card-title' }, t('wegwijs.title')),
        h('span', { class: 'card-meta' }, t('home.wegwijsText')))),
      localStorage.getItem('meedoen.newcomer.token') ? h('li', {}, h('a', { class: 'card', href: '#/booking', id: 'home-workshop' },
        h('span', { class: 'card-title' }, t('booking.title')),
        h('span', { class: 'card-meta' }, t('home.workshopText')))) : null,
      localStorage.getItem('meedoen.newcomer.token') ? h('li', {}, h('a', { class: 'card', href: '#/my-data', id: 'home-my-data' },
        h('span', { class: 'card-title' }, t('privacy.title')),
        h('span', { class: 'card-meta' }, t('privacy.homeText')))) : null,
      h('li', {}, h('a', { class: 'card', href: '#/search' },
        h('span', { class: 'card-title' }, t('search.title')),
        h('span', { class: 'card-meta' }, t('search.label'))))),
  );
  if (localStorage.getItem(PHONE_TOKEN)) showWhoseThisIs(heading, mine);
}

/**
 * A ceremony a staff member opened for this phone shows at the top of the start screen, as soon as the
 * server says so; without one, or offline, nothing shows.
 */
function signingWaits() {
  const place = h('div', { id: 'home-signing' });
  callApi('GET', '/api/v1/newcomer/signing-ceremony').then((ceremony) => {
    place.replaceChildren(h('a', { class: 'card', href: '#/sign', id: 'home-sign' },
      h('span', { class: 'card-title' }, t('signOnPhone.title')),
      h('span', { class: 'card-meta' }, ceremony.status === 'open' ? t('signOnPhone.homeText') : t('signOnPhone.waiting'))));
  }).catch(() => { /* nothing waits, or no connection */ });
  return place;
}

/** The screen is drawn without waiting: offline, or with the phone unlinked elsewhere, it stays the general one. */
async function showWhoseThisIs(heading, mine) {
  let me;
  try {
    me = await callApi('GET', `/api/v1/newcomer/me?lang=${encodeURIComponent(currentLanguage().lang)}`);
  } catch (failure) {
    // A new letter for this newcomer, or an unlink, ended this phone's token: forget it.
    if (failure.status === 401) localStorage.removeItem(PHONE_TOKEN);
    return;
  }
  heading.textContent = t('me.welcome', { name: me.name });
  const unlink = async () => {
    if (!window.confirm(t('me.unlinkQuestion'))) return;
    await callApi('POST', '/api/v1/newcomer/sign-out').catch(() => { /* the token is forgotten here either way */ });
    localStorage.removeItem(PHONE_TOKEN);
    await unsubscribeThisPhone();
    showHome(t('me.unlinked'));
  };
  mine.replaceChildren(signingWaits(), h('section', { class: 'my-start' },
    h('p', {}, t('me.municipality', { municipality: me.municipalityName })),
    h('p', { class: 'deadline' }, me.deadlineText ? t('me.deadline', { date: me.deadlineText }) : t('me.voluntary')),
    h('button', { class: 'button', type: 'button', id: 'unlink-phone', onclick: unlink }, t('me.unlink'))),
  pushSettings());
}
