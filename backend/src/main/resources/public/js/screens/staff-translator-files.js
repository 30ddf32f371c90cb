// Vertaalbestanden (in Dutch): national editors download every national text of one language as a file
// for a translator or agency (XLIFF 2.0, XLIFF 1.2 or PO) and import the file that comes back. The import
// reports which units changed, or why the whole file was refused; a refused file changes nothing.
import { getFile, postFile } from '../api.js';
import { t } from '../i18n.js';
import { h, show } from '../dom.js';
import { languageNames, problemText } from './staff-kit.js';

const FORMATS = [['xliff2', 'XLIFF 2.0', 'xlf'], ['xliff12', 'XLIFF 1.2', 'xlf'], ['po', 'PO (gettext)', 'po']];

export async function showTranslatorFiles() {
  const names = await languageNames();
  const languages = (id) => h('select', { id, required: true }, h('option', { value: '' }, t('staff.chooseLanguage')),
    [...names].filter(([code]) => code !== 'nl').map(([code, name]) => h('option', { value: code }, name)));
  const formats = (id) => h('select', { id }, FORMATS.map(([code, name]) => h('option', { value: code }, name)));
  const exportLang = languages('files-export-lang');
  const exportFormat = formats('files-export-format');
  const importLang = languages('files-import-lang');
  const importFormat = formats('files-import-format');
  const file = h('input', { id: 'files-import-file', type: 'file', accept: '.xlf,.xliff,.po,.xml', required: true });
  const exportMessage = h('p', { role: 'alert', id: 'files-export-message' });
  const report = h('div', { id: 'files-import-report', 'aria-live': 'polite' });
  const download = async (event) => {
    event.preventDefault();
    if (!exportLang.value) {
      exportMessage.className = 'notice';
      exportMessage.textContent = t('staff.files.chooseLanguageFirst');
      return;
    }
    try {
      const blob = await getFile(`/api/v1/editing/files/${exportLang.value}?format=${exportFormat.value}`);
      const extension = FORMATS.find(([code]) => code === exportFormat.value)[2];
      const link = h('a', { href: URL.createObjectURL(blob), download: `meedoen-${exportLang.value}.${extension}` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      exportMessage.className = '';
      exportMessage.textContent = t('staff.files.downloaded');
    } catch (failure) {
      exportMessage.className = 'notice';
      exportMessage.textContent = problemText(failure);
    }
  };
  const upload = async (event) => {
    event.preventDefault();
    if (!importLang.value || file.files.length === 0) {
      report.replaceChildren(h('p', { class: 'notice' }, t('staff.files.chooseFileFirst')));
      return;
    }
    try {
      const result = await postFile(`/api/v1/editing/files/${importLang.value}?format=${importFormat.value}`, file.files[0]);
      report.replaceChildren(...(result.changedUnits.length === 0 ? [h('p', { id: 'files-unchanged' }, t('staff.files.nothingChanged'))] : [
        h('p', {}, t('staff.files.changed', { count: result.changedUnits.length })),
        h('ul', { class: 'rows', id: 'files-changed-units' }, result.changedUnits.map((unit) => h('li', {}, unit))),
      ]));
    } catch (failure) {
      report.replaceChildren(h('p', { class: 'notice', id: 'files-import-error' }, t('staff.files.refused'), ' ', problemText(failure)));
    }
  };
  show(h('h1', {}, t('staff.files.title')),
    h('p', {}, h('a', { href: '#/staff/editing' }, t('staff.editing.backToDashboard'))),
    h('section', {}, h('h2', {}, t('staff.files.export')), h('p', {}, t('staff.files.exportHint')),
      h('form', { class: 'form', onsubmit: download },
        h('label', { for: 'files-export-lang' }, t('staff.editing.language')), exportLang,
        h('label', { for: 'files-export-format' }, t('staff.files.format')), exportFormat,
        h('button', { class: 'button primary', type: 'submit', id: 'files-download' }, t('staff.files.download'))),
      exportMessage),
    h('section', {}, h('h2', {}, t('staff.files.import')), h('p', {}, t('staff.files.importHint')),
      h('form', { class: 'form', onsubmit: upload },
        h('label', { for: 'files-import-lang' }, t('staff.editing.language')), importLang,
        h('label', { for: 'files-import-format' }, t('staff.files.format')), importFormat,
        h('label', { for: 'files-import-file' }, t('staff.files.file')), file,
        h('button', { class: 'button primary', type: 'submit', id: 'files-upload' }, t('staff.files.upload'))),
      report));
}
