// The part of a signing ceremony the newcomer reads and signs, in their language (lang and dir from the
// ceremony) beside the Dutch text signed: the same on the staff member's device and on the newcomer's phone.
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';

/** The interface texts in the ceremony's language, whatever language the screens around it speak. */
export async function newcomerTexts(locale) {
  const data = await getJson(`/api/v1/messages?lang=${encodeURIComponent(locale)}`).catch(() => ({ messages: {} }));
  return (key) => data.messages[key] ?? t(key);
}

/**
 * The texts, "read and understood", and the signature drawn or typed. {@code send(body, key)} submits it
 * and answers the ceremony as it is then; {@code failed(failure)} says what went wrong, in words for whoever
 * holds the device.
 */
export function declarationForm(ceremony, say, { send, signed, failed }) {
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
      signed(await send(typedName ? { readAndUnderstood: true, typedName } : { readAndUnderstood: true, signaturePng: pad.png() }, key));
    } catch (failure) {
      message.textContent = failed(failure);
    }
  };
  return h('section', { class: 'ceremony', 'aria-labelledby': 'ceremony-declaration', ...theirs },
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
    message);
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

/**
 * Asks {@code load} again every few seconds while this screen is shown, until {@code done(answer)} says the
 * wait is over. Leaving the screen (another link) ends the asking.
 */
export function waitFor(load, done, every = 2000) {
  const screen = location.hash;
  const next = async () => {
    if (location.hash !== screen) return;
    const answer = await load().catch(() => null); // a lost connection: ask again at the next turn
    if (location.hash !== screen) return;
    if (answer && done(answer)) return;
    setTimeout(next, every);
  };
  setTimeout(next, every);
}

/** Saves a file fetched with the caller's token on the device, under a name that names no one. */
export function save(blob, name) {
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}
