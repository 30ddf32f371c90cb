// Honest notices about a text: not yet checked, older than the Dutch source, or in another language.
import { t } from '../i18n.js';
import { h } from '../dom.js';

export function textNotices(text, languageNames) {
  const notices = [];
  if (text.fallback) {
    notices.push(t('status.fallback', { language: languageNames[text.lang] ?? text.lang }));
  }
  if (text.status === 'unreviewed') notices.push(t('status.unreviewed'));
  if (text.status === 'outdated') notices.push(t('status.outdated'));
  return notices.map((notice) => h('p', { class: 'notice' }, notice));
}

let names = null;

/** Names of the languages in their own script, for "you are reading this in …". */
export async function languageNames(getJson) {
  if (!names) {
    const locales = await getJson('/api/v1/locales');
    names = Object.fromEntries(locales.map((locale) => [locale.code, locale.name]));
  }
  return names;
}
