// The colleagues of a municipality: add them, send a password link, deactivate, reactivate or remove
// them. Password links go by mail to the person's own address; this screen never sees one.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { confirmed, problemText } from './staff-kit.js';

const ROLES = ['coordinator', 'trainer', 'editor'];

/** The signed-in person (me, an id) cannot switch off or remove their own account from here. */
export function colleagueSection(code, staff, me) {
  const result = h('p', { role: 'status', id: 'staff-result' });
  const report = (text) => {
    result.textContent = text;
  };
  const list = h('ul', { class: 'rows', id: 'staff-list' });
  // After a change only the list is drawn again, so the message below it and the focus stay where they are.
  const reload = async () => {
    fill(await callApi('GET', `/api/v1/municipalities/${code}/staff`));
  };
  const act = async (change, done) => {
    try {
      await change();
      await reload();
      report(done);
    } catch (failure) {
      report(problemText(failure));
    }
  };
  const remove = (member) => {
    if (!confirmed(t('staff.removeQuestion', { name: member.name }))) return;
    act(() => callApi('PUT', `/api/v1/municipalities/${code}/staff/${member.id}/roles`, { roles: [] }), t('staff.removed', { name: member.name }));
  };
  const deactivate = (member) => {
    if (!confirmed(t('staff.deactivateQuestion', { name: member.name }))) return;
    act(() => callApi('POST', `/api/v1/municipalities/${code}/staff/${member.id}/deactivation`), t('staff.deactivated', { name: member.name }));
  };
  const reactivate = (member) => act(() => callApi('POST', `/api/v1/municipalities/${code}/staff/${member.id}/reactivation`),
    t('staff.reactivated', { name: member.name }));
  const reset = async (member) => {
    try {
      await callApi('POST', `/api/v1/municipalities/${code}/staff/${member.id}/password-reset`);
      report(t('staff.passwordLinkMailed'));
    } catch (failure) {
      report(problemText(failure));
    }
  };

  const email = h('input', { id: 'staff-new-email', type: 'email', required: true, autocomplete: 'off' });
  const name = h('input', { id: 'staff-new-name', required: true, autocomplete: 'off' });
  const role = h('select', { id: 'staff-new-role' }, ROLES.map((value) => h('option', { value }, t(`staff.role.${value}`))));
  const add = async (event) => {
    event.preventDefault();
    try {
      const added = await callApi('POST', `/api/v1/municipalities/${code}/staff`, { email: email.value, name: name.value, roles: [role.value] });
      await reload();
      report(added.newAccount ? t('staff.added') : t('staff.roleAdded'));
    } catch (failure) {
      report(problemText(failure));
    }
  };
  const button = (label, onclick) => h('button', { class: 'button', type: 'button', onclick }, label);
  const fill = (members) => list.replaceChildren(...members.map((member) => h('li', { 'data-staff': member.email },
    h('span', { class: 'row-title' }, member.name),
    h('span', { class: 'row-meta' }, [member.email, member.roles.map((grant) => t(`staff.role.${grant}`)).join(', '),
      member.active ? null : t('staff.inactive')].filter(Boolean).join(' · ')),
    h('span', { class: 'row-actions' },
      button(t('staff.resetPassword'), () => reset(member)),
      member.id === me ? null : [
        member.active ? button(t('staff.deactivate'), () => deactivate(member)) : button(t('staff.reactivate'), () => reactivate(member)),
        button(t('staff.remove'), () => remove(member))]))));
  fill(staff);
  return h('section', {},
    h('h2', {}, t('staff.staff')),
    list,
    result,
    h('h3', {}, t('staff.addColleague')),
    h('form', { class: 'form', onsubmit: add },
      h('label', { for: 'staff-new-email' }, t('staff.email')), email,
      h('label', { for: 'staff-new-name' }, t('staff.name')), name,
      h('label', { for: 'staff-new-role' }, t('staff.role')), role,
      h('button', { class: 'button primary', type: 'submit' }, t('staff.add'))));
}
