import { call, download, ApiError } from './api.js';
import { h, field, checkboxes, checked, announce, dayFromToday, LANGUAGES, KINDS } from './dom.js';

const FORMATS = [['pdf', 'PDF'], ['html', 'HTML'], ['csv', 'CSV'], ['json', 'JSON']];

/**
 * Reports: a period, languages, kinds and places; a preview of the HTML briefing in a sandboxed frame (no script, no
 * access to this page) and downloads in every format. The query lives in the URL: a link to it is a shareable report.
 */
export async function reportsPage({ main, query, signal }) {
  const from = query.get('from') || dayFromToday(-7);
  const to = query.get('to') || dayFromToday(-1);
  const languages = (query.get('language') ?? '').split(',').filter(Boolean);
  const kinds = (query.get('kind') ?? '').split(',').filter(Boolean);
  const languageOptions = Object.fromEntries(Object.entries(LANGUAGES).filter(([k]) => k !== 'und'));
  const form = h('form', { class: 'report-form' },
    h('div', { class: 'filters' },
      field('From', h('input', { type: 'date', name: 'from', value: from, required: true })),
      field('To', h('input', { type: 'date', name: 'to', value: to, required: true })),
      field('Places', h('input', { type: 'text', name: 'place', value: query.get('place') ?? '', maxlength: 200 }), 'Comma-separated; empty for all.')),
    checkboxes('Languages (none ticked: all)', 'language', languageOptions, languages),
    checkboxes('Figures (none ticked: all)', 'kind', KINDS, kinds),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Preview')));
  const status = h('p', { class: 'status', role: 'status' });
  const downloads = h('div', { class: 'downloads', role: 'group', 'aria-label': 'Download' });
  const frame = h('iframe', { title: 'Briefing preview', sandbox: '', class: 'preview', hidden: true, referrerpolicy: 'no-referrer' });
  main.append(h('h1', {}, 'Reports'), form, status, downloads, frame);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    params.set('from', form.elements.from.value);
    params.set('to', form.elements.to.value);
    const langs = checked(form, 'language');
    const ks = checked(form, 'kind');
    if (langs.length) params.set('language', langs.join(','));
    if (ks.length) params.set('kind', ks.join(','));
    if (form.elements.place.value.trim()) params.set('place', form.elements.place.value.trim());
    const next = `#/reports?${params}`;
    if (location.hash === next) preview(params); else location.hash = next;
  });

  const preview = async (params) => {
    status.classList.remove('error');
    status.textContent = 'Building the briefing…';
    downloads.replaceChildren();
    try {
      const response = await call(`/api/reports?${params}&format=html`, { signal });
      frame.srcdoc = await response.text();
      frame.hidden = false;
      status.textContent = `Briefing ${params.get('from')} to ${params.get('to')}.`;
      for (const [format, label] of FORMATS) {
        const button = h('button', { type: 'button', class: 'secondary', 'data-format': format }, `Download ${label}`);
        button.addEventListener('click', async () => {
          button.disabled = true;
          try {
            await download(`/api/reports?${params}&format=${format}`, `report.${format}`);
            announce(`${label} downloaded.`);
          } catch (err) {
            status.textContent = err instanceof ApiError ? err.message : 'The download failed.';
            status.classList.add('error');
          } finally {
            button.disabled = false;
          }
        });
        downloads.append(button);
      }
    } catch (e) {
      if (e.name === 'AbortError') return;
      frame.hidden = true;
      status.textContent = e instanceof ApiError ? e.message : 'The briefing could not be built.';
      status.classList.add('error');
    }
  };

  if (query.get('from') || query.get('to')) {
    const params = new URLSearchParams();
    for (const name of ['from', 'to', 'language', 'kind', 'place']) if (query.get(name)) params.set(name, query.get(name));
    params.set('from', from);
    params.set('to', to);
    await preview(params);
  }
}
