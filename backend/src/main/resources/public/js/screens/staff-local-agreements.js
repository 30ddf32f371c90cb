// Staff screen (in Dutch): a coordinator keeps the municipality's local agreements — what newcomer and
// municipality may expect of each other — in Dutch with translations. Saving makes a new version; the
// older ones stay listed, because signatures name the version that was shown.
import { callApi, getJson } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { dutchMoment, dutchProblem, invalidFields } from './staff-kit.js';

const MAX_LENGTH = 8000;
const KNOWN_PROBLEMS = {
  '409 Nothing changed': 'staff.agreements.unchanged',
  400: 'staff.agreements.invalid',
};

export async function showLocalAgreements(code, notice = '') {
  const base = `/api/v1/municipalities/${code}/local-agreements`;
  const [versions, locales] = await Promise.all([callApi('GET', `${base}/versions`), getJson('/api/v1/locales')]);
  const languages = locales.filter((locale) => locale.code !== 'nl');
  const current = versions[0] ?? null;
  show(
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.title'))),
    h('h1', {}, t('staff.agreements.title')),
    h('p', {}, t('staff.agreements.intro')),
    h('p', { role: 'status', id: 'agreements-notice', class: notice ? 'notice' : '' }, notice),
    h('section', { id: 'agreements-current', 'aria-labelledby': 'agreements-current-title' },
      h('h2', { id: 'agreements-current-title' }, t('staff.agreements.current')),
      current ? versionView(current, languages) : h('p', {}, t('staff.agreements.none'))),
    agreementsForm(code, base, current, languages),
    versions.length > 1 ? h('section', { id: 'agreements-versions' },
      h('h2', {}, t('staff.agreements.earlier')),
      versions.slice(1).map((version) => h('details', { class: 'agreements-version', 'data-version': version.version },
        h('summary', {}, versionLine(version)), versionView(version, languages)))) : null,
  );
}

function versionLine(version) {
  return version.savedBy
    ? t('staff.agreements.versionBy', { version: version.version, moment: dutchMoment(version.savedAt), name: version.savedBy })
    : t('staff.agreements.versionAt', { version: version.version, moment: dutchMoment(version.savedAt) });
}

/** One version: who saved it when, the Dutch text, and each translation with its review status. */
function versionView(version, languages) {
  const names = new Map(languages.map((locale) => [locale.code, locale]));
  return h('div', { class: 'agreements-texts' },
    h('p', { class: 'meta-line' }, versionLine(version)),
    h('h3', {}, t('staff.agreements.dutch')),
    h('div', { class: 'source-text', lang: 'nl' }, version.dutch),
    Object.entries(version.translations).map(([lang, text]) => {
      const locale = names.get(lang);
      return h('div', { class: 'agreements-translation', 'data-lang': lang },
        h('h3', {}, locale ? `${locale.dutchName} — ${locale.name}` : lang, ' ',
          version.reviewStatus[lang] === 'unreviewed'
            ? h('span', { class: 'status-badge status-unreviewed' }, t('staff.editing.status.unreviewed')) : null),
        h('div', { class: 'source-text', lang, dir: locale?.direction ?? 'auto' }, text));
    }));
}

/**
 * The texts of a new version, filled in with the current one. A translation left empty is left out;
 * a field the API refuses shows the reason beside it, in Dutch.
 */
function agreementsForm(code, base, current, languages) {
  const fieldError = (id) => h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const dutch = h('textarea', { id: 'agreements-dutch', rows: 8, maxlength: MAX_LENGTH, lang: 'nl', 'aria-describedby': 'agreements-dutch-error' });
  dutch.value = current?.dutch ?? '';
  const fields = new Map([['dutch', { input: dutch, error: fieldError('agreements-dutch') }]]);
  const translations = languages.map((locale) => {
    const id = `agreements-translation-${locale.code}`;
    const input = h('textarea', { id, rows: 5, maxlength: MAX_LENGTH, lang: locale.code, dir: locale.direction, 'aria-describedby': `${id}-error` });
    input.value = current?.translations[locale.code] ?? '';
    const error = fieldError(id);
    fields.set(`translations.${locale.code}`, { input, error });
    return h('details', { class: 'agreements-language', open: Boolean(input.value) },
      h('summary', {}, `${locale.dutchName} — ${locale.name}`),
      h('label', { for: id }, t('staff.agreements.translationIn', { language: locale.dutchName })), input, error);
  });
  const message = h('p', { role: 'alert', id: 'agreements-message' });
  const clearErrors = () => fields.forEach(({ input, error }) => {
    input.removeAttribute('aria-invalid');
    error.hidden = true;
    error.textContent = '';
  });
  const showErrors = (invalid) => {
    let first = null;
    for (const [name, field] of fields) {
      if (!invalid.has(name)) continue;
      field.input.setAttribute('aria-invalid', 'true');
      field.error.hidden = false;
      field.error.textContent = fieldText(name, field.input.value);
      field.input.closest('details')?.setAttribute('open', '');
      first ??= field.input;
    }
    first?.focus();
  };
  const submit = async (event) => {
    event.preventDefault();
    clearErrors();
    message.className = '';
    message.textContent = '';
    const body = { dutch: dutch.value, translations: {} };
    for (const locale of languages) {
      const text = fields.get(`translations.${locale.code}`).input.value;
      if (text.trim()) body.translations[locale.code] = text;
    }
    try {
      const saved = await callApi('PUT', base, body);
      await showLocalAgreements(code, t('staff.agreements.saved', { version: saved.version }));
    } catch (failure) {
      message.className = 'notice';
      message.textContent = dutchProblem(failure, KNOWN_PROBLEMS);
      showErrors(invalidFields(failure));
    }
  };
  return h('section', { 'aria-labelledby': 'agreements-edit-title' },
    h('h2', { id: 'agreements-edit-title' }, current ? t('staff.agreements.edit') : t('staff.agreements.first')),
    h('form', { class: 'form agreements-form', id: 'agreements-form', novalidate: true, onsubmit: submit },
      h('label', { for: 'agreements-dutch' }, t('staff.agreements.dutchField')), dutch, fields.get('dutch').error,
      h('h3', {}, t('staff.agreements.translations')),
      h('p', { class: 'meta-line' }, t('staff.agreements.translationsHint')),
      translations,
      h('button', { class: 'button primary', type: 'submit', id: 'agreements-save' }, t('staff.agreements.save'))),
    message);
}

/** Why a field was refused, in Dutch; what the coordinator typed tells which rule it broke. */
function fieldText(name, value) {
  if (value.length > MAX_LENGTH) return t('staff.agreements.tooLong', { max: MAX_LENGTH });
  if (name === 'dutch') return t('staff.agreements.dutchRequired');
  return value.trim() ? t('staff.agreements.translationRefused') : t('staff.agreements.translationEmpty');
}
