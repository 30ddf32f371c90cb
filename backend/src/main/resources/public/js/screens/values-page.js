// One page of the values module: the text in the reader's language, optionally the Dutch text
// beside it paragraph by paragraph (it helps learning Dutch), and reading aloud.
import { getJson } from '../api.js';
import { currentLanguage, t } from '../i18n.js';
import { h, show } from '../dom.js';
import { besideDutch } from '../beside-dutch.js';
import { speak, voiceFor } from '../speech.js';
import { languageNames, textNotices } from './notices.js';
import { keepModuleOffline } from './values.js';

const DUTCH_KEY = 'meedoen.showDutch';

export async function showValuesPage(slug) {
  const { lang } = currentLanguage();
  const page = await getJson(`/api/v1/values/${slug}?lang=${lang}`);
  const names = await languageNames(getJson);
  const text = h('div', { class: 'translated-text', lang: page.lang, dir: page.dir });
  text.innerHTML = page.html; // sanitised by the server; the CSP forbids inline scripts besides
  const blocks = [...text.children];
  const article = h('article', { 'aria-labelledby': 'page-title', lang: page.lang, dir: page.dir }, text);
  const reading = h('div', { class: 'reading' }, article);
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'meta-line' });

  const listen = h('button', { type: 'button', class: 'button', 'aria-pressed': 'false' }, t('listen.start'));
  let stop = null;
  listen.addEventListener('click', async () => {
    if (stop) {
      stop();
      stop = null;
      listen.setAttribute('aria-pressed', 'false');
      listen.textContent = t('listen.start');
      return;
    }
    const voice = await voiceFor(page.lang);
    if (!voice) {
      status.textContent = t('listen.unavailable');
      return;
    }
    status.textContent = '';
    listen.setAttribute('aria-pressed', 'true');
    listen.textContent = t('listen.stop');
    stop = speak(article, voice, () => {
      stop = null;
      listen.setAttribute('aria-pressed', 'false');
      listen.textContent = t('listen.start');
    });
  });
  window.addEventListener('hashchange', () => stop?.(), { once: true });

  const toolbar = h('div', { class: 'toolbar' }, listen);
  if (page.lang !== 'nl') {
    const dutch = h('button', { type: 'button', class: 'button', 'aria-pressed': 'false' }, t('page.showDutch'));
    const setDutch = async (on) => {
      let dutchPage = null;
      try {
        if (on) dutchPage = await getJson(`/api/v1/values/${slug}?lang=nl`);
      } catch (notSavedOffline) {
        status.textContent = t('error.offline');
      }
      localStorage.setItem(DUTCH_KEY, on ? '1' : '0');
      dutch.setAttribute('aria-pressed', String(Boolean(dutchPage)));
      reading.classList.toggle('with-dutch', Boolean(dutchPage));
      if (dutchPage) {
        article.replaceChildren(...besideDutch(blocks, dutchPage));
      } else {
        text.replaceChildren(...blocks);
        article.replaceChildren(text);
      }
    };
    dutch.addEventListener('click', () => setDutch(dutch.getAttribute('aria-pressed') !== 'true'));
    toolbar.append(dutch);
    if (localStorage.getItem(DUTCH_KEY) === '1') await setDutch(true);
  }

  show(
    h('p', { class: 'meta-line' }, h('a', { href: '#/values' }, t('page.backToList')), ' · ',
      t('values.pageOf', { position: page.position, count: page.pageCount })),
    h('h1', { id: 'page-title', lang: page.lang, dir: page.dir }, page.title),
    h('p', { class: 'meta-line' }, page.readingTime),
    ...textNotices(page, names),
    toolbar,
    status,
    reading,
    h('nav', { class: 'pager', 'aria-label': t('page.pager') },
      page.previous ? h('a', { class: 'button', href: `#/values/${page.previous}`, rel: 'prev' }, t('page.previous')) : h('span'),
      page.next ? h('a', { class: 'button primary', href: `#/values/${page.next}`, rel: 'next' }, t('page.next')) : h('span')),
  );
  if (page.position === 1 || !sessionStorage.getItem(`kept.${lang}`)) {
    sessionStorage.setItem(`kept.${lang}`, '1');
    const outline = await getJson(`/api/v1/values?lang=${lang}`);
    keepModuleOffline(outline.pages.map((entry) => entry.slug), lang);
  }
}
