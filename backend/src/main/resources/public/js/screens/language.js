// The first screen: every language in its own script, one tap to choose.
import { getJson } from '../api.js';
import { chosenLanguage, useLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';

export async function showLanguagePicker() {
  const locales = await getJson('/api/v1/locales');
  const chosen = chosenLanguage();
  const buttons = locales.map((locale) => h('li', {},
    h('button', {
      type: 'button',
      lang: locale.code,
      dir: locale.direction,
      'aria-current': locale.code === chosen ? 'true' : false,
      onclick: async () => {
        await useLanguage(locale.code);
        location.hash = '#/';
      },
    },
    h('span', { class: 'native' }, locale.name),
    h('span', { class: 'dutch', lang: 'nl', dir: 'ltr' }, locale.dutchName))));
  show(
    h('h1', {}, t('language.title')),
    h('p', { class: 'lead' }, t('language.intro')),
    h('ul', { class: 'language-list' }, buttons),
  );
}
