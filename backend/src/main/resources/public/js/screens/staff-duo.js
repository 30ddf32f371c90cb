// Staff screen (in Dutch): the DUO worklist. Municipalities register signatures and refusals in DUO's
// portal by hand; this lists what is still to register, with what the portal asks, lets the coordinator
// mark each one registered on a date, and downloads the same list for a spreadsheet.
import { callApi, getFile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { dutchDate, dutchProblem, saveFile, todayInTheNetherlands } from './staff-kit.js';

const REGISTER_PROBLEMS = {
  409: 'staff.duo.alreadyRegistered',
  404: 'staff.duo.gone',
  400: 'staff.duo.badDate',
};

export async function showDuoWorklist(code) {
  const base = `/api/v1/municipalities/${code}`;
  const entries = await callApi('GET', `${base}/duo-worklist`);
  const message = h('p', { role: 'status', id: 'duo-message' });
  const empty = h('p', { id: 'duo-empty', hidden: entries.length > 0 }, t('staff.duo.empty'));
  const list = h('ul', { class: 'rows', id: 'duo-worklist', hidden: entries.length === 0 });
  const exportButton = h('button', { class: 'button', type: 'button', id: 'duo-export' }, t('staff.duo.export'));
  // A button's own display would override "hidden": the wrapper is what hides the download of an empty list.
  const download = h('div', { hidden: entries.length === 0 }, h('p', { class: 'toolbar' }, exportButton));
  const say = (text, problem = false) => {
    message.className = problem ? 'notice' : '';
    message.textContent = text;
  };
  const leftOut = (row) => {
    row.remove();
    if (list.children.length === 0) {
      list.hidden = true;
      download.hidden = true;
      empty.hidden = false;
    }
  };
  exportButton.addEventListener('click', async () => {
    try {
      saveFile(await getFile(`${base}/duo-worklist/export`), 'duo-werklijst.csv');
      say(t('staff.duo.exported'));
    } catch (failure) {
      say(dutchProblem(failure), true);
    }
  });
  list.append(...entries.map((entry) => worklistRow(base, entry, say, leftOut)));
  show(
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.title'))),
    h('h1', {}, t('staff.duo.title')),
    h('p', {}, t('staff.duo.intro')),
    download,
    message,
    empty,
    list,
  );
}

/** One signature or refusal: name, date of signing and result, and "registered with DUO" on a date. */
function worklistRow(base, entry, say, leftOut) {
  const dateId = `duo-date-${entry.signatureId}`;
  const date = h('input', { id: dateId, type: 'date', value: todayInTheNetherlands(), max: todayInTheNetherlands(), required: true });
  const result = t(entry.result === 'signed' ? 'staff.duo.signed' : 'staff.duo.refused');
  const row = h('li', { 'data-signature': entry.signatureId });
  const register = async (event) => {
    event.preventDefault();
    if (!date.value) {
      say(t('staff.duo.chooseDate'), true);
      date.focus();
      return;
    }
    try {
      await callApi('POST', `${base}/duo-registrations`, { signatureId: entry.signatureId, registeredOn: date.value });
      leftOut(row);
      say(t('staff.duo.registered', { name: entry.name, date: dutchDate(date.value) }));
    } catch (failure) {
      say(`${entry.name}: ${dutchProblem(failure, REGISTER_PROBLEMS)}`, true);
      if (failure.status === 409 || failure.status === 404) leftOut(row);
    }
  };
  row.append(
    h('span', { class: 'row-title' }, entry.name),
    h('span', { class: 'row-meta' }, `${dutchDate(entry.date)} · ${result}`),
    h('form', { class: 'row-actions duo-register', onsubmit: register, novalidate: true },
      h('label', { for: dateId }, t('staff.duo.registeredOn')), date,
      h('button', { class: 'button', type: 'submit' }, t('staff.duo.register'))));
  return row;
}
