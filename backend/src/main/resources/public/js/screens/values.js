// The values module: its pages in order. Opening it keeps the whole module for offline reading,
// together with the search index and the interface texts, so that reading and search also work after
// the phone restarts offline (the texts of a first visit arrive before the service worker runs).
import { getJson, keepOffline } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';

export async function showValues() {
  const { lang } = currentLanguage();
  const outline = await getJson(`/api/v1/values?lang=${lang}`);
  show(
    h('h1', {}, t('values.title')),
    h('p', { class: 'lead' }, t('values.intro')),
    h('ol', { class: 'page-list' }, outline.pages.map((page) => h('li', {},
      h('a', { href: `#/values/${page.slug}` },
        h('span', { class: 'title', lang: page.textLang, dir: page.textDir }, page.title),
        h('span', { class: 'meta' }, page.readingTime))))),
  );
  keepModuleOffline(outline.pages.map((page) => page.slug), lang);
}

export function keepModuleOffline(slugs, lang) {
  const languages = lang === 'nl' ? ['nl'] : [lang, 'nl'];
  keepOffline([`/api/v1/messages?lang=${lang}`, `/api/v1/values?lang=${lang}`, '/api/v1/locales', `/api/v1/search-index?lang=${lang}`,
    ...languages.flatMap((code) => slugs.map((slug) => `/api/v1/values/${slug}?lang=${code}`))]);
}
