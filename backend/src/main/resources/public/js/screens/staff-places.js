// Plaatsen (in Dutch): a municipality's editors list, add and change its places with address, contact
// details and opening hours, which newcomers see in wegwijs. Hours past midnight close the next morning
// (17:00 to 08:00); 00:00 to 00:00 is the whole day. Each field says what is wrong with it before sending.
import { callApi, getJson } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { problemText } from './staff-kit.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
// The same rules the server checks, so that the editor reads the reason beside the field.
const RULES = {
  postcode: [/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'staff.places.invalidPostcode'],
  phone: [/^[0-9+][0-9 -]{5,20}$/, 'staff.places.invalidPhone'],
  email: [/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'staff.places.invalidEmail'],
  website: [/^https:\/\/[^/\s]+\.[^/\s]+/, 'staff.places.invalidWebsite'],
};

export async function showPlaces(code) {
  const [places, municipality] = await Promise.all([
    callApi('GET', `/api/v1/municipalities/${code}/places`),
    getJson(`/api/v1/municipalities/${code}`).catch(() => ({ name: code })),
  ]);
  show(h('h1', {}, `${t('staff.places.title')} · ${municipality.name}`),
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.places.back'))),
    h('p', {}, h('a', { class: 'button primary', id: 'place-add', href: `#/staff/${code}/places/new` }, t('staff.places.add'))),
    places.length === 0 ? h('p', {}, t('staff.places.none')) : h('ul', { class: 'rows', id: 'places-list' }, places.map((kept) =>
      h('li', {}, h('a', { class: 'row-title', href: `#/staff/${code}/places/${kept.id}` }, kept.place.name),
        h('span', { class: 'row-meta' }, [kept.place.street, kept.place.city].filter(Boolean).join(', '))))));
}

