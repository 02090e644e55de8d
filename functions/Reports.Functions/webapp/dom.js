// Building the page: every text goes in through textContent (article text is untrusted input), never innerHTML.

/**
 * Creates an element: h('a', { href: '#/x', class: 'c' }, 'text', child, ...).
 * Attributes are set with setAttribute (no event handler attributes are allowed); strings become text nodes.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) {
      el.addEventListener(name.slice(2), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children: elements as they are, strings and numbers as text nodes, arrays flattened, nulls skipped. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Says something to screen-reader users (the page's polite live region). */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  // A new text node after a tick makes screen readers read it even when it repeats.
  setTimeout(() => { region.textContent = text; }, 50);
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/** The writing direction of a language: 'rtl' for Persian, Arabic and others written right to left. */
export function dirOf(language) {
  return RTL.has((language ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}

/** lang and dir attributes for text in a language ('und' or unknown: the browser decides the direction). */
export function langAttrs(language) {
  if (!language || language === 'und') return { dir: 'auto' };
  return { lang: language, dir: dirOf(language) };
}

export const LANGUAGES = {
  vi: 'Vietnamese', fa: 'Persian', en: 'English', id: 'Indonesian', uk: 'Ukrainian',
  ru: 'Russian', ar: 'Arabic', fr: 'French', es: 'Spanish', de: 'German', und: 'Undetermined',
};

export const KINDS = {
  killed: 'killed', injured: 'injured', casualties: 'casualties',
  drones_launched: 'drones launched', drones_downed: 'drones shot down',
  missiles_launched: 'missiles launched', missiles_downed: 'missiles shot down',
};

export const QUALIFIERS = {
  exact: 'exactly', at_least: 'at least', more_than: 'more than', about: 'about', nearly: 'nearly', up_to: 'up to',
};

/** A figure's number as a person reads it: "12", "12–15", "12 or more". */
export function figureValue(f) {
  if (f.upper === null || f.upper === undefined) {
    return f.qualifier === 'exact' ? String(f.value) : `${f.value}`;
  }
  return f.lower !== f.upper ? `${f.lower}–${f.upper}` : String(f.value);
}

/** "at least 12 killed" */
export function figureLabel(f) {
  const q = f.qualifier && f.qualifier !== 'exact' ? `${QUALIFIERS[f.qualifier] ?? f.qualifier} ` : '';
  return `${q}${figureValue(f)} ${KINDS[f.kind] ?? f.kind}`;
}

/** yyyy-MM-dd of a Date in UTC. */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** Today's date (UTC) plus days. */
export function dayFromToday(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** A labelled form field: label above the control. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const parts = [h('label', { for: id }, label), control];
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

/** A select from {value: label}, with an optional first empty choice. */
export function select(name, options, value, empty) {
  const el = h('select', { name });
  if (empty) el.append(h('option', { value: '' }, empty));
  for (const [v, label] of Object.entries(options)) {
    el.append(h('option', { value: v, selected: v === value }, label));
  }
  return el;
}

/** A group of checkboxes in a fieldset. */
export function checkboxes(legend, name, options, checked) {
  const set = new Set(checked ?? []);
  return h('fieldset', { class: 'checks' }, h('legend', {}, legend),
    Object.entries(options).map(([v, label]) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: set.has(v) }), ` ${label}`)));
}

/** The values of the checked boxes of a name in a form. */
export function checked(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}
