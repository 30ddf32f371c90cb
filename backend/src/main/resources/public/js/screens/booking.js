// The newcomer's workshop: the sessions they can book, and their booking with add-to-calendar, move
// and cancel. The last booking seen is kept on the phone, so it shows offline too, marked as such.
import { callApi } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';

const KEPT = 'meedoen.newcomer.booking';
const KEPT_CODE = 'meedoen.newcomer.check-in-code';

function linked() {
  if (localStorage.getItem('meedoen.newcomer.token')) return true;
  location.replace('#/invite');
  return false;
}

/** The booking from the server, or the last one kept on this phone when there is no connection. */
async function currentBooking() {
  try {
    const booking = await callApi('GET', '/api/v1/newcomer/booking');
    localStorage.setItem(KEPT, JSON.stringify({ booking, seenAt: new Date().toISOString() }));
    return { booking, seenAt: null };
  } catch (failure) {
    if (failure.status === 404) {
      localStorage.removeItem(KEPT);
      return { booking: null, seenAt: null };
    }
    const kept = JSON.parse(localStorage.getItem(KEPT) ?? 'null');
    if (failure.status === 0 && kept) return kept;
    throw failure;
  }
}

export async function showBooking(notice = '') {
  if (!linked()) return;
  const { booking, seenAt } = await currentBooking();
  if (!booking) {
    await showSessions(notice);
    return;
  }
  const session = booking.session;
  const message = h('p', { role: 'status' }, notice);
  const offline = Boolean(seenAt);
  const until = formatTime(booking.changeableUntil);
  show(
    h('h1', {}, t('booking.title')),
    offline ? h('p', { class: 'notice', id: 'booking-offline' }, t('booking.offline', { time: formatTime(seenAt) })) : null,
    h('p', { class: 'lead', id: 'booking-status' }, booking.status === 'confirmed'
      ? t('booking.confirmed') : t('booking.waitlisted', { position: booking.waitingListPosition ?? 1 })),
    sessionCard(session),
    booking.status === 'confirmed' ? await checkInCode(offline) : null,
    h('p', {}, booking.byMail ? t('booking.byMail') : t('booking.noMail')),
    h('p', { class: 'meta-line' }, t('booking.until', { time: until })),
    h('p', { class: 'actions' },
      h('button', { class: 'button primary', type: 'button', id: 'booking-calendar', disabled: offline, onclick: () => addToCalendar(message) },
        t('booking.calendar')),
      h('a', { class: 'button', id: 'booking-move', href: '#/sessions', 'aria-disabled': offline ? 'true' : null }, t('booking.move')),
      h('button', { class: 'button', type: 'button', id: 'booking-cancel', disabled: offline, onclick: () => cancel(message) }, t('booking.cancel'))),
    message,
  );
}

/**
 * The QR code the trainer scans at the session. It is kept on the phone with the booking, because
 * community centres often have no signal; a kept code is shown until it expires.
 */
async function checkInCode(offline) {
  let code = JSON.parse(localStorage.getItem(KEPT_CODE) ?? 'null');
  if (!offline) {
    try {
      code = await callApi('GET', '/api/v1/newcomer/booking/check-in-code');
      localStorage.setItem(KEPT_CODE, JSON.stringify(code));
    } catch (failure) {
      if (failure.status !== 0) code = null;
    }
  }
  if (!code || new Date(code.expiresAt) <= new Date()) return null;
  return h('figure', { class: 'check-in-code', id: 'check-in-code' },
    h('img', { src: code.qrCode, alt: t('booking.checkInCodeAlt'), width: 240, height: 240 }),
    h('figcaption', {}, t('booking.checkInCode')));
}

