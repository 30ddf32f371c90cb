// Staff screen "Cijfers" (in Dutch): how far the newcomers registered in a period got, broken down by
// language, target group, regime or workshop, and how full the workshops held in it were. Each chart is
// an SVG with the same numbers in a table beside it, for screen readers and for copying. Admins also see
// every municipality side by side, with small numbers hidden ("<5").
import { callApi, getFile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { dutchDate, problemText } from './staff-kit.js';

const STEPS = ['registered', 'invited', 'invitationRedeemed', 'booked', 'attended', 'signed', 'registeredWithDuo'];
const BREAKDOWNS = ['', 'language', 'target-group', 'regime', 'session'];
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const SVG = 'http://www.w3.org/2000/svg';

/** The period last asked for, kept while the tab is open so that going back shows the same figures. */
let chosen = null;

function defaultPeriod() {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return { from: `${today.slice(0, 4)}-01-01`, to: today, by: '' };
}

/** A coordinator's figures for one municipality; {@code code} null: an admin's figures across municipalities. */
export async function showStaffFigures(code = null) {
  chosen ??= defaultPeriod();
  const result = h('div', { id: 'figures-result', class: 'figures-screen', 'aria-live': 'polite' });
  const message = h('p', { role: 'alert' });
  const from = h('input', { id: 'figures-from', type: 'date', required: true, value: chosen.from });
  const to = h('input', { id: 'figures-to', type: 'date', required: true, value: chosen.to });
  const by = h('select', { id: 'figures-by' },
    BREAKDOWNS.map((value) => h('option', { value, selected: value === chosen.by }, t(`staff.figures.by.${value || 'none'}`))));
  const query = () => `?from=${chosen.from}&to=${chosen.to}${code && chosen.by ? `&by=${chosen.by}` : ''}`;
  const base = code ? `/api/v1/municipalities/${code}/figures` : '/api/v1/figures';
  const load = async (event) => {
    event?.preventDefault();
    chosen = { from: from.value, to: to.value, by: by.value };
    message.className = '';
    message.textContent = '';
    try {
      const figures = await callApi('GET', `${base}${query()}`);
      result.replaceChildren(...(code ? municipalityFigures(figures) : acrossMunicipalities(figures)));
    } catch (failure) {
      result.replaceChildren();
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  const download = async () => {
    try {
      const file = await getFile(`${base}/export${query()}`);
      const link = h('a', { href: URL.createObjectURL(file), download: `cijfers-${code ?? 'gemeenten'}-${chosen.from}-${chosen.to}.csv` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } catch (failure) {
      message.className = 'notice';
      message.textContent = problemText(failure);
    }
  };
  show(
    h('h1', {}, code ? `${t('staff.figures.title')} · ${code}` : t('staff.figures.acrossTitle')),
    h('p', {}, h('a', { href: code ? `#/staff/${code}` : '#/staff/choose' }, t('staff.title'))),
    h('p', {}, t(code ? 'staff.figures.intro' : 'staff.figures.acrossIntro')),
    h('form', { class: 'form filter-row figures-form', onsubmit: load },
      h('div', {}, h('label', { for: 'figures-from' }, t('staff.figures.from')), from),
      h('div', {}, h('label', { for: 'figures-to' }, t('staff.figures.to')), to),
      code ? h('div', {}, h('label', { for: 'figures-by' }, t('staff.figures.byLabel')), by) : null,
      h('div', { class: 'button-row' },
        h('button', { class: 'button primary', type: 'submit', id: 'figures-show' }, t('staff.figures.show')),
        h('button', { class: 'button', type: 'button', id: 'figures-download', onclick: download }, t('staff.figures.download')))),
    message,
    result,
  );
  await load();
}

function municipalityFigures(figures) {
  const funnel = figures.funnel;
  const period = t('staff.figures.period', { from: dutchDate(figures.from), to: dutchDate(figures.to) });
  const sessions = figures.sessions;
  return [
    h('h2', {}, t('staff.figures.funnel')),
    h('p', {}, t('staff.figures.cohort', { period })),
    barChart('figures-funnel-chart', t('staff.figures.funnel'),
      STEPS.map((step) => ({ label: t(`staff.figures.step.${step}`), value: funnel[step], text: NUMBER.format(funnel[step]) })),
      Math.max(1, funnel.registered)),
    table('figures-funnel-table', t('staff.figures.funnelCaption', { period }), [t('staff.figures.step'), t('staff.figures.count')],
      STEPS.map((step) => [t(`staff.figures.step.${step}`), NUMBER.format(funnel[step])])),
    h('p', {}, t('staff.figures.median'), ' ', h('strong', { id: 'figures-median' },
      funnel.medianDaysToSigning === null ? t('staff.figures.noneSigned') : t('staff.figures.days', { days: NUMBER.format(funnel.medianDaysToSigning) }))),
    figures.by ? groupTable(figures) : null,
    h('h2', {}, t('staff.figures.sessions')),
    h('p', {}, t('staff.figures.sessionsHeld', { count: sessions.sessionsHeld, period })),
    barChart('figures-sessions-chart', t('staff.figures.sessions'), [
      { label: t('staff.figures.fillRate'), value: sessions.fillRatePercent ?? 0, text: percent(sessions.fillRatePercent) },
      { label: t('staff.figures.noShowRate'), value: sessions.noShowRatePercent ?? 0, text: percent(sessions.noShowRatePercent) },
    ], 100),
    table('figures-sessions-table', t('staff.figures.sessionsCaption', { period }),
      [t('staff.figures.session'), t('staff.figures.capacity'), t('staff.figures.seatsTaken'), t('staff.figures.fillRate'),
        t('staff.figures.present'), t('staff.figures.noShows'), t('staff.figures.noShowRate')],
      [...figures.heldSessions.map((held) => [`${held.title} · ${dutchDate(held.startsAt.slice(0, 10))}`, NUMBER.format(held.capacity),
        NUMBER.format(held.seatsTaken), percent(held.fillRatePercent), NUMBER.format(held.present), NUMBER.format(held.noShows),
        percent(held.noShowRatePercent)]),
      [t('staff.figures.total'), NUMBER.format(sessions.capacity), NUMBER.format(sessions.seatsTaken), percent(sessions.fillRatePercent),
        NUMBER.format(sessions.present), NUMBER.format(sessions.noShows), percent(sessions.noShowRatePercent)]]),
  ];
}

function groupTable(figures) {
  return table('figures-groups-table', t('staff.figures.groupsCaption', { by: t(`staff.figures.by.${figures.by}`) }),
    [t(`staff.figures.by.${figures.by}`), ...STEPS.map((step) => t(`staff.figures.step.${step}`)), t('staff.figures.medianShort')],
    figures.groups.map((group) => [group.label, ...STEPS.map((step) => NUMBER.format(group.funnel[step])),
      group.funnel.medianDaysToSigning === null ? '–' : NUMBER.format(group.funnel.medianDaysToSigning)]));
}

function acrossMunicipalities(figures) {
  const period = t('staff.figures.period', { from: dutchDate(figures.from), to: dutchDate(figures.to) });
  const total = figures.total;
  const rows = [...figures.municipalities, total];
  const count = (text) => (/^\d+$/.test(text) ? NUMBER.format(Number(text)) : text);
  return [
    h('h2', {}, t('staff.figures.funnel')),
    h('p', {}, t('staff.figures.cohort', { period })),
    h('p', { class: 'notice', id: 'figures-rule' }, figures.rule),
    barChart('figures-funnel-chart', t('staff.figures.funnel'),
      STEPS.map((step) => ({ label: t(`staff.figures.step.${step}`), value: Number(total.funnel[step]) || 0, text: count(total.funnel[step]) })),
      Math.max(1, Number(total.funnel.registered) || 1)),
    table('figures-municipalities-table', t('staff.figures.municipalitiesCaption', { period }),
      [t('staff.figures.municipality'), ...STEPS.map((step) => t(`staff.figures.step.${step}`)), t('staff.figures.medianShort')],
      rows.map((row) => [row.code ? row.name : t('staff.figures.allMunicipalities'), ...STEPS.map((step) => count(row.funnel[step])),
        row.funnel.medianDaysToSigning === null ? '–' : NUMBER.format(row.funnel.medianDaysToSigning)])),
    h('h2', {}, t('staff.figures.sessions')),
    barChart('figures-sessions-chart', t('staff.figures.sessions'), [
      { label: t('staff.figures.fillRate'), value: total.sessions.fillRatePercent ?? 0, text: percent(total.sessions.fillRatePercent) },
      { label: t('staff.figures.noShowRate'), value: total.sessions.noShowRatePercent ?? 0, text: percent(total.sessions.noShowRatePercent) },
    ], 100),
    table('figures-sessions-table', t('staff.figures.sessionsAcrossCaption', { period }),
      [t('staff.figures.municipality'), t('staff.figures.held'), t('staff.figures.capacity'), t('staff.figures.seatsTaken'),
        t('staff.figures.fillRate'), t('staff.figures.present'), t('staff.figures.noShows'), t('staff.figures.noShowRate')],
      rows.map((row) => [row.code ? row.name : t('staff.figures.allMunicipalities'), NUMBER.format(row.sessions.sessionsHeld),
        NUMBER.format(row.sessions.capacity), count(row.sessions.seatsTaken), percent(row.sessions.fillRatePercent),
        count(row.sessions.present), count(row.sessions.noShows), percent(row.sessions.noShowRatePercent)])),
  ];
}

function percent(value) {
  return value === null || value === undefined ? '–' : `${NUMBER.format(value)}%`;
}

/**
 * A horizontal bar chart: a label above each bar and its value after it. It scales with the screen's
 * width; the figure is hidden from screen readers, which read the table with the same numbers instead.
 */
function barChart(id, title, bars, max) {
  const width = 320;
  const room = 250;
  const rowHeight = 44;
  const chart = svg('svg', { id, class: 'chart', viewBox: `0 0 ${width} ${bars.length * rowHeight + 4}`, 'aria-hidden': 'true', focusable: 'false' });
  bars.forEach((bar, index) => {
    const y = index * rowHeight;
    const length = bar.value > 0 ? Math.max(2, (bar.value / max) * room) : 0;
    chart.append(
      svg('text', { x: 0, y: y + 14, class: 'chart-label' }, bar.label),
      svg('rect', { x: 0, y: y + 20, width: length, height: 16, rx: 2, class: 'chart-bar' }),
      svg('text', { x: length + 6, y: y + 33, class: 'chart-value' }, bar.text),
    );
  });
  return h('figure', { class: 'chart-figure' }, chart, h('figcaption', { class: 'visually-hidden' }, title));
}

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A table with a caption, column headers and the first cell of each row as its row header. On a phone its
 * rows become blocks (see app.css); a wide table in a narrow desktop window scrolls in its own box.
 */
function table(id, caption, headers, rows) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'dashboard figures-table', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {},
      h('th', { scope: 'row' }, cells[0]),
      cells.slice(1).map((cell, index) => h('td', { class: 'number', 'data-label': headers[index + 1] }, cell)))))));
}
