import { json, ApiError } from './api.js';
import { h, field, select, replace, langAttrs, figureLabel, dayFromToday, LANGUAGES, KINDS } from './dom.js';

/** The articles of a period, by day, with filters (period, language, kind, place, text) kept in the URL. */
export async function articlesPage({ main, query, signal }) {
  const from = query.get('from') || dayFromToday(-29);
  const to = query.get('to') || dayFromToday(0);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter articles' },
    field('From', h('input', { type: 'date', name: 'from', value: from, required: true })),
    field('To', h('input', { type: 'date', name: 'to', value: to, required: true })),
    field('Language', select('language', LANGUAGES, query.get('language') ?? '', 'Any')),
    field('Figure', select('kind', KINDS, query.get('kind') ?? '', 'Any')),
    field('Place', h('input', { type: 'text', name: 'place', value: query.get('place') ?? '', maxlength: 200 })),
    field('Text', h('input', { type: 'search', name: 'q', value: query.get('q') ?? '', maxlength: 200 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply filters')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) params.set(k, v);
    location.hash = `#/articles?${params}`;
  });
  const status = h('p', { class: 'status', role: 'status' }, 'Loading…');
  const list = h('div', { class: 'days' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more');
  main.append(h('h1', {}, 'Articles'), form, status, list, more);

  const params = new URLSearchParams({ from, to, pageSize: '50' });
  for (const name of ['language', 'kind', 'place', 'q']) if (query.get(name)) params.set(name, query.get(name));
  const items = [];
  let continuation = null;
  const load = async () => {
    if (continuation) params.set('continuation', continuation);
    more.disabled = true;
    try {
      const { body } = await json(`/api/articles?${params}`, { signal });
      items.push(...body.items);
      continuation = body.continuation;
      draw(list, items);
      status.textContent = items.length === 0 ? 'No article matches.' : `${items.length} article${items.length === 1 ? '' : 's'}${continuation ? ' so far' : ''}.`;
      more.hidden = !continuation;
    } catch (e) {
      if (e.name === 'AbortError') return;
      status.textContent = e instanceof ApiError ? e.message : 'The list could not be loaded.';
      status.classList.add('error');
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  await load();
}

/** The day an analysis is filed under: its publication date, else the upload day. */
export function dayOf(a) {
  return a.publishedOn ?? (a.uploadedAt ?? '').slice(0, 10);
}

function draw(list, items) {
  const byDay = new Map();
  for (const a of items) {
    const day = dayOf(a);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(a);
  }
  const days = [...byDay.keys()].sort().reverse();
  replace(list, days.map((day) => h('section', { class: 'day', 'aria-labelledby': `day-${day}` },
    h('h2', { id: `day-${day}` }, h('time', { datetime: day }, formatDay(day))),
    h('ul', { class: 'articles' }, byDay.get(day).map(row)))));
}

function formatDay(day) {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function row(a) {
  const figures = a.figures ?? [];
  return h('li', { class: 'article-row' },
    h('a', { href: `#/article/${encodeURIComponent(a.articleId)}`, class: 'title', ...langAttrs(a.language) }, a.title || a.source || a.articleId),
    h('p', { class: 'meta' },
      h('span', { class: 'lang' }, LANGUAGES[a.language] ?? a.language ?? '?'), ' · ',
      h('time', { datetime: dayOf(a) }, dayOf(a)), ' · ',
      h('span', { class: 'source' }, a.source ?? '')),
    figures.length === 0
      ? h('p', { class: 'muted' }, 'No figures')
      : h('ul', { class: 'chips', 'aria-label': 'Figures' }, figures.map((f) => h('li', { class: `chip kind-${f.kind}` }, figureLabel(f)))));
}
