// The Dutch text paragraph by paragraph beside a translation, so that a reader can compare a sentence
// with its Dutch right where they are, also on a narrow phone where the two follow each other.
import { h } from './dom.js';

const shape = (blocks) => blocks.map((block) => block.tagName).join(' ');

/** Blocks split before each heading; the text before the first heading is a section of its own. */
function sections(blocks) {
  return blocks.reduce((all, block) => {
    if (all.length === 0 || /^H[2-6]$/.test(block.tagName)) all.push([]);
    all.at(-1).push(block);
    return all;
  }, []);
}

/**
 * Pairs of [translated blocks, Dutch blocks]. Translations keep the blocks of their Dutch page, so
 * usually every block has its own pair. An outdated translation may differ: then whole sections are
 * paired where the headings still match, and otherwise the whole text is followed by the whole Dutch.
 */
function pairs(mine, dutch) {
  if (shape(mine) === shape(dutch)) return mine.map((block, at) => [[block], [dutch[at]]]);
  const mySections = sections(mine);
  const dutchSections = sections(dutch);
  const headingsMatch = mySections.length === dutchSections.length
    && mySections.every((section, at) => section[0].tagName === dutchSections[at][0].tagName);
  if (!headingsMatch) return [[mine, dutch]];
  return mySections.flatMap((section, at) => (shape(section) === shape(dutchSections[at])
    ? section.map((block, index) => [[block], [dutchSections[at][index]]])
    : [[section, dutchSections[at]]]));
}

/**
 * The translated blocks (moved, not copied, so that reading aloud keeps following them) each with
 * their Dutch blocks, headed by the Dutch title.
 */
export function besideDutch(blocks, dutchPage) {
  const dutch = document.createElement('div');
  dutch.innerHTML = dutchPage.html; // sanitised by the server
  const dutchHalf = (...content) => h('div', { class: 'dutch-text', lang: 'nl', dir: 'ltr' }, ...content);
  return [
    h('div', { class: 'pair' }, h('div', { class: 'pair-text' }), dutchHalf(h('p', { class: 'dutch-title' }, dutchPage.title))),
    ...pairs(blocks, [...dutch.children]).map(([mine, theirs]) => h('div', { class: 'pair' },
      h('div', { class: 'pair-text' }, mine), dutchHalf(theirs))),
  ];
}
