// Staff screen (in Dutch): a coordinator plans, changes, copies and cancels the municipality's
// workshop sessions, sees who booked them and, once a session has begun, corrects who came. Times are
// entered and shown on Dutch clocks.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { attendanceText } from './staff-kit.js';

const LANGUAGES = ['nl', 'en', 'ar', 'ti', 'fa', 'prs', 'ps', 'so', 'ckb', 'tr', 'pl', 'ro', 'bg', 'uk', 'ru', 'fr', 'es'];

export async function showStaffSessions(code, notice = '') {
  const base = `/api/v1/municipalities/${code}`;
  const [sessions, staff] = await Promise.all([
    callApi('GET', `${base}/sessions`),
    callApi('GET', `${base}/staff`).catch(() => []),
  ]);
  const trainers = staff.filter((member) => member.roles.includes('TRAINER'));
  const message = h('p', { role: 'status', class: notice ? 'notice' : '' }, notice);
  const details = h('div', { id: 'session-details' });
  const form = sessionForm(code, trainers, message);
  const act = async (work, done) => {
    try {
      await work();
      await showStaffSessions(code, done);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  show(
    h('h1', {}, `${t('staff.sessions')} · ${code}`),
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.title'))),
    message,
    h('table', { class: 'list', id: 'sessions-table' },
      h('thead', {}, h('tr', {}, [t('staff.sessionWhen'), t('staff.sessionTitle'), t('staff.sessionPlace'), t('staff.sessionSeats'),
        t('staff.sessionStatus'), ''].map((label) => h('th', {}, label)))),
      h('tbody', {}, sessions.map((session) => h('tr', {},
        h('td', {}, `${session.start.replace('T', ' ').slice(0, 16)}–${session.end.slice(11, 16)}`),
        h('td', {}, session.title),
        h('td', {}, session.place.name),
        h('td', {}, `${session.confirmed}/${session.capacity}` + (session.waitlisted ? ` (+${session.waitlisted} ${t('staff.waiting')})` : '')),
        h('td', {}, t(`staff.status.${session.status}`)),
        h('td', {},
          h('button', { class: 'button', type: 'button', onclick: () => showBookings(base, session, details) }, t('staff.bookings')),
          session.status === 'planned' ? [
            h('button', { class: 'button', type: 'button', onclick: () => form.edit(session) }, t('staff.edit')),
            h('button', { class: 'button', type: 'button', onclick: () => {
              const weeks = Number(window.prompt(t('staff.copyWeeks'), '4'));
              if (weeks > 0) act(() => callApi('POST', `${base}/sessions/${session.id}/weekly-copies`, { weeks }), t('staff.copied'));
            } }, t('staff.copyWeekly')),
            h('button', { class: 'button', type: 'button', onclick: () => {
              if (window.confirm(t('staff.cancelConfirm'))) act(() => callApi('POST', `${base}/sessions/${session.id}/cancellation`), t('staff.sessionCancelled'));
            } }, t('staff.cancelSession')),
          ] : null))))),
    details,
    form.element,
  );
}

async function showBookings(base, session, details) {
  const [bookings, roster] = await Promise.all([
    callApi('GET', `${base}/sessions/${session.id}/bookings`),
    session.status === 'cancelled' ? null : callApi('GET', `/api/v1/trainer/sessions/${session.id}/roster`).catch(() => null),
  ]);
  const begun = roster && new Date(roster.session.startsAt) <= new Date();
  details.replaceChildren(h('section', {}, h('h2', {}, `${t('staff.bookings')}: ${session.title}`),
    bookings.length === 0 ? h('p', {}, t('staff.noBookings')) : h('table', { class: 'list' }, h('tbody', {},
      bookings.map((booking) => h('tr', {}, h('td', {}, booking.name), h('td', {}, t(`staff.booking.${booking.status}`)))))),
    begun ? attendanceSection(base, roster) : null));
}

/** Once a session has begun: who came, and a coordinator's correction of one newcomer at a time. */
function attendanceSection(base, roster) {
  const message = h('p', { role: 'status', id: 'attendance-message' });
  const entries = roster.entries.filter((entry) => entry.bookingStatus === 'confirmed' || entry.walkIn || entry.attendance);
  return h('section', { id: 'session-attendance' }, h('h3', {}, t('staff.attendance.title')), message,
    h('ul', { class: 'rows' }, entries.map((entry) => attendanceRow(base, roster.session.id, entry, message))));
}

function attendanceRow(base, sessionId, entry, message) {
  const state = h('span', { class: 'row-meta attendance-state' }, attendanceText(entry.attendance));
  const buttons = {};
  const display = (attendance) => {
    state.textContent = attendanceText(attendance);
    buttons.present.disabled = attendance === 'present';
    buttons['no-show'].disabled = attendance === 'no-show';
  };
  const correct = async (status) => {
    if (!window.confirm(t('staff.attendance.question', { name: entry.name, status: attendanceText(status) }))) return;
    try {
      const changed = await callApi('PUT', `${base}/sessions/${sessionId}/attendance/${entry.newcomerId}`, { status });
      display(changed.attendance);
      message.className = '';
      message.textContent = t('staff.attendance.changed', { name: entry.name, status: attendanceText(changed.attendance) });
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  buttons.present = h('button', { class: 'button', type: 'button', 'data-status': 'present', onclick: () => correct('present') },
    t('staff.attendance.setPresent'));
  buttons['no-show'] = h('button', { class: 'button', type: 'button', 'data-status': 'no-show', onclick: () => correct('no-show') },
    t('staff.attendance.setNoShow'));
  display(entry.attendance);
  return h('li', { 'data-newcomer': entry.newcomerId }, h('span', { class: 'row-title' }, entry.name), state,
    h('span', { class: 'row-actions' }, buttons.present, buttons['no-show']));
}

function sessionForm(code, trainers, message) {
  const input = (id, attributes = {}) => h('input', { id, ...attributes });
  const fields = {
    title: input('session-title', { required: true, maxlength: 200 }),
    start: input('session-start', { type: 'datetime-local', required: true }),
    end: input('session-end', { type: 'time', required: true }),
    placeName: input('session-place', { required: true }),
    address: input('session-address', { required: true }),
    room: input('session-room'),
    accessibility: input('session-accessibility'),
    mapLink: input('session-map', { type: 'url', placeholder: 'https://' }),
    capacity: input('session-capacity', { type: 'number', min: 1, required: true, value: 20 }),
    languages: h('select', { id: 'session-languages', multiple: true, required: true }, LANGUAGES.map((lang) => h('option', { value: lang }, lang))),
    interpreters: h('select', { id: 'session-interpreters', multiple: true }, LANGUAGES.map((lang) => h('option', { value: lang }, lang))),
    trainers: h('select', { id: 'session-trainers', multiple: true }, trainers.map((trainer) => h('option', { value: trainer.id }, trainer.name))),
  };
  let editing = null;
  const heading = h('h2', {}, t('staff.planSession'));
  const selected = (select) => [...select.selectedOptions].map((option) => option.value);
  const submit = async (event) => {
    event.preventDefault();
    const start = fields.start.value;
    const body = {
      title: fields.title.value, start, end: `${start.slice(0, 10)}T${fields.end.value}`,
      place: { name: fields.placeName.value, address: fields.address.value, room: fields.room.value || null,
        accessibilityNotes: fields.accessibility.value || null, mapLink: fields.mapLink.value || null },
      capacity: Number(fields.capacity.value), languages: selected(fields.languages), interpreterLanguages: selected(fields.interpreters),
      trainerIds: selected(fields.trainers),
    };
    try {
      if (editing) await callApi('PUT', `/api/v1/municipalities/${code}/sessions/${editing}`, body);
      else await callApi('POST', `/api/v1/municipalities/${code}/sessions`, body);
      await showStaffSessions(code, editing ? t('staff.sessionChanged') : t('staff.sessionPlanned'));
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  const label = (field, text) => [h('label', { for: field.id }, text), field];
  const element = h('section', {}, heading,
    h('form', { class: 'form', onsubmit: submit },
      label(fields.title, t('staff.sessionTitle')), label(fields.start, t('staff.sessionStart')), label(fields.end, t('staff.sessionEnd')),
      label(fields.placeName, t('staff.sessionPlace')), label(fields.address, t('staff.sessionAddress')), label(fields.room, t('staff.sessionRoom')),
      label(fields.accessibility, t('staff.sessionAccessibility')), label(fields.mapLink, t('staff.sessionMap')),
      label(fields.capacity, t('staff.sessionCapacity')), label(fields.languages, t('staff.sessionLanguages')),
      label(fields.interpreters, t('staff.sessionInterpreters')), label(fields.trainers, t('staff.sessionTrainers')),
      h('button', { class: 'button primary', type: 'submit', id: 'session-save' }, t('staff.save'))));
  const edit = (session) => {
    editing = session.id;
    heading.textContent = `${t('staff.edit')}: ${session.title}`;
    fields.title.value = session.title;
    fields.start.value = session.start.slice(0, 16);
    fields.end.value = session.end.slice(11, 16);
    fields.placeName.value = session.place.name;
    fields.address.value = session.place.address;
    fields.room.value = session.place.room ?? '';
    fields.accessibility.value = session.place.accessibilityNotes ?? '';
    fields.mapLink.value = session.place.mapLink ?? '';
    fields.capacity.value = session.capacity;
    for (const option of fields.languages.options) option.selected = session.languages.includes(option.value);
    for (const option of fields.interpreters.options) option.selected = session.interpreterLanguages.includes(option.value);
    for (const option of fields.trainers.options) option.selected = session.trainers.some((trainer) => trainer.id === option.value);
    fields.title.focus();
  };
  return { element, edit };
}
