// The signing ceremony on the staff member's device. The staff parts are Dutch; the part the newcomer
// reads and signs speaks their language (lang and dir from the ceremony), beside the Dutch text signed.
// Held on the newcomer's own phone, this screen waits for the phone's signature and then takes the witness.
import { callApi, getFile, staffProfile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { problemText } from './staff-kit.js';
import { declarationForm, newcomerTexts, save, waitFor } from './declaration-form.js';

/**
 * Opens a ceremony for a newcomer at the counter or at their session — on this device, or on the newcomer's
 * own linked phone — then shows it under its own link.
 */
export async function openCeremony(code, newcomerId, sessionId, onPhone = false) {
  const opened = await callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies`, { newcomerId, sessionId, onPhone });
  location.hash = `#/staff/${code}/ceremonies/${opened.id}`;
}

/** The ceremony as far as it has come: reading and signing, then the witness, then done. */
export async function showCeremony(code, id) {
  const ceremony = await callApi('GET', `/api/v1/municipalities/${code}/signing-ceremonies/${id}`);
  if (ceremony.status === 'open' && ceremony.onPhoneUntil) showWaitingForPhone(code, ceremony);
  else if (ceremony.status === 'open') await showSigning(code, ceremony);
  else if (ceremony.status === 'signed-awaiting-witness') showWitness(code, ceremony);
  else show(heading(), h('p', {}, t('staff.ceremony.closed')), backLink(code));
}

const heading = () => h('h1', {}, t('staff.ceremony.title'));
const backLink = (code) => h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.backToList')));
const time = (instant) => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })
  .format(new Date(instant));

async function showSigning(code, ceremony) {
  const say = await newcomerTexts(ceremony.locale);
  show(
    backLink(code),
    h('h1', { 'data-title': t('staff.ceremony.title') }, t('staff.ceremony.for', { name: ceremony.newcomerName })),
    h('p', { class: 'meta-line' }, t('staff.ceremony.handOver')),
    declarationForm(ceremony, say, {
      send: (body, key) => callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies/${ceremony.id}/signature`, body,
        { extraHeaders: { 'Idempotency-Key': key } }),
      signed: (signed) => showWitness(code, signed),
      failed: problemText,
    }),
    refusalForm(code, ceremony));
}

/**
 * The newcomer reads and signs on their own phone: this screen waits, asking every few seconds, and
 * goes on to the witness as soon as the phone signed. A refusal is still recorded here.
 */
function showWaitingForPhone(code, ceremony) {
  const expired = new Date(ceremony.onPhoneUntil) <= new Date();
  show(
    backLink(code),
    h('h1', { 'data-title': t('staff.ceremony.title') }, t('staff.ceremony.waitingTitle')),
    h('p', { role: 'status', id: 'ceremony-on-phone' }, t('staff.ceremony.waitingForPhone', { name: ceremony.newcomerName })),
    h('p', { class: expired ? 'notice' : 'meta-line' },
      expired ? t('staff.ceremony.phoneExpired') : t('staff.ceremony.phoneUntil', { time: time(ceremony.onPhoneUntil) })),
    refusalForm(code, ceremony));
  if (expired) return;
  waitFor(() => callApi('GET', `/api/v1/municipalities/${code}/signing-ceremonies/${ceremony.id}`), (now) => {
    if (now.status === 'open' && new Date(now.onPhoneUntil) > new Date()) return false;
    if (now.status === 'open') showWaitingForPhone(code, now);
    else if (now.status === 'signed-awaiting-witness') showWitness(code, now);
    else show(heading(), h('p', {}, t('staff.ceremony.closed')), backLink(code));
    return true;
  });
}

function refusalForm(code, ceremony) {
  const reason = h('textarea', { id: 'ceremony-refusal-reason', rows: 3, required: true, maxlength: 1000 });
  const message = h('p', { role: 'alert' });
  const refuse = async (event) => {
    event.preventDefault();
    try {
      await callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies/${ceremony.id}/refusal`, { reason: reason.value });
      show(heading(), h('p', { role: 'status' }, t('staff.ceremony.refused', { name: ceremony.newcomerName })), backLink(code));
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  return h('details', { class: 'refusal' },
    h('summary', {}, t('staff.ceremony.refusal')),
    h('form', { class: 'form', onsubmit: refuse },
      h('label', { for: 'ceremony-refusal-reason' }, t('staff.ceremony.refusalReason')), reason,
      h('button', { class: 'button', type: 'submit' }, t('staff.ceremony.recordRefusal'))),
    message);
}

/** The signed-in staff member confirms with their own account that the newcomer signed before them. */
function showWitness(code, ceremony) {
  const message = h('p', { role: 'alert' });
  const witness = async () => {
    try {
      const signature = await callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies/${ceremony.id}/witness`);
      showDone(code, ceremony, signature);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  show(
    h('h1', { 'data-title': t('staff.ceremony.title') }, t('staff.ceremony.witnessTitle')),
    h('p', {}, t('staff.ceremony.witnessText', { name: ceremony.newcomerName, witness: staffProfile()?.name ?? '' })),
    h('button', { class: 'button primary', type: 'button', id: 'ceremony-witness', onclick: witness }, t('staff.ceremony.witness')),
    message);
}

function showDone(code, ceremony, signature) {
  const message = h('p', { role: 'alert' });
  // The certificate needs the staff member's token, so a plain link cannot fetch it: it is fetched, then
  // saved under the verification code, which names no one.
  const download = async () => {
    try {
      const pdf = await getFile(`/api/v1/municipalities/${code}/signatures/${signature.id}/certificate.pdf`);
      save(pdf, `participatieverklaring-${signature.verificationCode}.pdf`);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  show(
    h('h1', {}, t('staff.ceremony.doneTitle')),
    h('p', { role: 'status' }, t('staff.ceremony.done', { name: ceremony.newcomerName })),
    h('dl', { class: 'facts' },
      h('dt', {}, t('staff.ceremony.code')),
      h('dd', {}, h('a', { id: 'ceremony-code', href: `#/verify/${signature.verificationCode}`, dir: 'ltr' }, signature.verificationCode))),
    h('p', {}, h('button', { class: 'button', type: 'button', id: 'ceremony-certificate', onclick: download },
      t('staff.ceremony.certificate'))),
    message,
    backLink(code));
}
