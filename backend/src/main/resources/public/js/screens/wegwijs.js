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
  return h('div', { class: 'place' }, h('h3', { lang: 'nl' }, place.name), rows, details, hoursOf(place));
}

/**
 * A link that opens in another tab or app (the map), so the newcomer does not lose their place in
 * Meedoen; screen readers hear that it opens outside, sighted readers see the arrow.
 */
function outsideLink(href, text) {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'outside-link' }, text,
    h('span', { 'aria-hidden': 'true' }, ' ↗'), h('span', { class: 'visually-hidden' }, ` (${t('link.opensOutside')})`));
}

function hoursOf(place) {
  if (!place.openingHours.some((day) => day.slots.length > 0) && place.specialDays.length === 0) return null;
  const state = openState(place);
  const today = nowInNetherlands().date;
  const rows = place.openingHours.map((day) => h('tr', { 'aria-current': day.weekday === weekdayOf(today) ? 'date' : false },
    h('th', { scope: 'row' }, day.name), h('td', {}, day.hours.length > 0 ? day.hours.join(', ') : t('place.closed'))));
  if (place.publicHolidays) {
    rows.push(h('tr', {}, h('th', { scope: 'row' }, t('place.publicHolidays')),
      h('td', {}, place.publicHolidays.closed ? t('place.closed') : place.publicHolidays.hours.join(', '))));
  }
  const next = upcoming(place, today);
  return h('div', {},
    h('h4', {}, t('place.openingHours'), ' ', state ? h('span', { class: state.open ? 'open-now' : 'closed-now' }, stateText(state)) : null),
    next ? h('p', { class: 'special-day' }, next.closed ? t('place.closedOn', { date: next.label })
      : t('place.otherHoursOn', { date: next.label, hours: next.hours.join(', ') }),
      next.holiday ? [' (', h('span', { lang: 'nl' }, next.holiday), ')'] : null) : null,
    h('table', { class: 'hours' }, h('tbody', {}, rows)));
}

function stateText(state) {
  if (!state.open) return t('place.closedNow');
  if (state.allDay) return t('place.openAllDay');
  if (state.daysAhead === 0 || (state.daysAhead === 1 && state.minutes === 0)) return t('place.openUntil', { time: state.label });
  if (state.daysAhead === 1) return t('place.openUntilTomorrow', { time: state.label });
  const day = new Intl.DateTimeFormat(currentLanguage().lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${state.date}T12:00Z`));
  return t('place.openUntilDay', { day, time: state.label });
}

/** The next special day within two weeks, such as a closure on a public holiday. */
function upcoming(place, today) {
  const last = addDays(today, 13);
  return place.specialDays.find((day) => day.date >= today && day.date <= last);
}

const DAY = 24 * 60;

/** The date (YYYY-MM-DD) and the minutes since midnight in the Netherlands, where the places are. */
export function nowInNetherlands(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now).reduce((all, part) => ({ ...all, [part.type]: part.value }), {});
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function addDays(date, days) {
  const day = new Date(`${date}T12:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** ISO weekday: 1 is Monday. */
function weekdayOf(date) {
  return new Date(`${date}T12:00Z`).getUTCDay() || 7;
}

/** A special day (a date, a public holiday) replaces the week's hours; the server lists them for a year. */
function slotsOn(place, date) {
  const special = place.specialDays.find((day) => day.date === date);
  return special ? special.slots : place.openingHours.find((day) => day.weekday === weekdayOf(date))?.slots ?? [];
}

/**
 * Open or closed now, worked out here rather than by the server, so that it is right at any hour and
 * also offline, from the page kept on the phone. It follows nl.meedoen.wegwijs.PlaceHours: a slot
 * belongs to the day it opens on, closing at or before opening means the next day, and stretches that
 * meet read as one. Null when the page is older than the special days it lists: then nobody knows.
 */
export function openState(place, now = new Date()) {
  const { date, minutes } = nowInNetherlands(now);
  if (date > place.calendarUntil) return null;
  const toMinutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const stretches = [];
  for (let offset = -1; offset <= 7; offset++) {
    for (const slot of slotsOn(place, addDays(date, offset))) {
      const opens = toMinutes(slot.opens);
      const closes = toMinutes(slot.closes);
      const start = (offset + 1) * DAY + opens;
      stretches.push({ start, end: start + (closes > opens ? closes - opens : closes + DAY - opens), label: slot.closesLabel });
    }
  }
  const at = DAY + minutes;
  let until = null;
  for (let moment = at; ;) {
    const around = stretches.filter((stretch) => stretch.start <= moment && stretch.end > moment);
    if (around.length === 0) break;
    until = around.reduce((latest, stretch) => (stretch.end > latest.end ? stretch : latest));
    if (until.end > at + 7 * DAY) return { open: true, allDay: true };
    moment = until.end;
  }
  if (until === null) return { open: false };
  const daysAhead = Math.floor(until.end / DAY) - 1;
  return { open: true, daysAhead, minutes: until.end % DAY, date: addDays(date, daysAhead), label: until.label };
}
