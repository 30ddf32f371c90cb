// Staff screen (in Dutch) for the trainer's phone: the sessions they teach, the roster of one,
// check-in by ticking a name or scanning the newcomer's QR code (camera, or a photo of the code),
// walk-ins found by name, the signing ceremony for one who came, and confirming who came afterwards.
// Works offline: the roster and public key are kept on the phone, check-ins wait in IndexedDB and
// are sent when the connection returns or the app is opened again.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { keep, kept, pending, queue, sync, verifyCode } from '../check-ins.js';
import { confirmed, problemText } from './staff-kit.js';

const time = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });

/** What the server says, or what this phone kept the last time when there is no connection. */
async function fresh(key, path) {
  try {
    const value = await callApi('GET', path);
    await keep(key, value);
    return { value, offline: false };
  } catch (failure) {
    const value = await kept(key);
    if (failure.status === 0 && value) return { value, offline: true };
    throw failure;
  }
}

export async function showTrainerSessions() {
  sync();
  const { value: sessions, offline } = await fresh('sessions', '/api/v1/trainer/sessions');
  show(
    h('h1', {}, t('staff.trainer.title')),
    offline ? h('p', { class: 'notice', id: 'trainer-offline' }, t('staff.trainer.offline')) : null,
    sessions.length === 0 ? h('p', {}, t('staff.trainer.none')) : h('ul', { class: 'cards', id: 'trainer-sessions' }, sessions.map((session) =>
      h('li', { class: 'card' },
        h('a', { href: `#/staff/trainer/${session.id}` }, session.title),
        h('p', { class: 'card-meta' }, `${time.format(new Date(session.startsAt))} · ${session.placeName} · ${session.municipality}`),
        h('p', { class: 'card-meta' }, t('staff.trainer.counts', { booked: session.booked, present: session.present }))))),
  );
}

export async function showRoster(sessionId, notice = '') {
  sync();
  const [{ value: roster, offline }, publicKey] = await Promise.all([
    fresh(`roster:${sessionId}`, `/api/v1/trainer/sessions/${sessionId}/roster`),
    publicKeyKept(),
  ]);
  const waiting = (await pending()).filter((checkIn) => checkIn.sessionId === sessionId);
  const message = h('p', { role: 'status', id: 'trainer-message', class: notice ? 'notice' : '' }, notice);
  const checkIn = async (entry, method, code) => {
    await queue({ id: crypto.randomUUID(), sessionId, bookingId: method === 'tick' ? entry.bookingId : undefined, code,
      scannedAt: new Date().toISOString(), method, newcomerId: entry.newcomerId });
    if (navigator.onLine) await sync();
    await showRoster(sessionId, t('staff.trainer.checkedIn', { name: entry.name }));
  };
  const scanned = async (code) => {
    const verified = publicKey ? await verifyCode(code, sessionId, publicKey) : { reason: 'no-key' };
    const entry = roster.entries.find((candidate) => candidate.bookingId === verified.bookingId);
    if (!verified.bookingId || !entry) {
      message.className = 'notice';
      message.textContent = t(`staff.trainer.refused.${verified.reason ?? 'unknown-booking'}`);
      return;
    }
    await checkIn(entry, 'scan', code);
  };
  show(
    h('h1', { 'data-title': t('staff.trainer.roster') }, `${t('staff.trainer.roster')}: ${roster.session.title}`),
    h('p', {}, h('a', { href: '#/staff/trainer' }, t('staff.trainer.title'))),
    h('p', { class: 'card-meta' }, `${time.format(new Date(roster.session.startsAt))} · ${roster.session.placeName}`),
    offline ? h('p', { class: 'notice', id: 'trainer-offline' }, t('staff.trainer.offline')) : null,
    waiting.length > 0 ? h('p', { class: 'notice', id: 'trainer-pending' }, t('staff.trainer.pending', { count: waiting.length })) : null,
    message,
    roster.session.attendanceConfirmed
      ? h('p', { class: 'notice', id: 'attendance-confirmed' }, t('staff.trainer.confirmed', { present: roster.session.present })) : null,
    scanner(scanned, message),
    walkIns(sessionId, message),
    h('ul', { class: 'cards roster', id: 'roster' }, roster.entries.map((entry) => {
      const queued = waiting.find((checkIn) => checkIn.newcomerId === entry.newcomerId);
      const state = entry.attendance === 'present' ? t('staff.trainer.present') : queued?.refused ? queued.refused
        : queued ? t('staff.trainer.pendingOne') : entry.attendance === 'no-show' ? t('staff.trainer.noShow') : '';
      return h('li', { class: 'card', 'data-newcomer': entry.newcomerId },
        h('strong', {}, entry.name),
        h('p', { class: 'card-meta' }, [entry.language, entry.interpreter ? t('staff.trainer.interpreter') : null,
          entry.bookingStatus ? t(`staff.trainer.booking.${entry.bookingStatus}`) : t('staff.trainer.walkIn')].filter(Boolean).join(' · ')),
        h('p', { class: 'attendance-state' }, state),
        !state && entry.bookingStatus === 'confirmed'
          ? h('button', { class: 'button', type: 'button', onclick: () => checkIn(entry, 'tick') }, t('staff.trainer.tick')) : null,
        entry.attendance === 'present'
          ? h('button', { class: 'button sign', type: 'button', onclick: () => sign(roster.session, entry, message) }, t('staff.trainer.sign'))
          : null,
        entry.attendance === 'present'
          ? h('button', { class: 'button sign-on-phone', type: 'button', onclick: () => sign(roster.session, entry, message, true) },
            t('staff.trainer.signOnPhone'))
          : null);
    })),
    begun(roster.session) && !roster.session.attendanceConfirmed && !offline ? confirmation(roster, waiting, message) : null,
  );
}

