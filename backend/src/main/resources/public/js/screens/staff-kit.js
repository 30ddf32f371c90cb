// What the staff screens share: Dutch dates, language names, asking before a change that cannot be
// undone, and the warning when letters would point at this machine. Staff screens are Dutch only.
import { callApi, getJson } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../dom.js';

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** A date such as 2026-12-03 as "3 december 2026". */
export function dutchDate(isoDate) {
  return isoDate ? DATE.format(new Date(`${isoDate}T12:00:00Z`)) : '—';
}

/** The day of a moment in Dutch time, such as "3 december 2026". */
export function dutchDay(instant) {
  return DAY.format(new Date(instant));
}

/** A moment as "3 december 2026 om 14:05", in Dutch time. */
export function dutchMoment(instant) {
  return MOMENT.format(new Date(instant));
}

let locales = null;

/** The supported languages, each named in Dutch and in its own script ("Arabisch — العربية"). */
export async function languageNames() {
  locales ??= getJson('/api/v1/locales').then((all) => new Map(all.map((locale) =>
    [locale.code, locale.code === 'nl' ? locale.dutchName : `${locale.dutchName} — ${locale.name}`])));
  return locales;
}

/** A select of languages without a preset choice: the coordinator has to pick one. */
export async function languageSelect(id, chosen = '') {
  const names = await languageNames();
  return h('select', { id, required: true },
    h('option', { value: '', selected: !chosen }, t('staff.chooseLanguage')),
    [...names].map(([code, name]) => h('option', { value: code, selected: code === chosen }, name)));
}

/** What went wrong, for the person: the API's own explanation, or that the server could not be reached. */
export function problemText(failure) {
  return failure.status === 0 ? t('staff.offline') : failure.message;
}

/** What the API answers for any request, said in Dutch: by status, when a screen knows nothing more specific. */
const GENERAL_PROBLEMS = {
  401: 'staff.problem.signedOut',
  403: 'staff.problem.forbidden',
  404: 'staff.problem.notFound',
  429: 'staff.problem.tooMany',
  500: 'staff.problem.server',
  503: 'staff.problem.server',
};

/**
 * What went wrong, in Dutch: the screen's own text for a problem it knows — looked up by
 * "status title" (such as "409 Nothing changed") or by status alone — else a general text for the
 * status, else a Dutch sentence with the API's own explanation.
 */
export function dutchProblem(failure, known = {}) {
  if (failure.status === 0) return t('staff.offline');
  const key = known[`${failure.status} ${failure.problem?.title}`] ?? known[failure.status] ?? GENERAL_PROBLEMS[failure.status];
  return key ? t(key) : t('staff.problem.other', { detail: failure.message });
}

/** The fields a 400 answer names ("dutch", "translations.ar"), each with the API's reason. */
export function invalidFields(failure) {
  return new Map((failure.problem?.invalidParams ?? []).map((param) => [param.name, param.reason]));
}

/** Saves a file the API sent (fetched with the staff member's token) under the given name on the device. */
export function saveFile(blob, name) {
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

/** Today in the Netherlands as 2026-12-03, for a date field's default. */
export function todayInTheNetherlands() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** Asks before a change that cannot be undone; the question says what will happen. */
export function confirmed(question) {
  return window.confirm(question);
}

/** A warning above the staff screens when links on letters would point at this machine (MEEDOEN_PUBLIC_URL not set). */
export async function setupWarning() {
  const setup = await callApi('GET', '/api/v1/setup').catch(() => null);
  if (!setup || setup.publicAddressConfigured) return null;
  return h('p', { class: 'notice', role: 'alert', id: 'public-address-warning' }, t('staff.publicAddressMissing', { address: setup.publicAddress }));
}

/** The audit log keeps its actions in the API's words; the staff screen reads them out in Dutch. */
const AUDIT_ACTIONS = [
  [/^invitation issued$/, () => t('staff.audit.invitationIssued')],
  [/^newcomer registered$/, () => t('staff.audit.newcomerRegistered')],
  [/^newcomer corrected$/, () => t('staff.audit.newcomerCorrected')],
  [/^staff account created with roles \[(.*)\]$/, (roles) => t('staff.audit.accountCreated', { roles: dutchRoles(roles) })],
  [/^staff roles granted \[(.*)\] in (GM\d{4})$/, (roles, municipality) => t('staff.audit.rolesGranted', { roles: dutchRoles(roles), municipality })],
  [/^staff roles set \[\] in (GM\d{4})$/, (municipality) => t('staff.audit.removed', { municipality })],
  [/^staff roles set \[(.*)\] in (GM\d{4})$/, (roles, municipality) => t('staff.audit.rolesSet', { roles: dutchRoles(roles), municipality })],
  [/^password link mailed to the account's address$/, () => t('staff.audit.passwordLink')],
  [/^staff account deactivated$/, () => t('staff.audit.deactivated')],
  [/^staff account reactivated$/, () => t('staff.audit.reactivated')],
  [/^municipality saved$/, () => t('staff.audit.municipalitySaved')],
  [/^walk-in took a free seat$/, () => t('staff.audit.walkInSeat')],
  [/^walk-in over capacity$/, () => t('staff.audit.walkInOverCapacity')],
  [/^attendance confirmed$/, () => t('staff.audit.attendanceConfirmed')],
  [/^attendance corrected: (none|present|no-show) to (present|no-show)$/,
    (from, to) => t('staff.audit.attendanceCorrected', { from: attendanceText(from), to: attendanceText(to) })],
  [/^signing-ceremony\.opened$/, () => t('staff.audit.ceremonyOpened')],
  [/^signature\.witnessed$/, () => t('staff.audit.signatureWitnessed')],
  [/^signature\.refused$/, () => t('staff.audit.signatureRefused')],
  [/^signature\.revoked$/, () => t('staff.audit.signatureRevoked')],
  [/^duo\.registered$/, () => t('staff.audit.duoRegistered')],
  [/^duo\.exported$/, () => t('staff.audit.duoExported')],
  [/^figures\.exported$/, () => t('staff.audit.figuresExported')],
  [/^local-agreements\.changed$/, () => t('staff.audit.localAgreementsChanged')],
  [/^deadline-list\.exported$/, () => t('staff.audit.deadlinesExported')],
  [/^retention\.erased$/, () => t('staff.audit.retentionErased')],
  [/^staff\.languages-changed$/, () => t('staff.audit.languagesChanged')],
  [/^content\.draft-saved$/, () => t('staff.audit.contentDraftSaved')],
  [/^content\.published$/, () => t('staff.audit.contentPublished')],
  [/^content\.published-minor$/, () => t('staff.audit.contentPublishedMinor')],
  [/^content\.reviewed$/, () => t('staff.audit.contentReviewed')],
  [/^content\.rolled-back$/, () => t('staff.audit.contentRolledBack')],
  [/^place\.added$/, () => t('staff.audit.placeAdded')],
  [/^place\.changed$/, () => t('staff.audit.placeChanged')],
];

/** A newcomer's attendance at a session in Dutch: present, no-show, or none yet. */
export function attendanceText(status) {
  if (status === 'present') return t('staff.attendance.present');
  if (status === 'no-show') return t('staff.attendance.noShow');
  return t('staff.attendance.none');
}

function dutchRoles(codes) {
  return codes.split(', ').map((code) => t(`staff.role.${code}`)).join(', ');
}

export function auditText(action) {
  for (const [pattern, text] of AUDIT_ACTIONS) {
    const match = action.match(pattern);
    if (match) return text(...match.slice(1));
  }
  return action;
}
