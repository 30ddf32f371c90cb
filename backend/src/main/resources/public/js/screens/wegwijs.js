// Wegwijs for the newcomer's municipality: its welcome, its own pages and the national topics.
import { getJson, keepOffline } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';
import { chooseMunicipality } from './municipalities.js';
import { languageNames, textNotices } from './notices.js';

export async function showWegwijs(code) {
  const { lang } = currentLanguage();
  const wegwijs = await getJson(`/api/v1/municipalities/${code}/wegwijs?lang=${lang}`);
  chooseMunicipality(wegwijs.municipality.code);
  const welcome = wegwijs.welcome ? h('div', { class: 'welcome', lang: wegwijs.welcome.lang, dir: wegwijs.welcome.dir }) : null;
  if (welcome) welcome.innerHTML = wegwijs.welcome.html; // sanitised by the server
  const topic = (entry) => h('li', {}, h('a', { class: 'card', href: `#/wegwijs/${code}/${entry.slug}` },
    h('span', { class: 'card-title', lang: entry.textLang, dir: entry.textDir }, entry.title),
    h('span', { class: 'card-meta', lang: entry.textLang, dir: entry.textDir }, entry.summary),
    entry.localPlaces > 0 ? h('span', { class: 'card-meta local-mark' }, t('wegwijs.localInfo')) : null));
  const local = wegwijs.topics.filter((entry) => entry.kind === 'local');
  const national = wegwijs.topics.filter((entry) => entry.kind === 'national');
  show(
    h('h1', {}, t('wegwijs.title'), ' · ', h('span', { lang: 'nl' }, wegwijs.municipality.name)),
    wegwijs.municipality.demo ? h('p', { class: 'notice' }, t('wegwijs.demoNotice')) : null,
    welcome,
    h('p', {}, h('a', { href: '#/municipalities' }, t('wegwijs.changeMunicipality'))),
    local.length > 0 ? h('h2', {}, t('wegwijs.localInfo')) : null,
    local.length > 0 ? h('ul', { class: 'cards' }, local.map(topic)) : null,
    h('h2', {}, t('wegwijs.intro')),
    h('ul', { class: 'cards' }, national.map(topic)),
  );
  keepOffline([`/api/v1/municipalities/${code}/wegwijs?lang=${lang}`, `/api/v1/search-index?lang=${lang}`,
    ...wegwijs.topics.map((entry) => `/api/v1/municipalities/${code}/wegwijs/${entry.slug}?lang=${lang}`)]);
}

export async function showWegwijsTopic(code, slug) {
  const { lang } = currentLanguage();
  const topic = await getJson(`/api/v1/municipalities/${code}/wegwijs/${slug}?lang=${lang}`);
  const names = await languageNames(getJson);
  const page = topic.page;
  const text = h('div', { class: 'translated-text', lang: page.lang, dir: page.dir });
  text.innerHTML = page.html; // sanitised by the server
  show(
    h('p', { class: 'meta-line' }, h('a', { href: `#/wegwijs/${code}` }, t('wegwijs.title'))),
    h('h1', { id: 'page-title', lang: page.lang, dir: page.dir }, page.title),
    ...textNotices(page, names),
    topic.places.length > 0 ? h('section', { class: 'places', 'aria-labelledby': 'local-heading' },
      h('h2', { id: 'local-heading' }, t('wegwijs.localInfo')),
      topic.places.map((place) => placeCard(place, names))) : null,
    h('article', { 'aria-labelledby': 'page-title' }, text),
  );
}

function placeCard(place, names) {
  const rows = [];
  if (place.note) {
    rows.push(h('p', { lang: place.note.lang, dir: place.note.dir }, place.note.text));
    if (place.note.fallback) rows.push(h('p', { class: 'meta-line' }, t('status.fallback', { language: names[place.note.lang] ?? place.note.lang })));
  }
  const details = h('dl', { class: 'place-details' });
  const add = (label, value) => details.append(h('dt', {}, label), h('dd', {}, value));
  if (place.address) add(t('place.address'), [h('span', { lang: 'nl', dir: 'ltr' }, place.address), ' · ', outsideLink(place.mapUrl, t('place.map'))]);
  if (place.phone) add(t('place.phone'), h('a', { href: place.phone.href, 'aria-label': place.phone.spoken, dir: 'ltr' }, place.phone.display));
  if (place.email) add(t('place.email'), h('a', { href: `mailto:${place.email}`, dir: 'ltr' }, place.email));
  if (place.website) add(t('place.website'), h('a', { href: place.website, rel: 'noopener', dir: 'ltr' }, place.website.replace(/^https:\/\//, '')));
  const open = isOpenNow(place.openingHours);
  const hours = place.openingHours.some((day) => day.slots.length > 0) ? h('div', {},
    h('h4', {}, t('place.openingHours'), ' ', h('span', { class: open ? 'open-now' : 'closed-now' }, open ? t('place.openNow') : t('place.closedNow'))),
    h('table', { class: 'hours' }, h('tbody', {}, place.openingHours.map((day) => h('tr', { 'aria-current': day.weekday === todayInNetherlands().weekday ? 'date' : false },
      h('th', { scope: 'row' }, day.name), h('td', {}, day.hours.length > 0 ? day.hours.join(', ') : t('place.closed'))))))) : null;
  return h('div', { class: 'place' }, h('h3', { lang: 'nl' }, place.name), rows, details, hours);
}

/**
 * A link that opens in another tab or app (the map), so the newcomer does not lose their place in
 * Meedoen; screen readers hear that it opens outside, sighted readers see the arrow.
 */
function outsideLink(href, text) {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'outside-link' }, text,
    h('span', { 'aria-hidden': 'true' }, ' ↗'), h('span', { class: 'visually-hidden' }, ` (${t('link.opensOutside')})`));
}

/** Weekday (1 = Monday) and minutes since midnight, in the Netherlands, where the places are. */
export function todayInNetherlands(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now).reduce((all, part) => ({ ...all, [part.type]: part.value }), {});
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function isOpenNow(days, now = new Date()) {
  const { weekday, minutes } = todayInNetherlands(now);
  const toMinutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const today = days.find((day) => day.weekday === weekday);
  return Boolean(today?.slots.some((slot) => minutes >= toMinutes(slot.opens) && minutes < toMinutes(slot.closes)));
}
