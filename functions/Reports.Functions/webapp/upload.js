import { upload, json, ApiError, role } from './api.js';
import { h, replace, announce } from './dom.js';

const ACCEPTED = ['.txt', '.md', '.html', '.htm', '.docx'];
const LOG = 'reports.uploads';
const KEEP = 300;
const AT_ONCE = 4;

/** Rejection reasons in plain words (the API's message follows as the detail). */
const REASONS = {
  unsupported_format: 'This kind of file cannot be read. Upload .txt, .md, .html or .docx.',
  empty: 'The file is empty.',
  binary: 'The file is not text.',
  encoding: 'The text is in an encoding that could not be recognised. Save it as UTF-8 and upload it again.',
  too_large: 'The file is too large.',
  corrupt: 'The Word file is damaged and could not be opened.',
  analysis_failed: 'The analysis kept failing on this article.',
  processing_failed: 'The article could not be processed after several attempts.',
};

const STATES = {
  waiting: 'Waiting',
  uploading: 'Uploading',
  queued: 'Queued for analysis',
  analysed: 'Analysed',
  rejected: 'Rejected',
  duplicate: 'Duplicate',
  failed: 'Not uploaded',
  'not-sent': 'Not sent',
};

/**
 * The upload log, kept in localStorage (names, ids and states only: no text, no key), so a page closed mid-way shows
 * on return what was accepted (the server analyses it anyway) and what was never sent.
 */
function readLog() {
  try {
    return JSON.parse(localStorage.getItem(LOG) ?? '[]');
  } catch {
    return [];
  }
}

function writeLog(entries) {
  localStorage.setItem(LOG, JSON.stringify(entries.slice(-KEEP).map(({ file, ...rest }) => rest)));
}

function plainSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

