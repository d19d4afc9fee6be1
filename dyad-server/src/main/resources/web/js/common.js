// Shared helpers of dyad's pages. Text from articles and the store is only ever inserted as text
// (textContent / text nodes), never parsed as HTML.

export const QUADS = {
  1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict',
};
export const QUAD_COLORS = { 1: '#3f9c5a', 2: '#1d6b3a', 3: '#e08a1e', 4: '#c0392b' };

/** GET a JSON resource of the API; throws an Error carrying the API's message. */
export async function api(path) {
  const r = await fetch('/api/v1' + path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    throw new Error(body && body.error ? body.error.message : `HTTP ${r.status}`);
  }
  return body;
}

/** Builds an element: attrs (class, text, on*, dataset, other attributes), children as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A link inside the UI: {@code page} plus encoded query parameters. */
export function href(page, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return page + (s ? '?' + s : '');
}

/** An outside link only for http(s) URLs; anything else is shown as text. */
export function outsideLink(url) {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: url }) : el('span', { text: url });
}

export function params() {
  return new URLSearchParams(location.search);
}

export function clear(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c != null));
  return node;
}

export function showError(container, err) {
  container.prepend(el('div', { class: 'error', role: 'alert', text: err.message || String(err) }));
}

export function actorLink(ref) {
  if (!ref) return el('span', { class: 'muted', text: 'unknown' });
  const label = ref.name + (ref.code ? ` (${ref.code})` : '');
  return el('a', { href: href('actor.html', { id: ref.id }), text: label, class: 'actor-link' });
}

export function quadBadge(q) {
  return el('span', { class: `badge q${q}`, title: QUADS[q], text: `${q} ${QUADS[q]}` });
}

/**
 * An event's kind as an analyst must read it: a negated event ("did not release") is not the act,
 * so it gets a grey NOT badge instead of its quad colour; alleged and hypothetical events say so.
 */
export function actBadges(e) {
  const kind = e.negated
    ? el('span', { class: 'badge not', title: `Negated: the text says this did not happen (${QUADS[e.quad_class]})`, text: `NOT ${e.quad_class} ${QUADS[e.quad_class]}` })
    : quadBadge(e.quad_class);
  const hedge = e.certainty && e.certainty !== 'asserted' ? el('span', { class: `tag cert ${e.certainty}`, text: e.certainty }) : null;
  return el('span', { class: 'act' }, kind, hedge ? ' ' : null, hedge);
}

export function fmt(n, digits = 1) {
  return n == null ? '' : Number(n).toFixed(digits);
}

/** The details of one event: code, dyad, certainty, claimant and its mentions (in every article). */
export function eventDetail(e, currentArticle) {
  const dyadHref = e.source && e.target ? href('dyad.html', { a: e.source.id, b: e.target.id }) : null;
  const rows = [
    ['Code', el('span', {}, el('span', { class: 'code', text: e.cameo }), ' ', e.label || '')],
    ['Dyad', el('span', {}, actorLink(e.source), ' → ', actorLink(e.target),
      dyadHref ? el('span', {}, ' · ', el('a', { href: dyadHref, text: 'timeline' })) : null)],
    ['Quad class', quadBadge(e.quad_class)],
    ['Goldstein', fmt(e.goldstein)],
    ['Certainty', el('span', {}, el('span', { class: 'tag cert', text: e.certainty }),
      e.negated ? el('span', { class: 'tag neg', text: 'negated' }) : null)],
    ['Claimed by', e.claimed_by || el('span', { class: 'muted', text: '—' })],
    ['Date', e.date || el('span', { class: 'muted', text: 'undated' })],
    ['Location', e.location || el('span', { class: 'muted', text: '—' })],
    ['PLOVER', [e.plover, e.plover_mode].filter(Boolean).join(' / ') || '—'],
    ['Reported', `${e.num_articles} article(s), ${e.num_sources} source(s), ${e.num_mentions} mention(s)`],
  ];
  const dl = el('dl', {}, rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
  const names = new Map((e.articles || []).map((a) => [a.id, a]));
  const mentions = el('ul', { class: 'plain mentions' }, (e.mentions || []).map((m) => {
    const a = names.get(m.article);
    const where = m.article === currentArticle
      ? el('span', { class: 'muted', text: `this article, sentence ${m.sentence + 1}` })
      : el('a', { href: href('article.html', { id: m.article, event: e.id }), text: a ? a.name : `article ${m.article}` });
    return el('li', { class: 'mention' }, el('blockquote', { text: m.text }), where);
  }));
  return el('div', { class: 'detail', dataset: { event: e.id } }, dl, el('h2', { text: 'Mentions', style: 'margin-top:14px' }), mentions);
}

/** Opens the event's details in a modal dialog (events and dyad pages). */
export function openEventDialog(e) {
  let dialog = document.getElementById('event-dialog');
  if (!dialog) {
    dialog = el('dialog', { id: 'event-dialog' });
    document.body.append(dialog);
  }
  clear(dialog,
    el('div', { class: 'head' }, el('strong', { text: `Event #${e.id}: ${e.label || e.cameo}` }),
      el('button', { class: 'secondary', type: 'button', onclick: () => dialog.close(), text: 'Close' })),
    el('div', { class: 'body' }, eventDetail(e)));
  dialog.showModal();
}

/** The site's pages, in the order the navigation bar lists them. */
const NAV = [
  ['index.html', 'home', 'Overview'],
  ['events.html', 'events', 'Events'],
  ['stories.html', 'stories', 'Stories'],
  ['network.html', 'network', 'Network'],
  ['map.html', 'map', 'Map'],
  ['dyad.html', 'dyad', 'Dyads'],
  ['actor.html', 'actor', 'Actors'],
  ['/api/docs', 'api', 'API'],
];

/** Fills the page's empty {@code header.top} with the brand and the navigation, marking this page's link. */
export function renderNav(page) {
  const links = NAV.map(([target, id, label]) =>
    el('a', { href: target, dataset: { page: id }, class: id === page ? 'active' : null, text: label }));
  document.querySelector('header.top').replaceChildren(el('div', { class: 'bar' },
    el('a', { class: 'brand', href: 'index.html', text: 'dyad' }), el('nav', {}, links)));
}
