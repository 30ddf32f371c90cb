// My data (AVG article 15): everything the municipality holds about the newcomer, in their language,
// to read, print or save as a file. Personal data is never kept on the phone, so this screen needs a
// connection, and says so plainly without one.
import { callApi, getFile } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';
import { formatTime } from './booking.js';

const PATH = '/api/v1/newcomer/personal-data';

export async function showMyData() {
  if (!localStorage.getItem('meedoen.newcomer.token')) {
    location.replace('#/invite');
    return;
  }
  let report;
  try {
    report = await callApi('GET', PATH);
  } catch (failure) {
    if (failure.status !== 0) throw failure;
    show(h('h1', {}, t('privacy.title')),
      h('p', { class: 'notice', role: 'alert', id: 'my-data-offline' }, t('privacy.offline')),
      h('button', { class: 'button', type: 'button', onclick: showMyData }, t('error.retry')));
    return;
  }
  const registration = report.registration;
  const message = h('p', { role: 'status' });
  show(
    h('h1', {}, t('privacy.title')),
    h('p', { class: 'lead' }, t('privacy.intro', { municipality: registration.registeredBy })),
    h('p', { class: 'actions no-print' },
      h('button', { class: 'button primary', type: 'button', id: 'my-data-download', onclick: () => download(message) }, t('privacy.download')),
      h('button', { class: 'button', type: 'button', id: 'my-data-print', onclick: () => window.print() }, t('privacy.print'))),
    message,
    h('div', { class: 'my-data', id: 'my-data' },
      group('registration', t('privacy.registration'), [registrationList(registration)]),
      group('invitations', t('privacy.invitations'), report.invitations.map(invitation)),
      group('phones', t('privacy.phones'), report.phones.map(phone)),
      group('bookings', t('privacy.bookings'), report.bookings.map(booking)),
      group('waiting-list', t('privacy.waitingList'), report.waitingList.map(booking)),
      group('attendance', t('privacy.attendance'), report.attendance.map(attendance)),
      group('signing', t('privacy.signing'), [...report.signingCeremonies.map(ceremony), ...report.signatures.map(signature)]),
      group('messages', t('privacy.messages'), [
        ...report.mails.map((mail) => h('p', {}, t('privacy.mail', { date: moment(mail.sentAt ?? mail.queuedAt), subject: isolated(mail.subject) }))),
        ...report.pushMessages.map((push) => h('p', {}, t('privacy.push', { date: moment(push.sentAt ?? push.queuedAt) })))]),
      group('staff-actions', t('privacy.staffActions'), report.staffActions.map((action) => h('p', {},
        moment(action.at), ': ', h('span', { lang: 'en', dir: 'ltr' }, action.action)))),
      group('retention', t('privacy.retention'), [h('p', {}, t('privacy.retention.rule', { period: period(report.retention) }), ' ',
        t('privacy.retention.date', { date: day(report.retention.deletedAfter) }))]),
      h('p', { class: 'meta-line' }, t('privacy.madeAt', { date: moment(report.madeAt) }))),
  );
}

