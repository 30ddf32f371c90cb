// Content editors (in Dutch): the dashboard of languages × sections, the pages of one language, and the
// side-by-side editor with the Dutch source, the changes to it, and a live preview as newcomers see it.
import { callApi, getJson, staffProfile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { languageNames, problemText } from './staff-kit.js';
import { reviewBlocked } from './ui-text-editor.js';

const STATUSES = ['missing', 'fallback', 'in-translation', 'outdated', 'unreviewed', 'reviewed'];
// The dashboard's field for each status.
const FIELDS = { 'in-translation': 'inTranslation' };

function statusBadge(status) {
  return h('span', { class: `status-badge status-${status}` }, t(`staff.editing.status.${status}`));
}

export async function showEditingDashboard(lang = '', status = '') {
  const query = new URLSearchParams(Object.entries({ lang, status }).filter(([, value]) => value)).toString();
  const [rows, names] = await Promise.all([callApi('GET', `/api/v1/editing/dashboard${query ? `?${query}` : ''}`), languageNames()]);
  const langSelect = h('select', { id: 'editing-lang' }, h('option', { value: '' }, t('staff.editing.allLanguages')),
    [...names].filter(([code]) => code !== 'nl').map(([code, name]) => h('option', { value: code, selected: code === lang }, name)));
  const statusSelect = h('select', { id: 'editing-status' }, h('option', { value: '' }, t('staff.editing.allStatuses')),
    STATUSES.map((code) => h('option', { value: code, selected: code === status }, t(`staff.editing.status.${code}`))));
  const filter = (event) => {
    event.preventDefault();
    location.hash = `#/staff/editing?lang=${langSelect.value}&status=${statusSelect.value}`;
  };
  const nationalEditor = staffProfile()?.roles.some((grant) => (grant.role === 'editor' && !grant.municipality) || grant.role === 'admin');
  show(h('h1', {}, t('staff.editing.title')),
    nationalEditor ? h('p', {}, h('a', { class: 'button', id: 'translator-files-link', href: '#/staff/editing/files' }, t('staff.files.open'))) : null,
    h('form', { class: 'form filter-row', onsubmit: filter },
      h('label', { for: 'editing-lang' }, t('staff.editing.language')), langSelect,
      h('label', { for: 'editing-status' }, t('staff.editing.statusFilter')), statusSelect,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.editing.filter'))),
    h('div', { class: 'table-scroll' }, h('table', { id: 'editing-dashboard', class: 'dashboard' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('staff.editing.language')), h('th', { scope: 'col' }, t('staff.editing.section')),
        STATUSES.map((code) => h('th', { scope: 'col' }, t(`staff.editing.status.${code}`))), h('th', { scope: 'col' }, t('staff.editing.complete')))),
      h('tbody', {}, rows.map((row) => h('tr', {},
        h('td', {}, names.get(row.lang) ?? row.lang),
        h('td', {}, h('a', { href: `#/staff/editing/${row.lang}/${row.section}` }, row.sectionName)),
        STATUSES.map((code) => h('td', { class: 'number' }, String(row[FIELDS[code] ?? code]))),
        h('td', { class: 'number' }, `${row.completeness}%`)))))),
    await languagesRead(names));
}

/** The languages the editor reads: only those translations they may mark reviewed. */
async function languagesRead(names) {
  const mine = new Set((await callApi('GET', '/api/v1/staff/me/languages')).languages);
  const message = h('p', { role: 'status', id: 'languages-read-message' });
  const boxes = [...names].filter(([code]) => code !== 'nl').map(([code, name]) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'reads', value: code, checked: mine.has(code) }), ' ', name));
  const save = async (event) => {
    event.preventDefault();
    const languages = boxes.map((label) => label.querySelector('input')).filter((box) => box.checked).map((box) => box.value);
    try {
      await callApi('PUT', '/api/v1/staff/me/languages', { languages });
      message.textContent = t('staff.editing.languagesSaved');
    } catch (failure) {
      message.textContent = problemText(failure);
    }
  };
  return h('section', { id: 'languages-read' }, h('h2', {}, t('staff.editing.languagesRead')),
    h('p', {}, t('staff.editing.languagesReadHelp')),
    h('form', { class: 'form', onsubmit: save }, h('fieldset', {}, h('legend', {}, t('staff.editing.languagesRead')), boxes),
      h('button', { class: 'button', type: 'submit', id: 'languages-read-save' }, t('staff.editing.saveLanguages'))),
    message);
}

