// The invitation letter, in Dutch and in the newcomer's language, ready to print.
import { callApi, getJson } from '../api.js';
import { h, show } from '../dom.js';
import { t } from '../i18n.js';

function fill(pattern, values) {
  return pattern.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

export async function showLetter(code, newcomerId) {
  const letter = await callApi('POST', `/api/v1/municipalities/${code}/newcomers/${newcomerId}/invitations`);
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
  show(
    h('p', { class: 'no-print' }, h('a', { href: `#/staff/${code}` }, t('staff.title')), ' · ',
      h('button', { class: 'button primary', type: 'button', onclick: () => window.print() }, t('staff.print'))),
    h('h1', { class: 'no-print', 'data-title': t('staff.title') }, t('staff.letterFor', { name: letter.newcomerName })),
    h('article', { class: 'letter' },
      h('img', { class: 'letter-qr', src: letter.qrCode, alt: letter.link, width: 180, height: 180 }),
      halves),
  );
}
