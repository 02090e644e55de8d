import { json, ApiError } from './api.js';
import { h, langAttrs, figureLabel, LANGUAGES, KINDS, QUALIFIERS } from './dom.js';

/** One article: its summary and every figure with qualifier, scope, place, side and the sentence that states it. */
export async function articlePage({ main, arg, signal }) {
  const heading = h('h1', {}, 'Article');
  main.append(heading);
  let body;
  try {
    ({ body } = await json(`/api/articles/${encodeURIComponent(arg ?? '')}`, { signal }));
  } catch (e) {
    if (e.name === 'AbortError') return;
    main.append(h('p', { class: 'error', role: 'alert' }, e instanceof ApiError ? e.message : 'The article could not be loaded.'));
    return;
  }
  if (body.status === 'pending') {
    main.append(h('p', {}, 'This article is still being analysed. Reload the page in a moment.'));
    return;
  }
  if (body.status === 'rejected') {
    heading.textContent = body.source ?? 'Rejected article';
    main.append(h('p', { class: 'error' }, `Not analysed: ${body.message ?? body.reason}`));
    return;
  }

  const lang = langAttrs(body.language);
  heading.textContent = body.title || body.source || arg;
  Object.entries(lang).forEach(([k, v]) => heading.setAttribute(k, v));
  main.append(h('p', { class: 'meta' },
    LANGUAGES[body.language] ?? body.language, ' · ', body.publishedOn ?? (body.uploadedAt ?? '').slice(0, 10), ' · ', body.source ?? '',
    ' · ', h('a', { href: `#/articles?from=${body.publishedOn ?? ''}&to=${body.publishedOn ?? ''}` }, 'that day')));

  main.append(h('section', { class: 'card', 'aria-labelledby': 'summary-h' },
    h('h2', { id: 'summary-h' }, 'Summary'),
    (body.summary ?? []).length === 0
      ? h('p', { class: 'muted' }, 'No summary.')
      : h('div', { class: 'summary', ...lang }, (body.summary ?? []).map((s) => h('p', {}, s)))));

  const figures = body.figures ?? [];
  main.append(h('section', { 'aria-labelledby': 'figures-h' },
    h('h2', { id: 'figures-h' }, `Figures (${figures.length})`),
    figures.length === 0 ? h('p', { class: 'muted' }, 'No figure was found in this article.')
      : h('ol', { class: 'figures' }, figures.map((f) => figure(f, lang)))));
}

function figure(f, lang) {
  const details = [
    ['Kind', KINDS[f.kind] ?? f.kind],
    ['Number', f.upper === null || f.upper === undefined ? `${f.value} or more` : f.lower === f.upper ? String(f.value) : `${f.lower} to ${f.upper}`],
    ['Qualifier', QUALIFIERS[f.qualifier] ?? f.qualifier],
    ['Scope', f.scope === 'cumulative' ? 'running total' : 'this event'],
    ['Place', f.place ?? '—'],
    ['Side', f.side ?? '—'],
  ];
  return h('li', { class: 'figure card' },
    h('h3', {}, figureLabel(f)),
    h('dl', { class: 'facts' }, details.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
    h('blockquote', { class: 'evidence', ...lang }, highlight(f.evidence ?? '', f)));
}

const DIGITS = '0-9\u0660-\u0669\u06F0-\u06F9';
const NUMBER = new RegExp(`[${DIGITS}]+(?:[.,\u00A0\u202F\u066B\u066C' ][${DIGITS}]{3})*`, 'gu');

/** A run of digits in any script as a number (separators dropped): "۳۵" → 35, "1.200" → 1200. */
export function numberOf(text) {
  let ascii = '';
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c >= 0x30 && c <= 0x39) ascii += ch;
    else if (c >= 0x660 && c <= 0x669) ascii += String(c - 0x660);
    else if (c >= 0x6F0 && c <= 0x6F9) ascii += String(c - 0x6F0);
  }
  return ascii ? Number(ascii) : NaN;
}

/**
 * The evidence sentence with the figure's number marked. The figure's offset points into the normalised article, not
 * the sentence, so the number is found in the sentence: a run of digits (any script) equal to the value, lower or
 * upper bound, else "length" characters at the offset if the sentence holds them; a number in words stays unmarked.
 */
export function highlight(evidence, f) {
  const wanted = new Set([f.value, f.lower, f.upper].filter((v) => typeof v === 'number'));
  for (const m of evidence.matchAll(NUMBER)) {
    let text = m[0].replace(/[.,\u00A0\u202F\u066B\u066C' ]+$/u, '');
    if (wanted.has(numberOf(text))) {
      return [evidence.slice(0, m.index), h('mark', { class: 'num' }, text), evidence.slice(m.index + text.length)];
    }
  }
  return [evidence];
}
