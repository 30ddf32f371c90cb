// Search across the values module and wegwijs, in the newcomer's language or in Dutch. The index is
// downloaded once and kept by the service worker, so search also works offline.
import { getJson } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';
import { chosenMunicipality } from './municipalities.js';

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export async function showSearch(initial = '') {
  const { lang } = currentLanguage();
  const index = await getJson(`/api/v1/search-index?lang=${lang}`);
  const entries = index.entries.map((entry) => ({
    entry,
    title: fold(`${entry.title} ${entry.dutchTitle} ${entry.keywords.join(' ')}`),
    body: fold(`${entry.summary} ${entry.text} ${entry.dutchText}`),
  }));
  const input = h('input', { id: 'search-input', type: 'search', value: initial, enterkeyhint: 'search' });
  const results = h('div', { 'aria-live': 'polite' });
  const run = () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      results.replaceChildren();
      return;
    }
    const found = entries
      .filter(({ title, body }) => words.every((word) => title.includes(word) || body.includes(word)))
      .sort((a, b) => Number(words.every((w) => b.title.includes(w))) - Number(words.every((w) => a.title.includes(w))));
    results.replaceChildren(
      h('p', { class: 'meta-line' }, t('search.resultsFor', { query: input.value.trim() })),
      found.length === 0 ? h('p', {}, t('search.noResults')) : h('ul', { class: 'cards' }, found.map(({ entry }) => h('li', {},
        h('a', { class: 'card', href: link(entry) },
          h('span', { class: 'card-title', lang: entry.textLang }, entry.title),
          h('span', { class: 'card-meta', lang: entry.textLang }, entry.summary))))),
    );
  };
  input.addEventListener('input', run);
  show(
    h('h1', {}, t('search.title')),
    h('form', { role: 'search', onsubmit: (event) => { event.preventDefault(); run(); } },
      h('label', { for: 'search-input' }, t('search.label')),
      h('div', { class: 'search-row' }, input, h('button', { class: 'button primary', type: 'submit' }, t('search.button')))),
    results,
  );
  run();
}

function link(entry) {
  if (entry.module === 'values') return `#/values/${entry.slug}`;
  const municipality = chosenMunicipality();
  // Without a municipality the topic is carried through the choice, so it opens right after it.
  return municipality ? `#/wegwijs/${municipality}/${entry.slug}` : `#/municipalities?topic=${entry.slug}`;
}
