// Staff screen (in Dutch): "Termijnen", the newcomers whose deadline for the participation declaration
// falls within the chosen number of weeks (or has passed) and who have not signed, each with what they
// still miss and a link to their screen; the same list as a CSV file. Only a number goes into the address.
import { callApi, getFile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { dutchDate, problemText } from './staff-kit.js';

const DEFAULT_WEEKS = 8;

export async function showDeadlines(code, chosenWeeks) {
  const weeks = chosenWeeks === undefined ? DEFAULT_WEEKS : Number(chosenWeeks);
  const base = `/api/v1/municipalities/${code}/deadline-list`;
  const message = h('p', { role: 'alert', id: 'deadline-message' });
  const input = h('input', { id: 'deadline-weeks', type: 'number', inputmode: 'numeric', min: 0, max: 156, step: 1, required: true, value: weeks });
  const choose = (event) => {
    event.preventDefault();
    const target = `#/staff/${code}/deadlines?weeks=${Number(input.value)}`;
    if (location.hash === target) showDeadlines(code, input.value);
    else location.hash = target;
  };
  const download = async () => {
    message.className = '';
    message.textContent = '';
    try {
      const file = await getFile(`${base}/export?weeks=${weeks}`);
      const link = h('a', { href: URL.createObjectURL(file), download: `termijnen-${code}.csv` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  let list = null;
  try {
    list = await callApi('GET', `${base}?weeks=${weeks}`);
  } catch (failure) {
    message.className = 'notice';
    message.textContent = problemText(failure);
  }
  const overdue = list ? list.newcomers.filter((entry) => entry.overdue).length : 0;
  show(
    h('h1', {}, `${t('staff.deadlines.title')} · ${code}`),
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.title'))),
    h('p', {}, t('staff.deadlines.intro')),
    h('form', { class: 'form', onsubmit: choose },
      h('label', { for: 'deadline-weeks' }, t('staff.deadlines.weeks')),
      h('div', { class: 'search-row' }, input, h('button', { class: 'button primary', type: 'submit' }, t('staff.deadlines.show')))),
    message,
    list ? [
      h('p', { role: 'status', id: 'deadline-summary' },
        t('staff.deadlines.summary', { count: list.newcomers.length, until: dutchDate(list.until), overdue })),
      h('p', {}, h('button', { class: 'button', type: 'button', id: 'deadline-export', onclick: download }, t('staff.deadlines.export'))),
      h('ul', { class: 'rows', id: 'deadline-list' }, list.newcomers.length === 0
        ? h('li', {}, t('staff.deadlines.none'))
        : list.newcomers.map((entry) => row(code, entry))),
    ] : null,
  );
}

function row(code, entry) {
  const when = entry.overdue
    ? t('staff.deadlines.overdue', { date: dutchDate(entry.deadline), days: -entry.daysLeft })
    : t('staff.deadlines.due', { date: dutchDate(entry.deadline), days: entry.daysLeft });
  return h('li', { class: entry.overdue ? 'overdue' : '', 'data-newcomer': entry.newcomerId },
    h('a', { class: 'row-title', href: `#/staff/${code}/newcomers/${entry.newcomerId}` }, entry.name),
    h('span', { class: 'deadline-state' }, when),
    h('span', { class: 'row-meta' }, missingText(entry)));
}

/** What they still miss, in Dutch, with the day of the workshop or the refusal where there is one. */
function missingText(entry) {
  return t(`staff.deadlines.missing.${entry.missing}`, { date: dutchDate(entry.date) });
}
