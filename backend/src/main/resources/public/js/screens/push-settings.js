// The switch for notifications on a linked newcomer's phone. pushSettings() gives the whole section,
// or nothing on a phone that is not linked, so a screen mounts it with one call.
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { confirmPushSubscription, pushState, turnOffPush, turnOnPush } from '../push.js';

export function pushSettings() {
  if (!localStorage.getItem('meedoen.newcomer.token')) return null;
  const status = h('p', { id: 'push-status', role: 'status' });
  const button = h('button', { class: 'button', type: 'button', hidden: true, 'aria-describedby': 'push-status' });
  const render = (state) => {
    status.textContent = t(`push.${state}`);
    button.hidden = state === 'unsupported' || state === 'blocked';
    button.textContent = state === 'on' ? t('push.turnOff') : t('push.turnOn');
    button.dataset.state = state;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      render(await (button.dataset.state === 'on' ? turnOffPush() : turnOnPush()));
    } catch (failure) {
      status.textContent = t('push.failed');
    } finally {
      button.disabled = false;
    }
  });
  pushState().then((state) => {
    render(state);
    if (state === 'on') confirmPushSubscription();
  }).catch(() => render('unsupported'));
  return h('section', { class: 'push-settings', 'aria-labelledby': 'push-title' },
    h('h2', { id: 'push-title' }, t('push.title')),
    h('p', {}, t('push.intro')),
    status,
    button);
}