export async function uploadPage({ main, signal }) {
  if (role() === 'read') {
    main.append(h('h1', {}, 'Upload'), h('p', { class: 'error' }, 'This key only reads. Sign in with the write key to upload.'));
    return;
  }
  const entries = readLog();
  for (const e of entries) {
    // Closed before it was sent (or while sending): the bytes never reached the server.
    if (e.state === 'waiting' || e.state === 'uploading') {
      e.state = 'not-sent';
      e.message = 'The page was closed before this file was sent. Drop it again.';
    }
  }
  writeLog(entries);

  const files = h('input', { type: 'file', multiple: true, accept: ACCEPTED.join(','), id: 'pick-files', class: 'visually-hidden' });
  const folder = h('input', { type: 'file', multiple: true, webkitdirectory: true, id: 'pick-folder', class: 'visually-hidden' });
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    h('p', { class: 'big' }, 'Drop articles or a folder here'),
    h('p', {}, `${ACCEPTED.join(' ')} · many at once`),
    h('p', { class: 'pick' },
      h('label', { for: 'pick-files', class: 'button' }, 'Choose files'), ' ',
      h('label', { for: 'pick-folder', class: 'button secondary' }, 'Choose a folder')),
    files, folder);
  const summary = h('p', { class: 'status', id: 'upload-summary', 'aria-live': 'polite' });
  const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear finished');
  const list = h('ol', { class: 'uploads', id: 'uploads', 'aria-label': 'Uploads' });
  main.append(h('h1', {}, 'Upload'), zone, h('div', { class: 'row-between' }, summary, clear), list);

  const rows = new Map();
  const draw = () => {
    replace(list, entries.slice().reverse().map((e) => {
      let row = rows.get(e);
      if (!row) {
        row = h('li', { class: 'upload' });
        rows.set(e, row);
      }
      drawRow(row, e);
      return row;
    }));
    const count = (s) => entries.filter((e) => e.state === s).length;
    const busy = count('waiting') + count('uploading') + count('queued');
    summary.textContent = entries.length === 0 ? 'Nothing uploaded yet.'
      : `${count('analysed')} analysed, ${count('duplicate')} duplicate, ${count('rejected') + count('failed') + count('not-sent')} not analysed${busy ? `, ${busy} in progress` : ''}.`;
  };

  const save = () => writeLog(entries);
  let queue = [];
  let running = 0;
  const pump = () => {
    while (running < AT_ONCE && queue.length) {
      const e = queue.shift();
      running++;
      send(e).finally(() => { running--; pump(); });
    }
    if (!running && !queue.length) finishedBatch();
  };
  const send = async (e) => {
    e.state = 'uploading';
    e.progress = 0;
    draw();
    try {
      const answer = await upload(e.file, e.name, (p) => { e.progress = p; drawRow(rows.get(e), e); });
      e.id = answer.id;
      e.sent = answer.name;
      const earlier = entries.some((o) => o !== e && o.id === answer.id && o.at < e.at);
      if (answer.status === 'analyzed' || answer.status === 'rejected' || earlier) {
        e.state = 'duplicate';
        e.message = 'The same text was uploaded before: it is one article.';
      } else {
        e.state = 'queued';
      }
    } catch (err) {
      e.state = 'failed';
      e.message = err instanceof ApiError ? err.message : 'The upload failed.';
    }
    delete e.file;
    save();
    draw();
  };
  let announced = true;
  const finishedBatch = () => {
    if (!announced) {
      announced = true;
      announce(summary.textContent);
    }
  };

  const add = (fileList) => {
    const now = Date.now();
    let n = 0;
    for (const file of fileList) {
      const name = (file.relativePath || file.webkitRelativePath || file.name).replace(/^\/+/, '');
      const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
      const e = { name, size: file.size, at: now + n++, state: 'waiting' };
      if (!ACCEPTED.includes(ext)) {
        e.state = 'rejected';
        e.message = `Not sent: ${ext.startsWith('.') ? ext : 'this kind of file'} cannot be read. Upload .txt, .md, .html or .docx.`;
      } else {
        e.file = file;
        queue.push(e);
      }
      entries.push(e);
    }
    save();
    draw();
    announced = false;
    announce(`${n} file${n === 1 ? '' : 's'} added.`);
    pump();
    poll();
  };

  files.addEventListener('change', () => { add([...files.files]); files.value = ''; });
  folder.addEventListener('change', () => { add([...folder.files]); folder.value = ''; });
  zone.addEventListener('dragover', (ev) => { ev.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    zone.classList.remove('over');
    add(await droppedFiles(ev.dataTransfer));
  });
  clear.addEventListener('click', () => {
    const keep = entries.filter((e) => ['waiting', 'uploading', 'queued'].includes(e.state));
    entries.splice(0, entries.length, ...keep);
    save();
    draw();
  });

  // Articles accepted but not analysed yet: ask the API about each until it is analysed or rejected.
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      while (!signal.aborted) {
        const pending = entries.filter((e) => e.state === 'queued' && e.id);
        if (pending.length === 0 && !queue.length && !running) break;
        for (const e of pending) {
          if (signal.aborted) return;
          try {
            const { status, body } = await json(`/api/articles/${e.id}`, { signal });
            if (status === 200 && e.sent && body.source && body.source !== e.sent) {
              // Known under another name before this upload (a blob written straight into storage, or an upload
              // still on its way when this one was answered): one article, filed under that name.
              e.state = 'duplicate';
              e.message = 'The same text was uploaded before: it is one article.';
            } else if (status === 200 && body.status === 'rejected') {
              e.state = 'rejected';
              e.message = `${REASONS[body.reason] ?? 'It could not be analysed.'} (${body.message ?? body.reason})`;
            } else if (status === 200) {
              e.state = 'analysed';
              e.title = body.title;
              e.language = body.language;
              e.figures = (body.figures ?? []).length;
            }
          } catch (err) {
            if (err.name === 'AbortError') return;
            if (err instanceof ApiError && err.status === 410) {
              // upload_failed: the upload began but its content never arrived; the message says so.
              e.state = 'failed';
              e.message = err.message;
            } else if (err instanceof ApiError && err.status === 404) {
              e.state = 'failed';
              e.message = 'The server does not know this article any more.';
            }
          }
        }
        save();
        draw();
        await new Promise((r) => setTimeout(r, 1000));
      }
    } finally {
      polling = false;
      if (!signal.aborted) draw();
    }
  };

  draw();
  poll();
}

function drawRow(row, e) {
  if (!row) return;
  const state = h('span', { class: `state state-${e.state}` }, STATES[e.state] ?? e.state);
  const parts = [
    h('span', { class: 'name' }, e.name),
    h('span', { class: 'size muted' }, e.size !== undefined ? plainSize(e.size) : ''),
    state,
  ];
  if (e.state === 'uploading') {
    parts.push(h('progress', { max: '100', value: String(Math.round((e.progress ?? 0) * 100)), 'aria-label': `Uploading ${e.name}` }));
  }
  if (e.state === 'analysed' && e.id) {
    parts.push(h('a', { href: `#/article/${e.id}` }, `${e.figures ?? 0} figure${e.figures === 1 ? '' : 's'} · open`));
  }
  if (e.state === 'duplicate' && e.id) {
    parts.push(h('a', { href: `#/article/${e.id}` }, 'open the article'));
  }
  if (e.message) parts.push(h('span', { class: 'message' }, e.message));
  row.dataset.state = e.state;
  row.dataset.name = e.name;
  replace(row, parts);
}

/** The files of a drop, folders walked (webkitGetAsEntry), each with its path inside the drop. */
async function droppedFiles(transfer) {
  const entries = [...transfer.items].map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
  if (entries.some((e) => e === null)) return [...transfer.files];
  const out = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      const file = await new Promise((res, rej) => entry.file(res, rej));
      file.relativePath = prefix + file.name;
      out.push(file);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const e of entries) await walk(e, '');
  return out;
}