export async function showEditingList(lang, module) {
  const [texts, names] = await Promise.all([callApi('GET', `/api/v1/editing/texts?lang=${lang}&module=${module}`), languageNames()]);
  const local = module.startsWith('local:') ? await getJson(`/api/v1/municipalities/${module.slice(6)}`).catch(() => ({ name: module.slice(6) })) : null;
  const section = local ? `${t('staff.editing.localPages')} ${local.name}` : t(`staff.editing.module.${module}`);
  show(h('h1', {}, `${section} · ${names.get(lang) ?? lang}`),
    h('p', {}, h('a', { href: '#/staff/editing' }, t('staff.editing.backToDashboard'))),
    h('ul', { class: 'rows', id: 'editing-texts' }, texts.map((text) => h('li', {},
      h('a', { class: 'row-title', href: `#/staff/editing/${text.module}/${text.slug}/${text.lang}` }, text.title), ' ',
      statusBadge(text.status)))));
}

export async function showEditor(module, slug, lang) {
  const item = await callApi('GET', `/api/v1/editing/${module}/${slug}/${lang}`);
  const base = `/api/v1/editing/${module}/${slug}/${lang}`;
  const start = item.draft ?? item.text ?? { title: lang === 'nl' ? item.source.title : '', summary: '', body: lang === 'nl' ? item.source.body : '' };
  const field = (id, tag, value, extra = {}) => {
    const element = h(tag, { id, lang, dir: item.dir, ...extra });
    element.value = value;
    return element;
  };
  const title = field('editor-title', 'input', start.title);
  const summary = field('editor-summary', 'input', start.summary);
  const body = field('editor-body', 'textarea', start.body, { rows: 18 });
  const preview = h('div', { id: 'editor-preview', class: 'page-body', lang, dir: item.dir, 'aria-live': 'polite' });
  const message = h('p', { role: 'alert', id: 'editor-message' });
  const minor = h('input', { id: 'editor-minor', type: 'checkbox' });
  let pending;
  const refreshPreview = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const rendered = await callApi('POST', '/api/v1/editing/preview', { body: body.value }).catch(() => null);
      // The server's sanitiser made this HTML; it is the same HTML newcomers will be served.
      if (rendered) preview.innerHTML = rendered.html;
    }, 250);
  };
  body.addEventListener('input', refreshPreview);
  const act = async (method, path, payload, done) => {
    try {
      await callApi(method, path, payload);
      await showEditor(module, slug, lang);
      document.getElementById('editor-message').textContent = done;
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  const text = () => ({ title: title.value, summary: summary.value, body: body.value });
  show(h('h1', {}, `${item.source.title} · ${lang}`),
    h('p', { class: 'meta-line' }, h('a', { href: '#/staff/editing' }, t('staff.editing.backToDashboard')), ' · ',
      t('staff.editing.currentStatus'), ' ', statusBadge(item.status)),
    item.sourceChanges ? h('section', { id: 'source-changes' }, h('h2', {}, t('staff.editing.sourceChanges')),
      h('pre', { class: 'diff', lang: 'nl' }, item.sourceChanges.filter((line) => line.change !== 'same' || line.text.trim())
        .map((line) => h('span', { class: `diff-${line.change}` }, `${line.change === 'added' ? '+ ' : line.change === 'removed' ? '− ' : '  '}${line.text}\n`)))) : null,
    h('div', { class: 'side-by-side' },
      h('section', { id: 'editor-source', lang: 'nl', dir: 'ltr' }, h('h2', {}, t('staff.editing.source')),
        h('p', {}, h('strong', {}, item.source.title)), h('p', {}, item.source.summary), h('pre', { class: 'source-text' }, item.source.body)),
      h('section', {}, h('h2', {}, lang === 'nl' ? t('staff.editing.dutchText') : t('staff.editing.translation')),
        h('form', { class: 'form', onsubmit: (event) => event.preventDefault() },
          h('label', { for: 'editor-title' }, t('staff.editing.fieldTitle')), title,
          h('label', { for: 'editor-summary' }, t('staff.editing.fieldSummary')), summary,
          h('label', { for: 'editor-body' }, t('staff.editing.fieldBody')), body,
          lang === 'nl' ? h('label', { class: 'check' }, minor, ' ', t('staff.editing.minorEdit')) : null,
          h('p', { class: 'button-row' },
            h('button', { class: 'button', type: 'button', id: 'editor-save', onclick: () => act('PUT', `${base}/draft`, text(), t('staff.editing.saved')) },
              t('staff.editing.saveDraft')),
            h('button', { class: 'button primary', type: 'button', id: 'editor-publish',
              onclick: () => act('POST', `${base}/publication`, { ...text(), minorEdit: minor.checked }, t('staff.editing.published')) },
            t('staff.editing.publish')),
            item.canReview ? h('button', { class: 'button', type: 'button', id: 'editor-review',
              onclick: () => act('POST', `${base}/review`, undefined, t('staff.editing.reviewed')) }, t('staff.editing.review')) : null),
          reviewBlocked(item.reviewBlock, lang)),
        message)),
    h('section', {}, h('h2', {}, t('staff.editing.preview')), preview));
  refreshPreview();
}
