import { json, call, ApiError, role } from './api.js';
import { h, field, checkboxes, checked, replace, announce, LANGUAGES } from './dom.js';

/** Subscribers of the daily briefing: the list, add (email and languages), remove. */
export async function subscribersPage({ main, signal }) {
  main.append(h('h1', {}, 'Subscribers'));
  if (role() === 'read') {
    main.append(h('p', { class: 'error' }, 'This key only reads. The subscriber list needs the write key.'));
    return;
  }
  const email = h('input', { type: 'email', name: 'email', required: true, autocomplete: 'off' });
  const error = h('p', { class: 'error', role: 'alert' });
  const languageOptions = Object.fromEntries(Object.entries(LANGUAGES).filter(([k]) => k !== 'und'));
  const form = h('form', { class: 'card', 'aria-labelledby': 'add-h', novalidate: true },
    h('h2', { id: 'add-h' }, 'Add a subscriber'),
    field('Email', email),
    checkboxes('Languages of the articles they receive (none ticked: all)', 'language', languageOptions, []),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add')));
  const status = h('p', { class: 'status', role: 'status' });
  const table = h('table', { class: 'subscribers' },
    h('caption', { class: 'visually-hidden' }, 'Subscribers'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Email'), h('th', { scope: 'col' }, 'Languages'), h('th', { scope: 'col' }, 'Since'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))));
  const tbody = h('tbody');
  table.append(tbody);
  main.append(form, h('h2', {}, 'List'), status, table);

  const load = async () => {
    try {
      const { body } = await json('/api/subscribers', { signal });
      const items = body.items ?? [];
      status.textContent = items.length === 0 ? 'No subscribers yet.' : `${items.filter((s) => s.active).length} active, ${items.filter((s) => !s.active).length} unsubscribed.`;
      replace(tbody, items.map(row));
    } catch (e) {
      if (e.name === 'AbortError') return;
      status.textContent = e instanceof ApiError ? e.message : 'The list could not be loaded.';
    }
  };

  const row = (s) => {
    const remove = h('button', { type: 'button', class: 'secondary danger', 'aria-label': `Remove ${s.email}` }, 'Remove');
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await call(`/api/subscribers/${encodeURIComponent(s.id)}`, { method: 'DELETE', signal });
        announce(`${s.email} removed.`);
        await load();
      } catch (e) {
        if (e.name === 'AbortError') return;
        status.textContent = e instanceof ApiError ? e.message : 'The subscriber could not be removed.';
        remove.disabled = false;
      }
    });
    return h('tr', { 'data-email': s.email },
      h('td', { 'data-label': 'Email' }, s.email),
      h('td', { 'data-label': 'Languages' }, (s.languages ?? []).length ? s.languages.map((l) => LANGUAGES[l] ?? l).join(', ') : 'all'),
      h('td', { 'data-label': 'Since' }, (s.createdAt ?? '').slice(0, 10)),
      h('td', { 'data-label': 'Status' }, s.active ? 'active' : `unsubscribed ${(s.unsubscribedAt ?? '').slice(0, 10)}`),
      h('td', {}, remove));
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!email.value.trim()) {
      error.textContent = 'Enter an email address.';
      email.focus();
      return;
    }
    try {
      const languages = checked(form, 'language');
      const { status: code } = await json('/api/subscribers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(languages.length ? { email: email.value.trim(), languages } : { email: email.value.trim() }),
        signal,
      });
      announce(code === 201 ? `${email.value.trim()} added.` : `${email.value.trim()} was already on the list; updated.`);
      form.reset();
      await load();
    } catch (err) {
      if (err.name === 'AbortError') return;
      error.textContent = err instanceof ApiError ? err.message : 'The subscriber could not be added.';
      email.focus();
    }
  });

  await load();
}