/** The same JSON as a file: it needs the phone's token, so it is fetched here and handed over as a download. */
async function download(message) {
  try {
    const file = await getFile(`${PATH}?download=true`);
    const link = h('a', { href: URL.createObjectURL(file), download: 'mijn-gegevens.json' });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (failure) {
    message.className = 'notice';
    message.textContent = failure.status === 0 ? t('privacy.offline') : failure.message;
  }
}

function group(id, title, items) {
  return h('section', { class: 'my-data-group', id: `my-data-${id}` },
    h('h2', {}, title),
    items.length > 0 ? items : h('p', { class: 'card-meta' }, t('privacy.nothing')));
}

function registrationList(registration) {
  const rows = [
    ['privacy.name', registration.name],
    ['privacy.language', languageName(registration.language)],
    ['privacy.targetGroup', t(`privacy.group.${registration.targetGroup}`)],
    ['privacy.regime', t(`privacy.regime.${registration.regime}`)],
    ['privacy.obligationStart', registration.obligationStart && day(registration.obligationStart)],
    ['privacy.deadline', registration.deadline && day(registration.deadline)],
    ['privacy.phone', registration.phone && h('span', { dir: 'ltr' }, registration.phone)],
    ['privacy.email', registration.email && h('span', { dir: 'ltr' }, registration.email)],
    ['privacy.registered', t('privacy.registeredBy', { date: moment(registration.registeredAt), municipality: registration.registeredBy })],
  ];
  return h('dl', { class: 'my-data-list' }, rows.filter(([, value]) => value).flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}

function invitation(letter) {
  const state = letter.redeemedAt ? t('privacy.invitation.redeemed', { date: moment(letter.redeemedAt) })
    : letter.revokedAt ? t('privacy.invitation.revoked', { date: moment(letter.revokedAt) }) : t('privacy.invitation.open');
  return h('p', {}, t('privacy.invitation', { date: moment(letter.issuedAt) }), ' · ', state);
}

function phone(linked) {
  return h('p', {}, t('privacy.phone.linked', { date: moment(linked.linkedAt) }),
    linked.thisPhone ? [' · ', t('privacy.phone.this')] : null,
    linked.unlinkedAt ? [' · ', t('privacy.phone.unlinked', { date: moment(linked.unlinkedAt) })] : null,
    linked.notifications ? [' · ', t('privacy.phone.notifications', { date: moment(linked.notifications.since) })] : null);
}

function booking(seat) {
  const status = seat.status === 'waitlisted' ? t('privacy.booking.waitlisted', { position: seat.waitingListPosition ?? 1 })
    : t(`privacy.booking.${seat.status}`);
  return h('div', { class: 'card my-data-booking' },
    session(seat.session),
    h('p', {}, h('strong', {}, status), ' · ', t('privacy.booking.booked', { date: moment(seat.bookedAt) })),
    seat.reminders.filter((reminder) => reminder.sentAt).map((reminder) => h('p', { class: 'card-meta' },
      t('privacy.reminder', { date: moment(reminder.sentAt) }))));
}

function attendance(visit) {
  return h('div', { class: 'card' },
    session(visit.session),
    h('p', {}, h('strong', {}, t(`privacy.attendance.${visit.status}`))),
    visit.checkIns.map((checkIn) => h('p', { class: 'card-meta' }, t('privacy.checkIn', { date: moment(checkIn.at) }))),
    visit.followUp?.outcome === 'sent' ? h('p', {}, t('privacy.followUp', { date: moment(visit.followUp.handledAt) })) : null);
}

function session(workshop) {
  return [
    h('h3', { class: 'card-title', lang: 'nl', dir: 'auto' }, workshop.title),
    h('p', {}, formatTime(workshop.startsAt)),
    h('p', { class: 'card-meta', lang: 'nl', dir: 'auto' }, `${workshop.place}, ${workshop.address}`),
  ];
}

function ceremony(opened) {
  return h('p', {}, t('privacy.ceremony', { date: moment(opened.openedAt) }),
    opened.device ? [' · ', t('privacy.device', { device: isolated(opened.device) })] : null);
}

function signature(row) {
  return h('div', { class: 'card my-data-signature' },
    h('p', {}, h('strong', {}, t(`privacy.signature.${row.kind}`, { date: moment(row.at) }))),
    row.declarationVersion ? h('p', {}, t('privacy.signature.text',
      { version: row.declarationVersion, language: languageName(row.language ?? 'nl') })) : null,
    row.verificationCode ? h('p', {}, t('privacy.signature.code', { code: isolated(row.verificationCode) })) : null,
    row.revoked ? h('p', {}, t('privacy.signature.withdrawn')) : null,
    row.reason ? h('p', {}, t('privacy.signature.reason', { reason: isolated(row.reason) })) : null,
    h('p', { class: 'card-meta' }, t('privacy.signature.witness', { role: t(`privacy.role.${row.witnessRole === 'trainer' ? 'trainer' : 'staff'}`) })));
}

/** "5 years", or "1 year, 6 months", in the newcomer's language and plural rules (CLDR, through Intl). */
function period(retention) {
  const lang = currentLanguage().lang;
  const parts = [['year', retention.years], ['month', retention.months], ['day', retention.days]]
    .filter(([, amount]) => amount > 0)
    .map(([unit, amount]) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(amount));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

/** Text of another direction (a code, a Dutch subject) kept in one piece inside a sentence, with Unicode isolates. */
function isolated(text) {
  return `\u2068${text}\u2069`;
}

function languageName(code) {
  return new Intl.DisplayNames([currentLanguage().lang], { type: 'language' }).of(code) ?? code;
}

function moment(instant) {
  return new Intl.DateTimeFormat(currentLanguage().lang, {
    dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam', calendar: 'gregory',
  }).format(new Date(instant));
}

function day(date) {
  return new Intl.DateTimeFormat(currentLanguage().lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' })
    .format(new Date(`${date}T12:00Z`));
}
