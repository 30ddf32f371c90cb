// Staff screens (in Dutch) on the record of signatures: the check of the municipality's hash chain, and
// on a newcomer's screen their signatures and refusals, where a coordinator revokes a signature.
import { callApi } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { confirmed, dutchMoment, dutchProblem, invalidFields } from './staff-kit.js';

const CHAIN_REASONS = {
  'missing-row': 'staff.chain.missingRow',
  'previous-hash': 'staff.chain.previousHash',
  'content-changed': 'staff.chain.contentChanged',
};

/** The chain check: one button, and the answer in plain Dutch. */
export function showChainCheck(code) {
  const result = h('div', { id: 'chain-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { class: 'button primary', type: 'button', id: 'chain-check' }, t('staff.chain.run'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(h('p', {}, t('staff.chain.running')));
    try {
      const chain = await callApi('GET', `/api/v1/municipalities/${code}/signatures/chain`);
      result.replaceChildren(...chainAnswer(chain));
    } catch (failure) {
      result.replaceChildren(h('p', { class: 'notice' }, dutchProblem(failure)));
    } finally {
      button.disabled = false;
    }
  });
  show(
    h('p', {}, h('a', { href: `#/staff/${code}` }, t('staff.title'))),
    h('h1', {}, t('staff.chain.title')),
    h('p', {}, t('staff.chain.intro')),
    h('p', {}, button),
    result,
  );
}

function chainAnswer(chain) {
  const checkedAt = h('p', { class: 'meta-line' }, t('staff.chain.checkedAt', { moment: dutchMoment(new Date()) }));
  if (chain.valid) {
    const text = chain.rows === 0 ? t('staff.chain.empty')
      : chain.rows === 1 ? t('staff.chain.intactOne') : t('staff.chain.intact', { rows: chain.rows });
    return [h('p', { class: 'verified valid', id: 'chain-verdict' }, text), checkedAt];
  }
  return [
    h('p', { class: 'verified revoked', id: 'chain-verdict' }, t('staff.chain.broken', { position: chain.firstBadPosition })),
    h('p', {}, CHAIN_REASONS[chain.reason] ? t(CHAIN_REASONS[chain.reason]) : chain.problem),
    h('p', {}, t('staff.chain.whatNow')),
    h('p', { class: 'meta-line' }, t('staff.chain.rowId', { id: chain.firstBadId })),
    checkedAt,
  ];
}

const REVOKE_PROBLEMS = {
  409: 'staff.revoke.already',
  404: 'staff.revoke.gone',
  400: 'staff.revoke.badReason',
};

/**
 * The newcomer's signatures and refusals. A valid signature can be revoked, with a reason and after a
 * confirmation; then the newcomer can sign again.
 */
export async function signatureSection(code, newcomerId, name) {
  const section = h('section', { id: 'newcomer-signatures', 'aria-labelledby': 'newcomer-signatures-title' });
  // Announced without a role: the newcomer's screen keeps one status line (its correction form's).
  const message = h('p', { 'aria-live': 'polite', id: 'revoke-message' });
  const title = h('h2', { id: 'newcomer-signatures-title' }, t('staff.revoke.section'));
  const fill = async () => {
    let signatures;
    try {
      signatures = await callApi('GET', `/api/v1/municipalities/${code}/newcomers/${newcomerId}/signatures`);
    } catch (failure) {
      // The rest of the newcomer's screen stays usable when their signatures cannot be shown.
      section.replaceChildren(title, h('p', { class: 'notice' }, dutchProblem(failure)));
      return;
    }
    section.replaceChildren(
      title,
      signatures.length === 0 ? h('p', {}, t('staff.revoke.none'))
        : h('ul', { class: 'rows' }, signatures.map((signature) => signatureRow(code, signature, name, message, fill))),
      message);
  };
  await fill();
  return section;
}

function signatureRow(code, signature, name, message, refresh) {
  const when = dutchMoment(signature.at);
  if (signature.kind === 'refused') {
    return h('li', { 'data-signature': signature.id }, h('span', { class: 'row-title' }, t('staff.revoke.refusedOn', { moment: when })));
  }
  const facts = h('span', { class: 'row-meta' }, t('staff.revoke.code', { code: signature.verificationCode }));
  if (signature.revokedAt) {
    return h('li', { 'data-signature': signature.id, class: 'revoked' },
      h('span', { class: 'row-title' }, t('staff.revoke.signedOn', { moment: when })),
      h('span', { class: 'row-meta' }, signature.revokedBy
        ? t('staff.revoke.revokedBy', { moment: dutchMoment(signature.revokedAt), name: signature.revokedBy, reason: signature.revocationReason })
        : t('staff.revoke.revokedAt', { moment: dutchMoment(signature.revokedAt), reason: signature.revocationReason })),
      facts);
  }
  const reasonId = `revoke-reason-${signature.id}`;
  const reason = h('textarea', { id: reasonId, rows: 3, maxlength: 1000, 'aria-describedby': `${reasonId}-error` });
  const reasonError = h('p', { class: 'field-error', id: `${reasonId}-error`, hidden: true });
  const revoke = async (event) => {
    event.preventDefault();
    reasonError.hidden = true;
    reason.removeAttribute('aria-invalid');
    if (!reason.value.trim()) {
      fieldProblem(reason, reasonError, t('staff.revoke.reasonRequired'));
      return;
    }
    if (!confirmed(t('staff.revoke.question', { name }))) return;
    try {
      await callApi('POST', `/api/v1/municipalities/${code}/signatures/${signature.id}/revocation`, { reason: reason.value });
      await refresh();
      message.className = '';
      message.textContent = t('staff.revoke.done', { name });
    } catch (failure) {
      message.className = 'notice';
      message.textContent = dutchProblem(failure, REVOKE_PROBLEMS);
      if (invalidFields(failure).has('reason')) fieldProblem(reason, reasonError, t('staff.revoke.badReason'));
    }
  };
  return h('li', { 'data-signature': signature.id },
    h('span', { class: 'row-title' }, t('staff.revoke.signedOn', { moment: when })),
    facts,
    h('details', { class: 'row-actions revoke' },
      h('summary', { class: 'button' }, t('staff.revoke.open')),
      h('form', { class: 'form', onsubmit: revoke, novalidate: true },
        h('label', { for: reasonId }, t('staff.revoke.reason')), reason, reasonError,
        h('button', { class: 'button primary', type: 'submit', id: `revoke-${signature.id}` }, t('staff.revoke.confirm')))));
}

function fieldProblem(input, error, text) {
  input.setAttribute('aria-invalid', 'true');
  error.hidden = false;
  error.textContent = text;
  input.focus();
}
