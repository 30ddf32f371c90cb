// Choosing a municipality: search by name, ignoring accents ("sudwest" finds Súdwest-Fryslân).
import { getJson } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';

const STORAGE_KEY = 'meedoen.municipality';

export function chosenMunicipality() {
  return localStorage.getItem(STORAGE_KEY);
}

export function chooseMunicipality(code) {
  localStorage.setItem(STORAGE_KEY, code);
}

/** Chooses a municipality; with a topic (from a search result) that topic opens in the chosen one. */
export async function showMunicipalityChooser(topic) {
  const { lang } = currentLanguage();
  const results = h('ul', { class: 'cards', 'aria-live': 'polite' });
  const input = h('input', { id: 'municipality-search', type: 'search', autocomplete: 'off', enterkeyhint: 'search' });
  const search = async () => {
    const found = await getJson(`/api/v1/municipalities?lang=${lang}&search=${encodeURIComponent(input.value.trim())}`);
    results.replaceChildren(...(found.length === 0
      ? [h('li', {}, t('wegwijs.noMunicipality'))]
      : found.map((municipality) => h('li', {}, h('a', {
        class: 'card',
        href: topic ? `#/wegwijs/${municipality.code}/${topic}` : `#/wegwijs/${municipality.code}`,
        onclick: () => chooseMunicipality(municipality.code),
      }, h('span', { class: 'card-title', lang: 'nl' }, municipality.name),
      municipality.demo ? h('span', { class: 'card-meta' }, t('wegwijs.demoLabel')) : null)))));
  };
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  show(
    h('h1', {}, t('wegwijs.chooseMunicipality')),
    h('form', { role: 'search', onsubmit: (event) => { event.preventDefault(); search(); } },
      h('label', { for: 'municipality-search' }, t('wegwijs.searchMunicipality')),
      h('div', { class: 'search-row' }, input, h('button', { class: 'button primary', type: 'submit' }, t('search.button')))),
    results,
  );
  await search();
}
