// The public check of a certificate's verification code (the QR code on it opens this page): valid or
// revoked, the municipality, the date and the initials, in the reader's language. No sign-in.
import { getJson } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';

export async function showVerification(code) {
  const verification = await getJson(`/api/v1/verifications/${encodeURIComponent(code)}`);
  const date = new Intl.DateTimeFormat(currentLanguage().lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${verification.signedOn}T12:00:00Z`));
  const valid = verification.status === 'valid';
  show(
    h('h1', {}, t('verify.title')),
    h('p', { class: valid ? 'verified valid' : 'verified revoked', id: 'verification-status', role: 'status' },
      valid ? t('verify.valid') : t('verify.revoked')),
    h('dl', { class: 'facts', id: 'verification-facts' },
      h('dt', {}, t('verify.code')), h('dd', { dir: 'ltr' }, verification.code),
      h('dt', {}, t('verify.municipality')), h('dd', {}, verification.municipality),
      h('dt', {}, t('verify.signedOn')), h('dd', {}, date),
      // No initials once the newcomer's personal data was erased at the end of the retention period.
      ...(verification.initials ? [h('dt', {}, t('verify.initials')), h('dd', { dir: 'auto' }, verification.initials)] : [])),
    h('p', { class: 'meta-line' }, t('verify.explanation')));
}