const begun = (session) => Date.now() >= new Date(session.startsAt).getTime();

function say(message, text) {
  message.className = 'notice';
  message.textContent = text;
}

/**
 * Opens the signing ceremony for a newcomer who came, with this session, on the ceremony's own screen;
 * {@code onPhone}: the newcomer reads and signs on their own linked phone.
 */
async function sign(session, entry, message, onPhone = false) {
  try {
    const { openCeremony } = await import('./ceremony.js');
    await openCeremony(session.municipality, entry.newcomerId, session.id, onPhone);
  } catch (failure) {
    say(message, problemText(failure));
  }
}

/** A newcomer of the municipality who had not booked: found by a part of their name, then added. */
function walkIns(sessionId, message) {
  const name = h('input', { id: 'walk-in-name', autocomplete: 'off', type: 'search' });
  const results = h('ul', { class: 'cards', id: 'walk-in-results' });
  const add = async (candidate) => {
    try {
      const walkIn = await callApi('POST', `/api/v1/trainer/sessions/${sessionId}/walk-ins`, { newcomerId: candidate.id });
      await showRoster(sessionId, t(`staff.trainer.walkInAdded.${walkIn.outcome}`, { name: candidate.name }));
    } catch (failure) {
      say(message, problemText(failure));
    }
  };
  const search = async (event) => {
    event.preventDefault();
    try {
      const found = await callApi('POST', `/api/v1/trainer/sessions/${sessionId}/newcomer-search`, { name: name.value });
      results.replaceChildren(...(found.length === 0 ? [h('li', {}, t('staff.trainer.walkInNone'))] : found.map((candidate) =>
        h('li', { class: 'card', 'data-candidate': candidate.id },
          h('strong', {}, candidate.name), ' ', h('span', { class: 'card-meta' }, candidate.language), ' ',
          h('button', { class: 'button', type: 'button', onclick: () => add(candidate) }, t('staff.trainer.walkInAdd'))))));
    } catch (failure) {
      say(message, problemText(failure));
    }
  };
  return h('details', { class: 'walk-in', id: 'walk-in' },
    h('summary', {}, t('staff.trainer.walkInTitle')),
    h('p', { class: 'card-meta' }, t('staff.trainer.walkInHelp')),
    h('form', { class: 'form', onsubmit: search },
      h('label', { for: 'walk-in-name' }, t('staff.trainer.walkInName')), name,
      h('button', { class: 'button', type: 'submit' }, t('staff.trainer.walkInSearch'))),
    results);
}

/** After the start: who came, ticked by default for those checked in; everyone else with a seat is a no-show. */
function confirmation(roster, waiting, message) {
  const boxes = roster.entries.map((entry) => {
    const came = entry.attendance === 'present' || waiting.some((checkIn) => checkIn.newcomerId === entry.newcomerId);
    const box = h('input', { type: 'checkbox', value: entry.newcomerId, checked: came, id: `came-${entry.newcomerId}` });
    return { box, label: h('label', { class: 'check', for: box.id }, box, ' ', entry.name) };
  });
  const submit = async (event) => {
    event.preventDefault();
    const present = boxes.filter(({ box }) => box.checked).map(({ box }) => box.value);
    if (!confirmed(t('staff.trainer.confirmQuestion', { present: present.length, absent: boxes.length - present.length }))) return;
    try {
      await sync();
      await callApi('POST', `/api/v1/trainer/sessions/${roster.session.id}/attendance-confirmation`, { present });
      await showRoster(roster.session.id, t('staff.trainer.confirmedNow'));
    } catch (failure) {
      say(message, problemText(failure));
    }
  };
  return h('form', { class: 'form', id: 'confirm-attendance', onsubmit: submit },
    h('h2', {}, t('staff.trainer.confirmTitle')),
    h('p', { class: 'card-meta' }, t('staff.trainer.confirmHelp')),
    boxes.map(({ label }) => label),
    h('button', { class: 'button primary', type: 'submit' }, t('staff.trainer.confirm')));
}

async function publicKeyKept() {
  try {
    const answer = await callApi('GET', '/api/v1/attendance/public-key');
    await keep('public-key', answer.publicKey);
    return answer.publicKey;
  } catch (offline) {
    return kept('public-key');
  }
}

/** The camera when there is one; a photo of the code works everywhere, also without a camera. */
function scanner(scanned, message) {
  const video = h('video', { id: 'scanner-video', hidden: true, playsinline: true });
  let running = null;
  const scanner = async () => (await import('../../vendor/qr-scanner/qr-scanner.min.js')).default;
  const camera = h('button', { class: 'button primary', type: 'button', id: 'scan-camera', onclick: async () => {
    try {
      const QrScanner = await scanner();
      video.hidden = false;
      running = new QrScanner(video, (result) => { running.stop(); video.hidden = true; scanned(result.data); },
        { returnDetailedScanResult: true });
      await running.start();
    } catch (noCamera) {
      video.hidden = true;
      message.textContent = t('staff.trainer.noCamera');
    }
  } }, t('staff.trainer.scan'));
  const photo = h('input', { type: 'file', accept: 'image/*', capture: 'environment', id: 'scan-photo', onchange: async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      const QrScanner = await scanner();
      // An image bitmap rather than the file itself: the scanner would load a file through a blob URL,
      // which the page's security policy does not allow for images.
      const result = await QrScanner.scanImage(await createImageBitmap(file), { returnDetailedScanResult: true });
      await scanned(result.data);
    } catch (noCode) {
      message.className = 'notice';
      message.textContent = t('staff.trainer.noCode');
    }
  } });
  return h('section', { class: 'scanner' }, camera, h('label', { for: 'scan-photo' }, t('staff.trainer.photo')), photo, video);
}
