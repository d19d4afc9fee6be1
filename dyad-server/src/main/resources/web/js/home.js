// Overview: counts, search, latest articles, most active actors.
import { api, el, href, clear, showError, renderNav } from './common.js';

renderNav('home');
const main = document.getElementById('main');

function articleItem(a) {
  return el('li', {}, el('a', { href: href('article.html', { id: a.id }), text: a.title || a.name }),
    el('div', { class: 'muted', text: `${a.date || 'undated'} · ${a.num_events} event(s)` }));
}

function actorItem(a) {
  return el('li', {}, el('a', { href: href('actor.html', { id: a.id }), text: a.name }),
    a.code ? el('span', { class: 'code muted', text: ` ${a.code}` }) : null,
    el('div', { class: 'muted', text: `${a.type} · ${a.num_events} event(s) in ${a.num_articles} article(s)` }));
}

async function load() {
  try {
    const [stats, articles, actors] = await Promise.all([api('/stats'), api('/articles?limit=10'), api('/actors?limit=10')]);
    clear(document.getElementById('stats'), ['articles', 'stories', 'events', 'actors'].map((k) =>
      el('div', { class: 'stat' }, el('b', { text: stats[k].toLocaleString() }), el('span', { class: 'muted', text: k }))));
    clear(document.getElementById('articles'), el('ul', { class: 'plain' }, articles.items.map(articleItem)),
      articles.items.length ? null : el('p', { class: 'empty', text: 'No articles yet: dyad ingest, or POST /api/v1/articles.' }));
    clear(document.getElementById('actors'), el('ul', { class: 'plain' }, actors.items.map(actorItem)));
  } catch (err) {
    showError(main, err);
  }
}

document.getElementById('search-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  const out = document.getElementById('search-results');
  if (!q) return;
  try {
    const r = await api('/search?q=' + encodeURIComponent(q));
    clear(out, el('div', { class: 'grid halves', style: 'margin-top:12px' },
      el('div', {}, el('h2', { text: `Actors (${r.actors.length})` }), el('ul', { class: 'plain' }, r.actors.map(actorItem))),
      el('div', {}, el('h2', { text: `Articles (${r.articles.length})` }), el('ul', { class: 'plain' }, r.articles.map(articleItem)))));
  } catch (err) {
    clear(out, el('div', { class: 'error', text: err.message }));
  }
});

load();
