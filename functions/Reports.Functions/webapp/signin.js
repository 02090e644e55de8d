import { ApiError, signIn } from './api.js';
import { h, field, announce } from './dom.js';

/** Sign-in: the staff key, checked against the API once and kept for this tab (sessionStorage). */
export async function signInPage({ main, query }) {
  const input = h('input', { type: 'password', name: 'key', autocomplete: 'current-password', required: true, spellcheck: 'false' });
  const error = h('p', { class: 'error', id: 'signin-error', role: 'alert' });
  const button = h('button', { type: 'submit' }, 'Sign in');
  const refused = query.get('refused');
  if (refused) {
    error.textContent = refused === 'wrong' ? 'The key was refused: it is wrong. Enter it again.' : 'Sign in to continue.';
  }
  const form = h('form', { class: 'card narrow', novalidate: true },
    field('Staff key', input, 'The function key your administrator gave you. It is kept in this browser tab only, until you close it.'),
    error,
    button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const candidate = input.value.trim();
    if (!candidate) {
      error.textContent = 'Enter the key.';
      input.focus();
      return;
    }
    button.disabled = true;
    error.textContent = '';
    announce('Checking the key…');
    try {
      await signIn(candidate);
      announce('Signed in.');
      const next = query.get('next');
      location.hash = next && next.startsWith('#/') && !next.startsWith('#/signin') ? next : '#/articles';
    } catch (err) {
      const text = !(err instanceof ApiError) ? 'Something went wrong; try again.'
        : err.status === 401 && err.code === 'key_required' ? 'A key is required.'
        : err.status === 401 ? 'This key is wrong. Check it and try again.'
        : err.message;
      error.textContent = text;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } finally {
      button.disabled = false;
    }
  });
  main.append(h('h1', {}, 'Sign in'), form);
  input.focus();
}
