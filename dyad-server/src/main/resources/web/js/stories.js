// Stories: near-duplicate articles clustered as they were stored, each with its articles (title,
// publisher, date) and the events they tell; one story alone with ?id=N (its first article's id).
import { api, el, href, clear, params, showError, renderNav, actorLink, actBadges, openEventDialog } from './common.js';

renderNav('stories');
const main = document.getElementById('main');
const list = document.getElementById('stories');
const LIMIT = 20;
const storyId = params().get('id');
let offset = Number(params().get('offset') || 0);

function articleRow(a) {
  const kin = a.near_duplicate_of == null ? 'first report'
    : `near-duplicate of article ${a.near_duplicate_of}` + (a.similarity == null ? '' : ` (similarity ${a.similarity.toFixed(2)})`);
  return el('tr', {},
    el('td', {}, el('a', { href: href('article.html', { id: a.id }), text: a.title || a.name })),
    el('td', { text: a.publisher || '—' }),
    el('td', { text: a.date || 'undated' }),
    el('td', { class: 'muted', text: kin }));
}

function eventItem(e) {
  return el('li', { class: 'clickable', dataset: { event: String(e.id) }, onclick: (ev) => { if (ev.target.tagName !== 'A') openEventDialog(e); } },
    actBadges(e), ' ', el('span', { class: 'code', text: e.cameo }), ' ', e.label || '', ' ',
    el('span', { class: 'muted' }, actorLink(e.source), ' → ', actorLink(e.target), ` · ${e.date || 'undated'}`));
}

function storyCard(s) {
  const first = s.articles[0];
  return el('section', { class: 'card story', dataset: { story: String(s.id) } },
    el('h2', {}, el('a', { href: href('stories.html', { id: s.id }), text: first.title || first.name }),
      el('span', { class: 'muted', text: ` · ${s.articles.length} article(s), ${s.events.length} event(s)` })),
    el('table', { class: 'story-articles' },
      el('thead', {}, el('tr', {}, ['Title', 'Publisher', 'Date', 'In the story as'].map((h) => el('th', { text: h })))),
      el('tbody', {}, s.articles.map(articleRow))),
    el('h3', { text: 'Events' }),
    s.events.length ? el('ul', { class: 'plain story-events' }, s.events.map(eventItem)) : el('p', { class: 'empty', text: 'No events.' }));
}

async function loadOne() {
  document.getElementById('pager').hidden = true;
  try {
    const s = await api('/stories/' + encodeURIComponent(storyId));
    document.getElementById('stories-title').textContent = `Story ${s.id}`;
    clear(list, storyCard(s), el('p', {}, el('a', { href: 'stories.html', text: '← All stories' })));
  } catch (err) {
    showError(main, err);
  }
}

async function loadPage() {
  history.replaceState(null, '', href('stories.html', { offset: offset || null }));
  document.querySelectorAll('.error').forEach((n) => n.remove());
  try {
    const page = await api(href('/stories', { limit: LIMIT, offset }));
    clear(list, page.items.length ? page.items.map(storyCard) : el('p', { class: 'empty', text: 'No stories stored.' }));
    const last = Math.min(page.offset + page.items.length, page.total);
    document.getElementById('range').textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : '0 stories';
    document.getElementById('prev').disabled = page.offset === 0;
    document.getElementById('next').disabled = last >= page.total;
  } catch (err) {
    showError(main, err);
  }
}

document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - LIMIT); loadPage(); });
document.getElementById('next').addEventListener('click', () => { offset += LIMIT; loadPage(); });
if (storyId) loadOne(); else loadPage();
