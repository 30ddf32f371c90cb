// Coordinators' newcomer screens: find, register and correct newcomers of their municipality.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { openCeremony } from './ceremony.js';
import { dutchDate, dutchDay, languageNames, languageSelect, problemText } from './staff-kit.js';
import { signatureSection } from './staff-signatures.js';

const GROUPS = ['permit-holder', 'family-migrant', 'eu-voluntary', 'other-voluntary'];
const REGIMES = ['wi2021', 'wi2013', 'voluntary'];

/** The newcomers part of a municipality's staff screen: search, the list, and registering someone new. */
export async function newcomerSection(code, newcomers, { onRegistered }) {
  const names = await languageNames();
  const list = h('ul', { class: 'rows', id: 'newcomer-list', 'aria-live': 'polite' });
  const fill = (found) => list.replaceChildren(...(found.length === 0
    ? [h('li', {}, t('staff.noNewcomers'))]
    : found.map((newcomer) => newcomerRow(code, newcomer, names))));
  fill(newcomers);

  // A name is personal data: it goes in the body of a POST, never into a URL.
  const query = h('input', { id: 'newcomer-search', type: 'search', autocomplete: 'off', enterkeyhint: 'search' });
  const searchMessage = h('p', { role: 'status' });
  const search = async (event) => {
    event.preventDefault();
    searchMessage.textContent = '';
    try {
      const wanted = query.value.trim();
      fill(wanted ? await callApi('POST', `/api/v1/municipalities/${code}/newcomers/search`, { name: wanted })
        : await callApi('GET', `/api/v1/municipalities/${code}/newcomers`));
    } catch (failure) {
      searchMessage.textContent = problemText(failure);
    }
  };

  const message = h('p', { role: 'alert' });
  const form = await newcomerForm('', {}, t('staff.registerAndLetter'), async (registration) => {
    try {
      const created = await callApi('POST', `/api/v1/municipalities/${code}/newcomers`, registration);
      await onRegistered(created);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  });
  return h('section', {},
    h('h2', {}, t('staff.newcomers')),
    h('form', { role: 'search', onsubmit: search },
      h('label', { for: 'newcomer-search' }, t('staff.searchNewcomer')),
      h('div', { class: 'search-row' }, query, h('button', { class: 'button', type: 'submit' }, t('staff.search')))),
    searchMessage,
    list,
    h('h3', {}, t('staff.register')),
    form,
    message);
}

function newcomerRow(code, newcomer, names) {
  const facts = [names.get(newcomer.preferredLanguage) ?? newcomer.preferredLanguage,
    newcomer.deadline ? t('staff.deadline', { date: dutchDate(newcomer.deadline) }) : t('staff.regime.voluntary'),
    newcomer.deviceLinked ? t('staff.linked') : null].filter(Boolean);
  return h('li', {},
    h('a', { class: 'row-title', href: `#/staff/${code}/newcomers/${newcomer.id}` }, newcomer.name),
    h('span', { class: 'row-meta' }, facts.join(' · ')),
    h('span', { class: 'row-actions' }, h('a', { class: 'button', href: `#/staff/${code}/newcomers/${newcomer.id}/letter` }, t('staff.letter'))));
}

/** One newcomer: what is registered, and a form to correct it. */
export async function showNewcomer(code, id) {
  const newcomer = await callApi('GET', `/api/v1/municipalities/${code}/newcomers/${id}`);
  const names = await languageNames();
  const message = h('p', { role: 'status' });
  const details = h('dl', { class: 'facts' });
  const describe = (current) => details.replaceChildren(
    h('dt', {}, t('staff.language')), h('dd', {}, names.get(current.preferredLanguage) ?? current.preferredLanguage),
    h('dt', {}, t('staff.targetGroup')), h('dd', {}, t(`staff.group.${current.targetGroup}`)),
    h('dt', {}, t('staff.regime')), h('dd', {}, t(`staff.regime.${current.regime}`)),
    h('dt', {}, t('staff.obligationStart')), h('dd', {}, dutchDate(current.obligationStart)),
    h('dt', {}, t('staff.deadlineLabel')), h('dd', {}, dutchDate(current.deadline)),
    h('dt', {}, t('staff.registeredAt')), h('dd', {}, dutchDay(current.registeredAt)),
    h('dt', {}, t('staff.phone')), h('dd', {}, current.deviceLinked ? t('staff.linked') : t('staff.notLinked')));
  describe(newcomer);
  const heading = h('h1', { 'data-title': t('staff.newcomer') }, newcomer.name);
  const ceremonyMessage = h('p', { role: 'alert' });
  const ceremonyFailed = (failure) => {
    ceremonyMessage.className = 'notice';
    ceremonyMessage.textContent = problemText(failure);
  };
  const signatures = await signatureSection(code, id, newcomer.name);
  const form = await newcomerForm('edit', newcomer, t('staff.save'), async (corrected) => {
    try {
      const saved = await callApi('PUT', `/api/v1/municipalities/${code}/newcomers/${id}`, corrected);
      heading.textContent = saved.name;
      describe(saved);
      message.className = '';
      message.textContent = t('staff.saved');
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  });
  show(
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.backToList'))),
    heading,
    details,
    h('p', { class: 'toolbar' }, h('a', { class: 'button', href: `#/staff/${code}/newcomers/${id}/letter` }, t('staff.letter')),
      h('button', { class: 'button primary', type: 'button', id: 'open-ceremony', onclick: () => openCeremony(code, id).catch(ceremonyFailed) },
        t('staff.ceremony.open'))),
    ceremonyMessage,
    signatures,
    h('h2', {}, t('staff.correct')),
    form,
    message);
}

/** The fields of a registration; a prefix keeps the ids of the correction form apart from the registration's. */
async function newcomerForm(prefix, values, submitLabel, submit) {
  const id = (field) => (prefix ? `${prefix}-newcomer-${field}` : `newcomer-${field}`);
  const name = h('input', { id: id('name'), required: true, autocomplete: 'off', value: values.name ?? '' });
  const language = await languageSelect(id('language'), values.preferredLanguage ?? '');
  const group = h('select', { id: id('group') }, GROUPS.map((value) => h('option', { value, selected: value === values.targetGroup }, t(`staff.group.${value}`))));
  const regime = h('select', { id: id('regime') }, REGIMES.map((value) => h('option', { value, selected: value === values.regime }, t(`staff.regime.${value}`))));
  const start = h('input', { id: id('start'), type: 'date', value: values.obligationStart ?? '' });
  const phone = h('input', { id: id('phone'), type: 'tel', autocomplete: 'off', value: values.phone ?? '' });
  const email = h('input', { id: id('email'), type: 'email', autocomplete: 'off', value: values.email ?? '' });
  const onsubmit = async (event) => {
    event.preventDefault();
    await submit({
      name: name.value, preferredLanguage: language.value, targetGroup: group.value, regime: regime.value,
      obligationStart: start.value || null, phone: phone.value || null, email: email.value || null,
    });
  };
  return h('form', { class: 'form', onsubmit },
    h('label', { for: id('name') }, t('staff.name')), name,
    h('label', { for: id('language') }, t('staff.language')), language,
    h('label', { for: id('group') }, t('staff.targetGroup')), group,
    h('label', { for: id('regime') }, t('staff.regime')), regime,
    h('label', { for: id('start') }, t('staff.obligationStartOptional')), start,
    h('label', { for: id('phone') }, t('staff.phoneOptional')), phone,
    h('label', { for: id('email') }, t('staff.emailOptional')), email,
    h('button', { class: 'button primary', type: 'submit' }, submitLabel));
}
