// Staff screens (in Dutch): sign in, choose a municipality, then its newcomers, staff and audit log.
import { callApi, forgetStaffTokens, getJson, rememberStaffTokens, staffProfile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { colleagueSection } from './staff-colleagues.js';
import { newcomerSection } from './staff-newcomers.js';
import { auditText, dutchMoment, problemText, setupWarning } from './staff-kit.js';
import { issueLetter } from './letter.js';

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
      message.textContent = problemText(failure);
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

/**
 * Back from the organisation's sign-in service: take the sign-in over with the one-time code in the
 * address, at once, and take the code out of the address bar and the history first.
 */
export async function finishOidcSignIn(code) {
  history.replaceState(null, '', '/#/staff');
  forgetStaffTokens();
  try {
    rememberStaffTokens(await callApi('POST', '/api/v1/auth/oidc/handover', { code }));
    await showStaffHome();
  } catch (failure) {
    await showStaffSignIn(failure.status === 0 ? t('error.offline') : t('staff.oidcFailed.handover'));
  }
}

/** Back from the organisation's sign-in service without a sign-in: the address says why, with a code. */
export async function showOidcFailure(reason) {
  const key = `staff.oidcFailed.${reason}`;
  const explanation = t(key);
  await showStaffSignIn(explanation === key ? t('staff.oidcFailed') : explanation);
}

export async function showStaffHome(chosen) {
  const profile = staffProfile();
  if (!profile) {
    await showStaffSignIn();
    return;
  }
  const codes = [...new Set(profile.roles.map((grant) => grant.municipality).filter(Boolean))];
  const isAdmin = profile.roles.some((grant) => grant.role === 'admin');
  const code = chosen ?? (codes.length === 1 && !isAdmin ? codes[0] : null);
  if (!code) {
    await showMunicipalityChoice(profile);
    return;
  }
  const [newcomers, staff, audit, warning, municipality] = await Promise.all([
    callApi('GET', `/api/v1/municipalities/${code}/newcomers`).catch(() => null),
    callApi('GET', `/api/v1/municipalities/${code}/staff`).catch(() => null),
    callApi('GET', `/api/v1/municipalities/${code}/audit-events?limit=20`).catch(() => null),
    setupWarning(),
    getJson(`/api/v1/municipalities/${code}`).catch(() => ({ name: code })),
  ]);
  show(
    h('h1', {}, `${t('staff.title')} · ${municipality.name}`),
    h('p', { class: 'meta-line' }, profile.name, ' · ', signOutButton(),
      codes.length > 1 || isAdmin ? [' · ', h('a', { href: '#/staff/choose' }, t('staff.otherMunicipality'))] : null),
    warning,
    h('p', {}, h('a', { class: 'button', href: `#/staff/${code}/sessions`, id: 'staff-sessions' }, t('staff.sessions')),
      coordinates(profile, code) ? [' ', h('a', { class: 'button', href: `#/staff/${code}/deadlines`, id: 'staff-deadlines' }, t('staff.deadlines.title'))] : null,
      coordinates(profile, code) ? [' ', h('a', { class: 'button', href: `#/staff/${code}/figures`, id: 'staff-figures' }, t('staff.figures.title'))] : null,
      profile.roles.some((grant) => (grant.role === 'editor' && grant.municipality === code) || grant.role === 'admin')
        ? [' ', h('a', { class: 'button', href: `#/staff/${code}/places`, id: 'staff-places' }, t('staff.places.open'))] : null,
      profile.roles.some((grant) => grant.role === 'trainer')
        ? [' ', h('a', { class: 'button', href: '#/staff/trainer', id: 'staff-trainer' }, t('staff.trainer.title'))] : null),
    signingLinks(profile, code),
    editingLink(profile),
    newcomers ? await newcomerSection(code, newcomers, { onRegistered: async (created) => {
      await issueLetter(code, created.id);
      location.hash = `#/staff/${code}/newcomers/${created.id}/letter`;
    } }) : h('p', { class: 'notice' }, t('staff.noAccess')),
    staff ? colleagueSection(code, staff, profile.id) : null,
    audit ? h('section', {}, h('h2', {}, t('staff.audit')), h('ul', { class: 'rows', id: 'audit-log' },
      audit.map((event) => h('li', {}, h('span', { class: 'row-title' }, auditText(event.action)),
        h('span', { class: 'row-meta' }, [dutchMoment(event.at), event.actor].filter(Boolean).join(' · ')))))) : null,
  );
}

/**
 * Someone with roles in several municipalities picks one; a platform admin, who may work in any of them,
 * searches for it by name. Nobody is dropped into a municipality they did not choose.
 */
export async function showMunicipalityChoice(profile = staffProfile()) {
  if (!profile) {
    await showStaffSignIn();
    return;
  }
  const own = [...new Set(profile.roles.map((grant) => grant.municipality).filter(Boolean))];
  const admin = profile.roles.some((grant) => grant.role === 'admin');
  if (own.length === 0 && !admin) {
    show(h('h1', { 'data-title': t('staff.title') }, profile.name), editingLink(profile) ?? h('p', {}, t('staff.noMunicipality')),
      signOutButton());
    return;
  }
  const link = (municipality) => h('li', {}, h('a', { class: 'card', href: `#/staff/${municipality.code}` },
    h('span', { class: 'card-title' }, municipality.name), h('span', { class: 'card-meta' }, municipality.code)));
  const mine = await Promise.all(own.map((code) => getJson(`/api/v1/municipalities/${code}`).catch(() => ({ code, name: code }))));
  const results = h('ul', { class: 'cards', id: 'municipality-results', 'aria-live': 'polite' });
  const input = h('input', { id: 'staff-municipality-search', type: 'search', autocomplete: 'off', enterkeyhint: 'search' });
  const search = async (event) => {
    event?.preventDefault();
    const found = await getJson(`/api/v1/municipalities?lang=nl&search=${encodeURIComponent(input.value.trim())}`).catch(() => []);
    results.replaceChildren(...(found.length === 0 ? [h('li', {}, t('staff.noMunicipalityFound'))] : found.map(link)));
  };
  show(
    h('h1', {}, t('staff.chooseMunicipality')),
    h('p', { class: 'meta-line' }, profile.name, ' · ', signOutButton()),
    editingLink(profile),
    admin ? h('p', {}, h('a', { class: 'button', href: '#/staff/figures', id: 'staff-figures-across' }, t('staff.figures.acrossTitle'))) : null,
    mine.length > 0 ? h('ul', { class: 'cards' }, mine.map(link)) : null,
    admin ? h('form', { role: 'search', onsubmit: search },
      h('label', { for: 'staff-municipality-search' }, t('staff.searchMunicipality')),
      h('div', { class: 'search-row' }, input, h('button', { class: 'button primary', type: 'submit' }, t('staff.search')))) : null,
    admin ? results : null,
  );
}

/** Coordinators of the municipality and the admin follow its deadlines, signatures and DUO worklist. */
function coordinates(profile, code) {
  return profile.roles.some((grant) => grant.role === 'admin' || (grant.role === 'coordinator' && grant.municipality === code));
}

/** A municipality's coordinators (and the admin) keep its local agreements, the DUO worklist and the check of its signatures. */
function signingLinks(profile, code) {
  if (!coordinates(profile, code)) return null;
  const link = (id, path, text) => h('a', { class: 'button', id, href: `#/staff/${code}/${path}` }, text);
  return h('p', { class: 'toolbar' }, link('staff-local-agreements', 'local-agreements', t('staff.agreements.title')),
    link('staff-duo', 'duo', t('staff.duo.title')), link('staff-chain', 'signatures', t('staff.chain.title')));
}

/** Editors (and the admin) reach the content editing screens from every staff screen. */
function editingLink(profile) {
  const editor = profile.roles.some((grant) => grant.role === 'editor' || grant.role === 'admin');
  return editor ? h('p', {}, h('a', { class: 'button', id: 'editing-link', href: '#/staff/editing' }, t('staff.editing.open'))) : null;
}

function signOutButton() {
  return h('button', { class: 'button', type: 'button', onclick: async () => {
    await callApi('POST', '/api/v1/sign-out').catch(() => {});
    forgetStaffTokens();
    if (location.hash === '#/staff') showStaffSignIn();
    else location.hash = '#/staff';
  } }, t('staff.signOut'));
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
      message.textContent = problemText(failure);
    }
  };
  show(h('h1', {}, t('staff.setPassword')),
    h('form', { class: 'form', onsubmit: submit },
      h('label', { for: 'new-password' }, t('staff.passwordRules')), password,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.setPassword'))),
    message);
}
