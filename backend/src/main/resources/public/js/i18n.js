// The interface language: texts from /api/v1/messages, lang and dir on <html>.
import { getJson } from './api.js';

const STORAGE_KEY = 'meedoen.lang';
let messages = {};
let current = { lang: 'nl', dir: 'ltr' };

export function chosenLanguage() {
  return localStorage.getItem(STORAGE_KEY);
}

export function currentLanguage() {
  return current;
}

/** Loads the texts of a language; without a code the server picks one from the browser's languages. */
export async function useLanguage(code, { remember = true } = {}) {
  const query = code ? `?lang=${encodeURIComponent(code)}` : '';
  const data = await getJson(`/api/v1/messages${query}`);
  messages = data.messages;
  current = { lang: data.lang, dir: data.dir };
  if (remember) localStorage.setItem(STORAGE_KEY, data.lang);
  document.documentElement.lang = data.lang;
  document.documentElement.dir = data.dir;
  translateStatic();
  return current;
}

/** A text of the interface. Plurals are formatted by the server; here only {name} is filled in. */
export function t(key, values = {}) {
  const pattern = messages[key] ?? key;
  return pattern.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' ? new Intl.NumberFormat(current.lang).format(value) : String(value);
  });
}

function translateStatic() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-aria]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAria));
  }
  document.title = t('app.name');
}
