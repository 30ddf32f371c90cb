// The signing ceremony on the staff member's device. The staff parts are Dutch; the part the newcomer
// reads and signs speaks their language (lang and dir from the ceremony), beside the Dutch text signed.
import { callApi, getFile, getJson, staffProfile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { problemText } from './staff-kit.js';

/** Opens a ceremony for a newcomer at the counter or at their session, then shows it under its own link. */
export async function openCeremony(code, newcomerId, sessionId) {
  const opened = await callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies`, { newcomerId, sessionId });
  location.hash = `#/staff/${code}/ceremonies/${opened.id}`;
}

/** The ceremony as far as it has come: reading and signing, then the witness, then done. */
export async function showCeremony(code, id) {
  const ceremony = await callApi('GET', `/api/v1/municipalities/${code}/signing-ceremonies/${id}`);
  if (ceremony.status === 'open') await showSigning(code, ceremony);
  else if (ceremony.status === 'signed-awaiting-witness') showWitness(code, ceremony);
  else show(heading(), h('p', {}, t('staff.ceremony.closed')), backLink(code));
}

const heading = () => h('h1', {}, t('staff.ceremony.title'));
const backLink = (code) => h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.backToList')));

/** The interface texts in the newcomer's language, without changing the language of the staff screens. */
async function newcomerTexts(locale) {
  const data = await getJson(`/api/v1/messages?lang=${encodeURIComponent(locale)}`).catch(() => ({ messages: {} }));
  return (key) => data.messages[key] ?? t(key);
}

async function showSigning(code, ceremony) {
  const say = await newcomerTexts(ceremony.locale);
  const theirs = { lang: ceremony.translation?.lang ?? ceremony.locale, dir: ceremony.direction };
  const message = h('p', { role: 'alert' });
  const pad = signaturePad(say);
  const read = h('input', { id: 'ceremony-read', type: 'checkbox' });
  const typed = h('input', { id: 'ceremony-typed-name', autocomplete: 'off', lang: theirs.lang, dir: 'auto' });
  // One key for this screen: a double tap or a retry after a lost connection is the same signing.
  const key = crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  const submit = async (event) => {
    event.preventDefault();
    message.className = 'notice';
    if (!read.checked) {
      message.textContent = say('ceremony.confirmFirst');
      return;
    }
    const typedName = typed.value.trim();
    if (!typedName && !pad.drawn()) {
      message.textContent = say('ceremony.signFirst');
      return;
    }
    try {
      const signed = await callApi('POST', `/api/v1/municipalities/${code}/signing-ceremonies/${ceremony.id}/signature`,
        typedName ? { readAndUnderstood: true, typedName } : { readAndUnderstood: true, signaturePng: pad.png() },
        { extraHeaders: { 'Idempotency-Key': key } });
      showWitness(code, signed);
    } catch (failure) {
      message.textContent = problemText(failure);
    }
  };

  show(
    backLink(code),
    h('h1', { 'data-title': t('staff.ceremony.title') }, t('staff.ceremony.for', { name: ceremony.newcomerName })),
    h('p', { class: 'meta-line' }, t('staff.ceremony.handOver')),
    h('section', { class: 'ceremony', 'aria-labelledby': 'ceremony-declaration', ...theirs },
      ceremony.signingVoluntary && ceremony.voluntaryNotice
        ? h('div', { class: 'notice', id: 'ceremony-voluntary' }, h('p', {}, ceremony.voluntaryNotice),
          h('p', { class: 'meta-line', lang: 'nl', dir: 'ltr' }, ceremony.voluntaryNoticeDutch)) : null,
      h('h2', { id: 'ceremony-declaration' }, say('ceremony.declaration')),
      ceremony.translation?.reviewStatus === 'unreviewed' ? h('p', { class: 'meta-line' }, say('status.unreviewed')) : null,
      sideBySide(ceremony.dutch.title, ceremony.dutch.html, ceremony.translation?.title, ceremony.translation?.html, theirs),
      ceremony.localAgreements ? [
        h('h2', {}, say('ceremony.localAgreements')),
        sideBySide(null, ceremony.localAgreements.dutchHtml, null, ceremony.localAgreements.translationHtml, theirs),
      ] : null,
      h('form', { class: 'form ceremony-form', onsubmit: submit },
        h('label', { class: 'check' }, read, ' ', say('ceremony.readAndUnderstood')),
        h('h2', {}, say('ceremony.sign')),
        pad.element,
        h('label', { for: 'ceremony-typed-name' }, say('ceremony.typeInstead')), typed,
        h('button', { class: 'button primary', type: 'submit', id: 'ceremony-submit' }, say('ceremony.submit'))),
      message),
    refusalForm(code, ceremony));
}

/** The Dutch text and the translation: side by side on a wide screen, one under the other on a narrow one. */
function sideBySide(dutchTitle, dutchHtml, title, html, theirs) {
  const text = (lang, dir, heading, body, className) => {
    const content = h('div', { class: 'declaration-body' });
    content.innerHTML = body; // sanitised by the server
    return h('article', { class: className, lang, dir }, heading ? h('h3', {}, heading) : null, content);
  };
  return h('div', { class: 'declaration' },
    text('nl', 'ltr', dutchTitle, dutchHtml, 'declaration-dutch'),
    html ? text(theirs.lang, theirs.dir, title, html, 'declaration-translation') : null);
}

/**
 * A field to sign in with finger, pen or mouse (pointer events), kept as a PNG. The canvas has a fixed
 * size in pixels and is scaled to the screen's width; strokes are mapped back to its own pixels.
 */
function signaturePad(say) {
  const canvas = h('canvas', { id: 'ceremony-signature', width: 600, height: 220, role: 'img', 'aria-label': say('ceremony.signHere') });
  const context = canvas.getContext('2d');
  context.lineWidth = 3;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#000';
  let drawing = false;
  let drawn = false;
  const point = (event) => {
    const box = canvas.getBoundingClientRect();
    return [(event.clientX - box.left) * (canvas.width / box.width), (event.clientY - box.top) * (canvas.height / box.height)];
  };
  canvas.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    canvas.setPointerCapture?.(event.pointerId);
    drawing = true;
    context.beginPath();
    context.moveTo(...point(event));
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drawing) return;
    context.lineTo(...point(event));
    context.stroke();
    drawn = true;
  });
  const stop = () => { drawing = false; };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);
  const clear = () => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    drawn = false;
  };
  return {
    element: h('div', { class: 'signature-pad' },
      h('p', { id: 'ceremony-sign-here' }, say('ceremony.signHere')),
      canvas,
      h('button', { class: 'button', type: 'button', onclick: clear }, say('ceremony.clear'))),
    drawn: () => drawn,
    png: () => canvas.toDataURL('image/png'),
  };
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
      const link = h('a', { href: URL.createObjectURL(pdf), download: `participatieverklaring-${signature.verificationCode}.pdf` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
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
