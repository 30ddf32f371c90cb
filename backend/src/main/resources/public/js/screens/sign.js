// The signing ceremony on the newcomer's own linked phone: a staff member opened it for this phone; the
// newcomer reads the Dutch text beside the translation, signs, and keeps the certificate once the staff
// member witnessed it on their own device.
import { ApiError, callApi, getFile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { declarationForm, newcomerTexts, save, waitFor } from './declaration-form.js';

const heading = () => h('h1', { 'data-title': t('signOnPhone.title') }, t('signOnPhone.title'));
// The time in the Netherlands, as the staff member's screen says it, whatever zone the phone is set to.
const time = (instant) => new Intl.DateTimeFormat(document.documentElement.lang || 'nl',
  { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(instant));

export async function showSigningOnPhone() {
  let ceremony;
  try {
    ceremony = await callApi('GET', '/api/v1/newcomer/signing-ceremony');
  } catch (failure) {
    if (failure.status !== 404) throw failure;
    showNothingWaiting();
    return;
  }
  if (ceremony.status === 'open') await showReading(ceremony);
  else showWaitingForWitness(ceremony);
}

async function showReading(ceremony) {
  const say = await newcomerTexts(ceremony.locale);
  show(
    heading(),
    h('p', { class: 'meta-line', id: 'sign-until' }, t('signOnPhone.until', { time: time(ceremony.onPhoneUntil) })),
    declarationForm(ceremony, say, {
      send: (body, key) => callApi('POST', `/api/v1/newcomer/signing-ceremonies/${ceremony.id}/signature`, body,
        { extraHeaders: { 'Idempotency-Key': key } }),
      signed: (signed) => showWaitingForWitness(signed),
      failed: (failure) => (failure.status === 409 || failure.status === 404 ? say('signOnPhone.ended')
        : failure.status === 0 ? say('error.offline') : failure.message),
    }));
}

/** Signed: the staff member confirms as witness on their own device; this screen asks until they did. */
function showWaitingForWitness(ceremony) {
  show(heading(), h('p', { role: 'status', id: 'sign-waiting' }, t('signOnPhone.waiting')));
  waitFor(() => callApi('GET', `/api/v1/newcomer/signing-ceremonies/${ceremony.id}`), (now) => {
    if (now.status !== 'closed') return false;
    if (now.verificationCode) showSigned(now.verificationCode);
    else showNothingWaiting(t('signOnPhone.ended'));
    return true;
  });
}

function showSigned(code) {
  show(
    heading(),
    h('p', { role: 'status', id: 'sign-done' }, t('signOnPhone.done')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('verify.code')),
      h('dd', {}, h('a', { id: 'sign-code', href: `#/verify/${code}`, dir: 'ltr' }, code))),
    certificateButton(code));
}

/** Nothing to sign now; whoever signed before keeps their certificate here. */
function showNothingWaiting(notice = t('signOnPhone.none')) {
  show(heading(), h('p', { class: 'notice', role: 'status', id: 'sign-none' }, notice), certificateButton());
}

function certificateButton(code) {
  const message = h('p', { role: 'alert' });
  const download = async () => {
    try {
      save(await getFile('/api/v1/newcomer/signature/certificate.pdf'), `participatieverklaring${code ? `-${code}` : ''}.pdf`);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure instanceof ApiError && failure.status === 404 ? t('signOnPhone.noCertificate')
        : failure.status === 0 ? t('error.offline') : failure.message;
    }
  };
  return [h('p', {}, h('button', { class: 'button primary', type: 'button', id: 'sign-certificate', onclick: download },
    t('signOnPhone.certificate'))), message];
}
