// A newcomer's invitation letter. Looking at it changes nothing: it says whether a letter is open and
// since when. A new code is made only when the coordinator asks for it, after a warning that the letter
// printed before stops working. The code itself exists only on the letter (the server keeps a hash), so
// a letter can be printed while this tab holds it, not again after a reload.
import { callApi, getJson } from '../api.js';
import { h, show } from '../dom.js';
import { t } from '../i18n.js';
import { confirmed, dutchDay, dutchMoment, problemText, setupWarning } from './staff-kit.js';

/** Letters issued in this tab, by newcomer, until the page is reloaded. */
const printable = new Map();

const STATES = { open: 'staff.letterOpen', redeemed: 'staff.letterRedeemed', revoked: 'staff.letterRevoked', expired: 'staff.letterExpired' };

function fill(pattern, values) {
  return pattern.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/** Issues a new code for the newcomer; earlier codes stop working and a linked phone is signed out. */
export async function issueLetter(code, newcomerId) {
  const letter = await callApi('POST', `/api/v1/municipalities/${code}/newcomers/${newcomerId}/invitations`);
  printable.set(newcomerId, letter);
  return letter;
}

export async function showLetter(code, newcomerId) {
  const base = `/api/v1/municipalities/${code}/newcomers/${newcomerId}`;
  const [newcomer, issued, warning] = await Promise.all([callApi('GET', base), callApi('GET', `${base}/invitations`), setupWarning()]);
  const open = issued.find((invitation) => invitation.state === 'open');
  const letter = printable.get(newcomerId);
  const message = h('p', { role: 'alert' });
  const issueNew = async () => {
    // Only a brand-new newcomer has nothing to lose; otherwise the person says that they know.
    const losesSomething = open || newcomer.deviceLinked;
    if (losesSomething && !confirmed(t('staff.newCodeQuestion', { name: newcomer.name }))) return;
    try {
      await issueLetter(code, newcomerId);
      await showLetter(code, newcomerId);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  const newCode = h('button', { class: 'button', type: 'button', id: 'new-code', onclick: issueNew },
    issued.length === 0 ? t('staff.makeLetter') : t('staff.newCode'));
  const back = h('a', { href: `#/staff/${code}/newcomers/${newcomerId}` }, t('staff.backToNewcomer'));
  if (letter && open && letter.invitationId === open.id) {
    show(
      h('p', { class: 'no-print toolbar' }, back,
        h('button', { class: 'button primary', type: 'button', onclick: () => window.print() }, t('staff.print')), newCode),
      h('h1', { class: 'no-print', 'data-title': t('staff.letterTitle') }, t('staff.letterFor', { name: letter.newcomerName })),
      warning ? h('div', { class: 'no-print' }, warning) : null,
      message,
      await printableLetter(letter),
    );
    return;
  }
  show(
    h('p', {}, back),
    h('h1', { 'data-title': t('staff.letterTitle') }, t('staff.letterFor', { name: newcomer.name })),
    warning,
    h('p', { class: 'lead', id: 'letter-state' }, open
      ? t('staff.openLetter', { issued: dutchMoment(open.issuedAt), until: dutchDay(open.validUntil) })
      : t('staff.noOpenLetter')),
    newcomer.deviceLinked ? h('p', {}, t('staff.phoneLinkedNote')) : null,
    issued.length > 0 || newcomer.deviceLinked ? h('p', { class: 'notice' }, t('staff.newCodeWarning')) : null,
    h('p', {}, newCode),
    message,
    issued.length > 0 ? h('section', {}, h('h2', {}, t('staff.earlierLetters')), h('ul', { class: 'rows', id: 'letter-history' },
      issued.map((invitation) => h('li', {}, h('span', { class: 'row-title' }, dutchMoment(invitation.issuedAt)),
        h('span', { class: 'row-meta' }, t(STATES[invitation.state])))))) : null,
  );
}

async function printableLetter(letter) {
  const languages = letter.language === 'nl' ? ['nl'] : ['nl', letter.language];
  const parts = await Promise.all(languages.map((lang) => getJson(`/api/v1/messages?lang=${lang}`)));
  const halves = parts.map((texts) => {
    const m = texts.messages;
    const values = { name: letter.newcomerName, municipality: letter.municipality, address: letter.address, date: letter.validUntilText[texts.lang] };
    return h('section', { class: 'letter-half', lang: texts.lang, dir: texts.dir },
      h('h2', {}, m['letter.title']),
      h('p', {}, fill(m['letter.greeting'], values)),
      h('p', {}, fill(m['letter.body'], values)),
      h('p', {}, fill(m['letter.howTo'], values)),
      h('p', { class: 'letter-code', dir: 'ltr' }, letter.code),
      h('p', {}, fill(m['letter.validUntil'], values)),
      h('p', {}, h('strong', {}, m['letter.private'])));
  });
  return h('article', { class: 'letter' },
    h('img', { class: 'letter-qr', src: letter.qrCode, alt: letter.link, width: 180, height: 180 }),
    halves);
}
