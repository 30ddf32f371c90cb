// Staff screen (in Dutch) for the trainer's phone: the sessions they teach, the roster of one, and
// check-in by ticking a name or scanning the newcomer's QR code (camera, or a photo of the code).
// Works offline: the roster and public key are kept on the phone, check-ins wait in IndexedDB and
// are sent when the connection returns or the app is opened again.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { keep, kept, pending, queue, sync, verifyCode } from '../check-ins.js';

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
    scanner(scanned, message),
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
          ? h('button', { class: 'button', type: 'button', onclick: () => checkIn(entry, 'tick') }, t('staff.trainer.tick')) : null);
    })),
  );
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