export async function showPlace(code, id) {
  const [places, wegwijs] = await Promise.all([
    callApi('GET', `/api/v1/municipalities/${code}/places`),
    getJson(`/api/v1/municipalities/${code}/wegwijs?lang=nl`),
  ]);
  const kept = places.find((each) => String(each.id) === id);
  const place = kept?.place ?? { topic: '', name: '', weekly: [], specialDays: [] };
  const errors = new Map();
  const field = (name, label, type = 'text') => {
    const error = h('span', { class: 'field-error', id: `place-${name}-error` });
    const input = h('input', { id: `place-${name}`, name, type, 'aria-describedby': `place-${name}-error` });
    input.value = place[name] ?? '';
    errors.set(name, { input, error });
    return [h('label', { for: `place-${name}` }, label), input, error];
  };
  const topic = h('select', { id: 'place-topic', required: true, 'aria-describedby': 'place-topic-error' },
    h('option', { value: '' }, t('staff.places.chooseTopic')),
    wegwijs.topics.map((each) => h('option', { value: each.slug, selected: each.slug === place.topic }, each.title)));
  const topicError = h('span', { class: 'field-error', id: 'place-topic-error' });
  errors.set('topic', { input: topic, error: topicError });
  const weekly = h('div', { id: 'place-weekly' });
  const special = h('div', { id: 'place-special' });
  place.weekly.forEach((hours) => weekly.append(weeklyRow(hours)));
  place.specialDays.forEach((day) => (day.hours.length === 0 ? [null] : day.hours)
    .forEach((hours) => special.append(specialRow(day.date, hours))));
  const message = h('p', { role: 'alert', id: 'place-message' });
  const submit = async (event) => {
    event.preventDefault();
    const input = read(topic, errors, weekly, special);
    if (!check(errors)) {
      message.className = 'notice';
      message.textContent = t('staff.places.fixFields');
      return;
    }
    try {
      await callApi(kept ? 'PUT' : 'POST', `/api/v1/municipalities/${code}/places${kept ? `/${kept.id}` : ''}`, input);
      location.hash = `#/staff/${code}/places`;
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  show(h('h1', {}, kept ? place.name : t('staff.places.new')),
    h('p', {}, h('a', { href: `#/staff/${code}/places` }, t('staff.places.backToList'))),
    h('form', { class: 'form', id: 'place-form', novalidate: true, onsubmit: submit },
      h('label', { for: 'place-topic' }, t('staff.places.topic')), topic, topicError,
      field('name', t('staff.places.name')),
      field('street', t('staff.places.street')),
      field('postcode', t('staff.places.postcode')),
      field('city', t('staff.places.city')),
      field('phone', t('staff.places.phone'), 'tel'),
      field('email', t('staff.places.email'), 'email'),
      field('website', t('staff.places.website'), 'url'),
      h('fieldset', {}, h('legend', {}, t('staff.places.weekly')),
        h('p', { class: 'hint' }, t('staff.places.hoursHint')), weekly,
        h('button', { class: 'button', type: 'button', id: 'place-add-hours', onclick: () => weekly.append(weeklyRow()) },
          t('staff.places.addHours'))),
      h('fieldset', {}, h('legend', {}, t('staff.places.special')),
        h('p', { class: 'hint' }, t('staff.places.specialHint')), special,
        h('button', { class: 'button', type: 'button', id: 'place-add-special', onclick: () => special.append(specialRow()) },
          t('staff.places.addSpecial'))),
      h('button', { class: 'button primary', type: 'submit', id: 'place-save' }, t('staff.places.save'))),
    message);
}

function timeInput(className, value) {
  const input = h('input', { type: 'time', class: className, 'aria-label': t(`staff.places.${className}`), required: true });
  input.value = value ?? '';
  return input;
}

function weeklyRow(hours = { weekday: 1, opens: '09:00', closes: '17:00' }) {
  const row = h('p', { class: 'hours-row weekly-row' },
    h('select', { class: 'weekday', 'aria-label': t('staff.places.weekday') },
      WEEKDAYS.map((day) => h('option', { value: day, selected: day === hours.weekday }, t(`staff.places.day.${day}`)))),
    timeInput('opens', hours.opens), timeInput('closes', hours.closes));
  row.append(h('button', { class: 'button', type: 'button', onclick: () => row.remove() }, t('staff.places.remove')));
  return row;
}

/** One period on a date or on public holidays; a row marked closed has no hours. Rows with the same day are one day. */
function specialRow(date = '', hours = null) {
  const kind = h('select', { class: 'kind', 'aria-label': t('staff.places.kind') },
    h('option', { value: 'date', selected: date !== null }, t('staff.places.onDate')),
    h('option', { value: 'holidays', selected: date === null }, t('staff.places.onHolidays')));
  const day = h('input', { type: 'date', class: 'date', 'aria-label': t('staff.places.date') });
  day.value = date ?? '';
  const closed = h('input', { type: 'checkbox', class: 'closed' });
  closed.checked = hours === null && date !== '';
  const row = h('p', { class: 'hours-row special-row' }, kind, day,
    h('label', { class: 'check' }, closed, ' ', t('staff.places.closed')),
    timeInput('opens', hours?.opens ?? '10:00'), timeInput('closes', hours?.closes ?? '14:00'));
  row.append(h('button', { class: 'button', type: 'button', onclick: () => row.remove() }, t('staff.places.remove')));
  return row;
}

function read(topic, errors, weekly, special) {
  const value = (name) => errors.get(name).input.value.trim() || null;
  const days = new Map();
  for (const row of special.querySelectorAll('.special-row')) {
    const date = row.querySelector('.kind').value === 'holidays' ? null : row.querySelector('.date').value;
    const key = date ?? 'holidays';
    if (!days.has(key)) days.set(key, { date, hours: [] });
    if (!row.querySelector('.closed').checked) {
      days.get(key).hours.push({ opens: row.querySelector('.opens').value, closes: row.querySelector('.closes').value });
    }
  }
  return {
    topic: topic.value,
    name: errors.get('name').input.value.trim(),
    street: value('street'), postcode: value('postcode'), city: value('city'),
    phone: value('phone'), email: value('email'), website: value('website'),
    weekly: [...weekly.querySelectorAll('.weekly-row')].map((row) => ({
      weekday: Number(row.querySelector('.weekday').value),
      opens: row.querySelector('.opens').value, closes: row.querySelector('.closes').value,
    })),
    specialDays: [...days.values()],
  };
}

/** Marks every field that breaks a rule, with the reason beside it; true when all are fine. */
function check(errors) {
  let fine = true;
  for (const [name, { input, error }] of errors) {
    const value = input.value.trim();
    let problem = '';
    if (name === 'topic' && !value) problem = t('staff.places.topicRequired');
    else if (name === 'name' && !value) problem = t('staff.places.nameRequired');
    else if (value && RULES[name] && !RULES[name][0].test(value)) problem = t(RULES[name][1]);
    error.textContent = problem;
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    fine &&= !problem;
  }
  return fine;
}
