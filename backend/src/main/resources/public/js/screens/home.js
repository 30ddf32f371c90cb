// Start screen after choosing a language: what Meedoen offers.
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { chosenMunicipality } from './municipalities.js';
import { pushSettings } from './push-settings.js';

export function showHome() {
  show(
    h('h1', {}, t('home.title')),
    h('p', { class: 'lead' }, t('home.intro')),
    h('ul', { class: 'cards' },
      h('li', {}, h('a', { class: 'card', href: '#/values' },
        h('span', { class: 'card-title' }, t('values.title')),
        h('span', { class: 'card-meta' }, t('home.valuesText')))),
      h('li', {}, h('a', { class: 'card', href: chosenMunicipality() ? `#/wegwijs/${chosenMunicipality()}` : '#/municipalities' },
        h('span', { class: 'card-title' }, t('wegwijs.title')),
        h('span', { class: 'card-meta' }, t('home.wegwijsText')))),
      h('li', {}, h('a', { class: 'card', href: '#/search' },
        h('span', { class: 'card-title' }, t('search.title')),
        h('span', { class: 'card-meta' }, t('search.label'))))),
    pushSettings(),
  );
}