export async function showSessions(notice = '') {
  if (!linked()) return;
  const [offers, { booking }] = await Promise.all([callApi('GET', '/api/v1/newcomer/sessions'), currentBooking()]);
  const message = h('p', { role: 'alert' });
  const choose = async (offer, key) => {
    message.textContent = '';
    message.className = '';
    try {
      if (booking) await callApi('PUT', '/api/v1/newcomer/booking', { sessionId: offer.id });
      else await bookWithKey(offer.id, key);
      location.hash = '#/booking';
      if (location.hash === '#/booking') await showBooking();
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.status === 0 ? t('error.offline') : booking && failure.status === 409 ? t('sessions.fullMove') : failure.message;
    }
  };
  show(
    h('h1', {}, booking ? t('booking.move') : t('sessions.title')),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    offers.length === 0 ? h('p', {}, t('sessions.none')) : h('ul', { class: 'cards sessions' }, offers
      .filter((offer) => !booking || offer.id !== booking.session.id)
      .map((offer) => {
        // One key per choice on this screen: pressing again after a lost connection repeats the same request.
        const key = crypto.randomUUID();
        return h('li', {}, h('div', { class: 'card' }, sessionParts(offer),
          h('p', { class: 'card-meta' }, offer.seatsLeft > 0 ? t('sessions.seatsLeft', { seats: offer.seatsLeft }) : t('sessions.full')),
          h('button', { class: 'button primary', type: 'button', onclick: () => choose(offer, key) },
            booking ? t('sessions.moveHere') : t('sessions.book'))));
      })),
    message,
  );
}

async function bookWithKey(sessionId, key) {
  const token = localStorage.getItem('meedoen.newcomer.token');
  const response = await fetch('/api/v1/newcomer/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
    body: JSON.stringify({ sessionId }),
  }).catch(() => null);
  if (!response) throw Object.assign(new Error(t('error.offline')), { status: 0 });
  const body = await response.json();
  if (!response.ok) throw Object.assign(new Error(body.detail), { status: response.status });
  return body;
}

async function cancel(message) {
  if (!window.confirm(t('booking.cancelConfirm'))) return;
  try {
    await callApi('DELETE', '/api/v1/newcomer/booking');
    localStorage.removeItem(KEPT);
    await showSessions(t('booking.cancelled'));
  } catch (failure) {
    message.className = 'notice';
    message.textContent = failure.status === 409 ? t('booking.tooLate') : failure.status === 0 ? t('error.offline') : failure.message;
  }
}

/** The calendar file needs the phone's token, so it is fetched here and handed over as a download. */
async function addToCalendar(message) {
  try {
    const response = await fetch('/api/v1/newcomer/booking/calendar.ics', {
      headers: { Authorization: `Bearer ${localStorage.getItem('meedoen.newcomer.token')}` },
    });
    if (!response.ok) throw new Error(response.statusText);
    const link = h('a', { href: URL.createObjectURL(await response.blob()), download: 'workshop.ics' });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (failure) {
    message.className = 'notice';
    message.textContent = t('error.offline');
  }
}

function sessionCard(session) {
  return h('div', { class: 'card', id: 'booking-session' }, sessionParts(session));
}

function sessionParts(session) {
  const names = new Intl.DisplayNames([currentLanguage().lang], { type: 'language' });
  const place = session.place;
  return [
    h('h2', { class: 'card-title', lang: 'nl', dir: 'auto' }, session.title),
    h('p', {}, t('booking.mail.when', { when: session.when })),
    h('p', {}, t('booking.mail.where', { place: `${place.name}, ${place.address}` })),
    place.room ? h('p', {}, t('booking.mail.room', { room: place.room })) : null,
    place.accessibilityNotes ? h('p', {}, t('booking.mail.accessibility', { notes: place.accessibilityNotes })) : null,
    place.mapLink ? h('p', {}, h('a', { href: place.mapLink, target: '_blank', rel: 'noopener noreferrer' }, t('booking.map'))) : null,
    h('p', { class: 'card-meta' }, t('sessions.languages', { languages: session.languages.map((code) => names.of(code)).join(', ') }),
      session.interpreterLanguages.length > 0
        ? [' · ', t('sessions.interpreter', { languages: session.interpreterLanguages.map((code) => names.of(code)).join(', ') })] : null),
  ];
}

export function formatTime(instant) {
  return new Intl.DateTimeFormat(currentLanguage().lang, {
    dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam', calendar: 'gregory',
  }).format(new Date(instant));
}
