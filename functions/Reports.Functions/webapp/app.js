// The newsroom web app: a hash router (#/articles?from=...; links carry their query, so they can be shared) over pages
// that each render into <main>.
import { key, signOut } from './api.js';
import { announce } from './dom.js';
import { signInPage } from './signin.js';
import { uploadPage } from './upload.js';
import { articlesPage } from './articles.js';
import { articlePage } from './article.js';
import { reportsPage } from './reports.js';
import { subscribersPage } from './subscribers.js';

const pages = {
  signin: signInPage,
  upload: uploadPage,
  articles: articlesPage,
  article: articlePage,
  reports: reportsPage,
  subscribers: subscribersPage,
};

let current = null;

/** The route of the location's hash: #/name/arg?query → { name, arg, query }. */
export function route() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(2) : 'articles';
  const [path, search = ''] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'articles', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, query: new URLSearchParams(search) };
}

async function render() {
  const main = document.getElementById('main');
  let { name, arg, query } = route();
  if (!pages[name]) name = 'articles';
  const nav = document.getElementById('nav');
  if (!key() && name !== 'signin') {
    const back = location.hash.startsWith('#/') ? location.hash : '#/articles';
    location.replace(`#/signin?next=${encodeURIComponent(back)}`);
    return;
  }
  nav.hidden = !key();
  for (const a of nav.querySelectorAll('a')) {
    if (a.getAttribute('href') === `#/${name}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  current?.abort();
  current = new AbortController();
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  try {
    await pages[name]({ main, arg, query, signal: current.signal });
  } finally {
    main.removeAttribute('aria-busy');
  }
  const heading = main.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} · Reports`;
    heading.setAttribute('tabindex', '-1');
    if (document.activeElement === document.body || document.activeElement === main) heading.focus();
  }
}

window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/')) render();
});

window.addEventListener('reports:key-refused', (e) => {
  const wrong = e.detail?.code !== 'key_required';
  signOut();
  announce(wrong ? 'The key is wrong. Sign in again.' : 'Sign in to continue.');
  location.replace(`#/signin?refused=${wrong ? 'wrong' : 'required'}&next=${encodeURIComponent(location.hash)}`);
});

document.getElementById('signout').addEventListener('click', () => {
  signOut();
  location.hash = '#/signin';
});

document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault();
  (document.querySelector('main h1') ?? document.getElementById('main')).focus();
});

render();
