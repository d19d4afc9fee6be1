// Events: the filters of `dyad events` as a form (kept in the page's URL), a sortable table, pages.
import { api, el, clear, params, showError, renderNav, actorLink, fmt, openEventDialog, actBadges } from './common.js';

renderNav('events');
const main = document.getElementById('main');
const form = document.getElementById('filters');
const tbody = document.querySelector('#events-table tbody');
const FIELDS = ['actor', 'dyad', 'direction', 'cameo', 'quad', 'from', 'to', 'certainty', 'negated', 'country', 'sort'];
const LIMIT = 50;
let offset = Number(params().get('offset') || 0);
let rows = [];
let sortKey = null;
let sortAsc = true;

const KEYS = {
  date: (e) => e.date || '',
  source: (e) => (e.source ? e.source.name : ''),
  event: (e) => e.cameo,
  target: (e) => (e.target ? e.target.name : ''),
  quad: (e) => e.quad_class,
  goldstein: (e) => e.goldstein,
  certainty: (e) => e.certainty,
  articles: (e) => e.num_articles,
};

for (const f of FIELDS) {
  const v = params().get(f);
  if (v != null && form.elements[f]) form.elements[f].value = v;
}

function query() {
  const q = new URLSearchParams();
  for (const f of FIELDS) {
    const v = form.elements[f].value.trim();
    if (v && !(f === 'direction' && v === 'either') && !(f === 'sort' && v === 'date')) q.set(f, v);
  }
  return q;
}

function row(e) {
  return el('tr', { class: 'clickable', dataset: { event: e.id }, onclick: (ev) => { if (ev.target.tagName !== 'A') openEventDialog(e); } },
    el('td', { text: e.date || 'undated' }),
    el('td', {}, actorLink(e.source)),
    el('td', {}, el('span', { class: 'code', text: e.cameo }), ' ', e.label || '',
      e.negated ? el('span', { class: 'tag neg', text: 'negated' }) : null),
    el('td', {}, actorLink(e.target)),
    el('td', {}, actBadges(e)),
    el('td', { class: 'num', text: fmt(e.goldstein) }),
    el('td', { text: e.certainty }),
    el('td', { class: 'num', text: String(e.num_articles) }));
}

function render() {
  const list = [...rows];
  if (sortKey) {
    const k = KEYS[sortKey];
    list.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0) * (sortAsc ? 1 : -1));
  }
  clear(tbody, list.length ? list.map(row) : el('tr', {}, el('td', { colspan: '8', class: 'empty', text: 'No events match.' })));
  document.querySelectorAll('th.sortable').forEach((th) => {
    th.querySelector('.arrow')?.remove();
    if (th.dataset.key === sortKey) th.append(el('span', { class: 'arrow', text: sortAsc ? '▲' : '▼' }));
  });
}

/** The download links carry the filters (not the page): the file holds every event they match. */
function updateDownloads(q) {
  document.querySelectorAll('#downloads a[data-format]').forEach((a) => {
    const d = new URLSearchParams(q);
    d.set('format', a.dataset.format);
    a.href = '/api/v1/events/export?' + d;
  });
}

async function load() {
  const q = query();
  updateDownloads(q);
  if (offset) q.set('offset', offset);
  history.replaceState(null, '', 'events.html' + (q.toString() ? '?' + q : ''));
  q.set('limit', LIMIT);
  document.querySelectorAll('.error').forEach((n) => n.remove());
  try {
    const page = await api('/events?' + q);
    rows = page.items;
    render();
    const last = Math.min(page.offset + page.items.length, page.total);
    document.getElementById('range').textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : '0 events';
    document.getElementById('prev').disabled = page.offset === 0;
    document.getElementById('next').disabled = last >= page.total;
  } catch (err) {
    rows = [];
    render();
    showError(main, err);
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  offset = 0;
  load();
});
form.addEventListener('reset', () => setTimeout(() => { offset = 0; load(); }, 0));
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - LIMIT); load(); });
document.getElementById('next').addEventListener('click', () => { offset += LIMIT; load(); });
document.querySelectorAll('th.sortable').forEach((th) => th.addEventListener('click', () => {
  sortAsc = sortKey === th.dataset.key ? !sortAsc : true;
  sortKey = th.dataset.key;
  render();
}));

load();
