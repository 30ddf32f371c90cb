// Content editors (in Dutch): the app's interface texts of one language, and the editor of one text,
// an ICU MessageFormat pattern beside its Dutch source, with the same statuses and review as pages.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { dutchMoment, languageNames, problemText } from './staff-kit.js';

function statusBadge(status) {
  return h('span', { class: `status-badge status-${status}` }, t(`staff.editing.status.${status}`));
}

const textPath = (lang, key) => `/api/v1/interface-texts/${lang}/${encodeURIComponent(key)}`;

export async function showInterfaceList(lang) {
  const [texts, names] = await Promise.all([callApi('GET', `/api/v1/interface-texts?lang=${lang}`), languageNames()]);
  show(h('h1', {}, `${t('staff.editing.module.interface')} · ${names.get(lang) ?? lang}`),
    h('p', {}, h('a', { href: '#/staff/editing' }, t('staff.editing.backToDashboard'))),
    h('ul', { class: 'rows', id: 'interface-texts' }, texts.map((text) => h('li', {},
      h('a', { class: 'row-title', href: `#/staff/editing/interface/${text.lang}/${text.key}` }, text.key), ' ',
      statusBadge(text.status), h('br'), h('span', { class: 'meta-line', lang: 'nl' }, text.dutch)))));
}

export async function showInterfaceEditor(lang, key) {
  const base = textPath(lang, key);
  const [item, versions] = await Promise.all([callApi('GET', base), callApi('GET', `${base}/versions`)]);
  const start = item.draft ?? item.text ?? { pattern: lang === 'nl' ? item.source.pattern : '' };
  const pattern = h('textarea', { id: 'ui-text-pattern', lang, dir: item.dir, rows: 4 });
  pattern.value = start.pattern;
  const message = h('p', { role: 'alert', id: 'editor-message' });
  const minor = h('input', { id: 'editor-minor', type: 'checkbox' });
  const act = async (method, path, payload, done) => {
    try {
      await callApi(method, path, payload);
      await showInterfaceEditor(lang, key);
      document.getElementById('editor-message').textContent = done;
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  const review = item.canReview
    ? h('button', { class: 'button', type: 'button', id: 'editor-review', onclick: () => act('POST', `${base}/review`, undefined, t('staff.editing.reviewed')) },
      t('staff.editing.review'))
    : reviewBlocked(item.reviewBlock, lang);
  show(h('h1', {}, `${key} · ${lang}`),
    h('p', { class: 'meta-line' }, h('a', { href: `#/staff/editing/${lang}/interface` }, t('staff.editing.module.interface')), ' · ',
      t('staff.editing.currentStatus'), ' ', statusBadge(item.status)),
    item.sourceChanges ? h('section', { id: 'source-changes' }, h('h2', {}, t('staff.editing.sourceChanges')),
      h('pre', { class: 'diff', lang: 'nl' }, item.sourceChanges.map((line) =>
        h('span', { class: `diff-${line.change}` }, `${line.change === 'added' ? '+ ' : line.change === 'removed' ? '− ' : '  '}${line.text}\n`)))) : null,
    h('div', { class: 'side-by-side' },
      h('section', { id: 'editor-source', lang: 'nl', dir: 'ltr' }, h('h2', {}, t('staff.editing.source')),
        h('pre', { class: 'source-text' }, item.source.pattern)),
      h('section', {}, h('h2', {}, lang === 'nl' ? t('staff.editing.dutchText') : t('staff.editing.translation')),
        h('form', { class: 'form', onsubmit: (event) => event.preventDefault() },
          h('label', { for: 'ui-text-pattern' }, t('staff.editing.pattern')), pattern,
          h('p', { class: 'meta-line' }, t('staff.editing.patternHelp')),
          lang === 'nl' ? h('label', { class: 'check' }, minor, ' ', t('staff.editing.minorEdit')) : null,
          h('p', { class: 'button-row' },
            h('button', { class: 'button', type: 'button', id: 'editor-save',
              onclick: () => act('PUT', `${base}/draft`, { pattern: pattern.value }, t('staff.editing.saved')) }, t('staff.editing.saveDraft')),
            h('button', { class: 'button primary', type: 'button', id: 'editor-publish',
              onclick: () => act('POST', `${base}/publication`, { pattern: pattern.value, minorEdit: minor.checked }, t('staff.editing.published')) },
            t('staff.editing.publish')))),
        review, message)),
    h('section', {}, h('h2', {}, t('staff.editing.versions')),
      h('ol', { reversed: true, id: 'ui-text-versions' }, versions.map((version) => h('li', {},
        h('span', { lang, dir: item.dir }, version.pattern), h('br'),
        h('span', { class: 'meta-line' }, `${version.publishedBy ?? t('staff.editing.shipped')} · ${dutchMoment(version.publishedAt)}`,
          version.reviewedBy ? ` · ${t('staff.editing.status.reviewed')}: ${version.reviewedBy}` : ''))))));
}

/** Why this editor cannot mark the text reviewed now, said instead of offering the button. */
export function reviewBlocked(block, lang) {
  if (!block || lang === 'nl') return null;
  return h('p', { class: 'meta-line', id: 'editor-review-blocked' }, t(`staff.editing.reviewBlocked.${block}`));
}
