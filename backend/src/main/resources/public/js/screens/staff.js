// Staff screens (in Dutch): sign in, then per municipality the newcomers, the staff and the audit log.
import { callApi, forgetStaffTokens, getJson, rememberStaffTokens, staffProfile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';

const LANGUAGES = ['nl', 'en', 'ar', 'ti', 'fa', 'prs', 'ps', 'so', 'ckb', 'tr', 'pl', 'ro', 'bg', 'uk', 'ru', 'fr', 'es'];

export async function showStaffSignIn(problem = '') {
  const email = h('input', { id: 'staff-email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'staff-password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { role: 'alert', class: problem ? 'notice' : '' }, problem);
  const providers = await getJson('/api/v1/sign-in/oidc').catch(() => []);
  const submit = async (event) => {
    event.preventDefault();
    try {
      rememberStaffTokens(await callApi('POST', '/api/v1/sign-in', { email: email.value, password: password.value }));
      await showStaffHome();
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  show(h('h1', {}, t('staff.signIn')),
    h('form', { class: 'form', onsubmit: submit },
      h('label', { for: 'staff-email' }, t('staff.email')), email,
      h('label', { for: 'staff-password' }, t('staff.password')), password,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.signIn'))),
    providers.length > 0 ? h('p', {}, providers.map((provider) => h('a', { class: 'button', href: `/api/v1/sign-in/oidc/${provider.id}` }, provider.label))) : null,
    message);
}

/** Back from the organisation's sign-in service: exchange the one-time refresh token at once. */
export async function finishOidcSignIn(refreshToken) {
  history.replaceState(null, '', '/#/staff');
  try {
    rememberStaffTokens(await callApi('POST', '/api/v1/sign-in/refresh', { refreshToken }));
    await showStaffHome();
  } catch (failure) {
    await showStaffSignIn(failure.message);
  }
}

export async function showStaffHome(chosen) {
  const profile = staffProfile();
  if (!profile) {
    await showStaffSignIn();
    return;
  }
  const codes = [...new Set(profile.roles.map((grant) => grant.municipality).filter(Boolean))];
  const isAdmin = profile.roles.some((grant) => grant.role === 'ADMIN');
  const code = chosen ?? codes[0] ?? (isAdmin ? 'GM9999' : null);
  const signOut = h('button', { class: 'button', type: 'button', onclick: async () => {
    await callApi('POST', '/api/v1/sign-out').catch(() => {});
    forgetStaffTokens();
    showStaffSignIn();
  } }, t('staff.signOut'));
  if (!code) {
    show(h('h1', { 'data-title': t('staff.title') }, profile.name), h('p', {}, t('staff.noMunicipality')), signOut);
    return;
  }
  const [newcomers, staff, audit] = await Promise.all([
    callApi('GET', `/api/v1/municipalities/${code}/newcomers`).catch(() => null),
    callApi('GET', `/api/v1/municipalities/${code}/staff`).catch(() => null),
    callApi('GET', `/api/v1/municipalities/${code}/audit-events?limit=20`).catch(() => null),
  ]);
  show(
    h('h1', {}, `${t('staff.title')} · ${code}`),
    h('p', { class: 'meta-line' }, profile.name, ' · ', signOut),
    h('p', {}, h('a', { class: 'button', href: `#/staff/${code}/sessions`, id: 'staff-sessions' }, t('staff.sessions'))),
    codes.length > 1 ? h('p', {}, codes.map((c) => h('a', { class: 'button', href: `#/staff/${c}` }, c))) : null,
    newcomers ? newcomerSection(code, newcomers) : h('p', { class: 'notice' }, t('staff.noAccess')),
    staff ? staffSection(code, staff) : null,
    audit ? h('section', {}, h('h2', {}, t('staff.audit')), h('table', { class: 'list' },
      h('tbody', {}, audit.map((event) => h('tr', {}, h('td', {}, new Date(event.at).toLocaleString('nl-NL')),
        h('td', {}, event.actor ?? ''), h('td', {}, event.action)))))) : null,
  );
}

function newcomerSection(code, newcomers) {
  const name = h('input', { id: 'newcomer-name', required: true, autocomplete: 'off' });
  const language = h('select', { id: 'newcomer-language' }, LANGUAGES.map((lang) => h('option', { value: lang }, lang)));
  const group = h('select', { id: 'newcomer-group' }, ['permit-holder', 'family-migrant', 'eu-voluntary', 'other-voluntary']
    .map((value) => h('option', { value }, t(`staff.group.${value}`))));
  const regime = h('select', { id: 'newcomer-regime' }, ['wi2021', 'wi2013', 'voluntary'].map((value) => h('option', { value }, t(`staff.regime.${value}`))));
  const phone = h('input', { id: 'newcomer-phone', type: 'tel', autocomplete: 'off' });
  const message = h('p', { role: 'alert' });
  const register = async (event) => {
    event.preventDefault();
    try {
      const created = await callApi('POST', `/api/v1/municipalities/${code}/newcomers`, {
        name: name.value, preferredLanguage: language.value, targetGroup: group.value, regime: regime.value, phone: phone.value || null,
      });
      location.hash = `#/staff/${code}/newcomers/${created.id}/letter`;
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  return h('section', {},
    h('h2', {}, t('staff.newcomers')),
    h('table', { class: 'list' }, h('tbody', {}, newcomers.map((newcomer) => h('tr', {},
      h('td', {}, newcomer.name), h('td', {}, newcomer.preferredLanguage), h('td', {}, newcomer.deadline ?? '—'),
      h('td', {}, newcomer.deviceLinked ? t('staff.linked') : ''),
      h('td', {}, h('a', { href: `#/staff/${code}/newcomers/${newcomer.id}/letter` }, t('staff.newLetter'))))))),
    h('h3', {}, t('staff.register')),
    h('form', { class: 'form', onsubmit: register },
      h('label', { for: 'newcomer-name' }, t('staff.name')), name,
      h('label', { for: 'newcomer-language' }, t('staff.language')), language,
      h('label', { for: 'newcomer-group' }, t('staff.targetGroup')), group,
      h('label', { for: 'newcomer-regime' }, t('staff.regime')), regime,
      h('label', { for: 'newcomer-phone' }, t('staff.phoneOptional')), phone,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.registerAndLetter'))),
    message);
}

function staffSection(code, staff) {
  const email = h('input', { id: 'staff-new-email', type: 'email', required: true });
  const name = h('input', { id: 'staff-new-name', required: true });
  const role = h('select', { id: 'staff-new-role' }, ['COORDINATOR', 'TRAINER', 'EDITOR'].map((value) => h('option', { value }, value.toLowerCase())));
  const result = h('p', { role: 'status' });
  const add = async (event) => {
    event.preventDefault();
    try {
      const added = await callApi('POST', `/api/v1/municipalities/${code}/staff`, { email: email.value, name: name.value, roles: [role.value] });
      result.textContent = added.newAccount ? t('staff.added') : t('staff.roleAdded');
    } catch (failure) {
      result.textContent = failure.message;
    }
  };
  const remove = async (id) => {
    await callApi('PUT', `/api/v1/municipalities/${code}/staff/${id}/roles`, { roles: [] });
    await showStaffHome(code);
  };
  // The link goes by mail to the person's own address; this screen never sees it.
  const reset = async (id) => {
    try {
      await callApi('POST', `/api/v1/municipalities/${code}/staff/${id}/password-reset`);
      result.textContent = t('staff.passwordLinkMailed');
    } catch (failure) {
      result.textContent = failure.message;
    }
  };
  return h('section', {},
    h('h2', {}, t('staff.staff')),
    h('table', { class: 'list' }, h('tbody', {}, staff.map((member) => h('tr', {},
      h('td', {}, member.name), h('td', {}, member.email), h('td', {}, member.roles.join(', ').toLowerCase()),
      h('td', {}, h('button', { class: 'button', type: 'button', onclick: () => reset(member.id) }, t('staff.resetPassword'))),
      h('td', {}, h('button', { class: 'button', type: 'button', onclick: () => remove(member.id) }, t('staff.remove'))))))),
    h('form', { class: 'form', onsubmit: add },
      h('label', { for: 'staff-new-email' }, t('staff.email')), email,
      h('label', { for: 'staff-new-name' }, t('staff.name')), name,
      h('label', { for: 'staff-new-role' }, t('staff.role')), role,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.add'))),
    result);
}

export function showSetPassword(token) {
  const password = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const message = h('p', { role: 'alert' });
  const submit = async (event) => {
    event.preventDefault();
    try {
      await callApi('POST', '/api/v1/password', { token, password: password.value });
      location.hash = '#/staff';
    } catch (failure) {
      message.className = 'notice';
      message.textContent = failure.message;
    }
  };
  show(h('h1', {}, t('staff.setPassword')),
    h('form', { class: 'form', onsubmit: submit },
      h('label', { for: 'new-password' }, t('staff.passwordRules')), password,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.setPassword'))),
    message);
}
