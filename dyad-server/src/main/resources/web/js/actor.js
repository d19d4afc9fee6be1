// One actor: fields, aliases, relations (the actors it has most events with), its quotes.
import { api, el, href, clear, params, showError, renderNav, actorLink, fmt } from './common.js';

renderNav('actor');
const main = document.getElementById('main');
const id = params().get('id');

function found(list) {
  clear(document.getElementById('found'), list.map((a) => el('li', {}, el('a', { href: href('actor.html', { id: a.id }), text: a.name }),
    el('span', { class: 'muted', text: ` ${a.code || ''} · ${a.num_events} event(s)` }))));
}

document.getElementById('find').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = ev.target.elements.q.value.trim();
  if (!q) return;
  try {
    found((await api('/search?q=' + encodeURIComponent(q))).actors);
  } catch (err) {
    showError(main, err);
  }
});

async function load() {
  if (!id) {
    clear(document.getElementById('actor-head'), el('h1', { text: 'Actors' }), el('p', { class: 'muted', text: 'The most active actors; or find one by name.' }));
    found((await api('/actors?limit=25')).items);
    clear(document.getElementById('relations'), el('p', { class: 'empty', text: 'Choose an actor.' }));
    return;
  }
  try {
    const [p, quotes] = await Promise.all([api('/actors/' + encodeURIComponent(id)), api('/quotes?limit=20&actor=' + encodeURIComponent(id))]);
    const a = p.actor;
    document.title = `${a.name} · dyad`;
    clear(document.getElementById('actor-head'), el('h1', { id: 'actor-name', text: a.name }),
      el('p', { class: 'muted' }, el('span', { class: 'code', text: a.code || 'no code' }), ` · ${a.type}`,
        ` · ${a.num_events} event(s) in ${a.num_articles} article(s) · `,
        el('a', { href: href('events.html', { actor: a.id }), text: 'all its events' })));
    const facts = [['Code', a.code], ['Type', a.type], ['Country', a.country], ['Role', a.role], ['Title', a.title],
      ['Affiliation', p.affiliated_with ? actorLink(p.affiliated_with) : a.affiliation]];
    clear(document.getElementById('profile'), el('dl', { class: 'detail' },
      facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v || el('span', { class: 'muted', text: '—' }))])));
    clear(document.getElementById('aliases'), p.aliases.length ? p.aliases.map((x) => el('span', { class: 'tag', text: x }))
      : el('p', { class: 'empty', text: 'No aliases.' }));
    clear(document.getElementById('relations'), p.relations.length ? el('table', { id: 'relations-table' },
      el('thead', {}, el('tr', {}, ['Actor', 'Events', 'Cooperation', 'Conflict', 'Goldstein mean', ''].map((h, i) =>
        el('th', { class: i >= 1 && i <= 4 ? 'num' : null, text: h })))),
      el('tbody', {}, p.relations.map((r) => el('tr', {},
        el('td', {}, actorLink(r.other)), el('td', { class: 'num', text: String(r.events) }),
        el('td', { class: 'num', text: String(r.cooperation) }), el('td', { class: 'num', text: String(r.conflict) }),
        el('td', { class: 'num', text: fmt(r.goldstein_mean, 2) }),
        el('td', {}, el('a', { href: href('dyad.html', { a: a.id, b: r.other.id }), text: 'timeline' }))))))
      : el('p', { class: 'empty', text: 'No relations.' }));
    clear(document.getElementById('quotes'), quotes.items.length ? quotes.items.map((q) => el('li', {}, el('blockquote', { text: q.text }),
      el('a', { href: href('article.html', { id: q.article_id }), text: q.article_title || `article ${q.article_id}` })))
      : el('li', { class: 'empty', text: 'No quotes.' }));
    found([]);
  } catch (err) {
    showError(main, err);
  }
}

load();
