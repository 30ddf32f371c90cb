// Small helpers to build elements without HTML strings: text always goes in as text.
import { t } from './i18n.js';

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * Replaces the main area with a new screen and moves focus to its heading, for screen readers.
 * The heading also names the screen in the window title, which is what a screen reader announces
 * and what the browser's history and tabs show; a heading with personal data (a name) offers a
 * neutral data-title instead.
 */
export function show(...content) {
  const main = document.getElementById('main');
  main.replaceChildren(...content.flat().filter((part) => part !== null && part !== undefined && part !== false));
  const heading = main.querySelector('h1');
  const screen = heading?.dataset.title ?? heading?.textContent.trim();
  document.title = screen ? t('app.pageTitle', { screen, app: t('app.name') }) : t('app.name');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}
