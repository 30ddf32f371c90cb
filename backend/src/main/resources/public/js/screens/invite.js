// The newcomer opens the link from their letter (or types the code): this phone becomes theirs.
import { callApi } from '../api.js';
import { t, useLanguage } from '../i18n.js';
import { h, show } from '../dom.js';
import { chooseMunicipality } from './municipalities.js';

export function showInvite(code = '') {
  const input = h('input', { id: 'invite-code', value: code.toUpperCase(), autocomplete: 'one-time-code', autocapitalize: 'characters', spellcheck: 'false', dir: 'ltr' });
  const message = h('p', { role: 'alert' });
  const submit = async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const redeemed = await callApi('POST', '/api/v1/invitations/redeem', { code: input.value });
      localStorage.setItem('meedoen.newcomer.token', redeemed.token);
      chooseMunicipality(redeemed.municipality);
      await useLanguage(redeemed.language);
      show(h('h1', { 'data-title': t('invite.title') }, t('invite.welcome', { name: redeemed.name })),
        h('p', {}, h('a', { class: 'button primary', href: '#/' }, t('page.next'))));
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.status === 429 ? t('invite.tooMany') : t('invite.invalid');
    }
  };
  show(
    h('h1', {}, t('invite.title')),
    h('p', { class: 'lead' }, t('invite.intro')),
    h('form', { onsubmit: submit },
      h('label', { for: 'invite-code' }, t('invite.codeLabel')),
      h('div', { class: 'search-row' }, input, h('button', { class: 'button primary', type: 'submit' }, t('invite.submit')))),
    message,
  );
}
