// One article: its original text with actors, event mentions and quotes highlighted. The text is cut
// into segments at every span boundary; each segment is a text node inside a span, never HTML.
import { api, el, href, clear, params, showError, renderNav, outsideLink, actorLink, actBadges, eventDetail } from './common.js';

renderNav('article');
const main = document.getElementById('main');
let events = new Map();

function spansOf(data, articleId) {
  const spans = [];
  for (const a of data.actors) {
    for (const m of a.mentions) spans.push({ start: m.start, end: m.end, kind: 'actor', actor: a.actor });
  }
  for (const e of data.events) {
    for (const m of e.mentions) {
      if (m.article === articleId) spans.push({ start: m.start, end: m.end, kind: 'event', event: e });
    }
  }
  for (const q of data.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote', quote: q });
  return spans.filter((s) => s.start < s.end);
}

function renderText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    if (!over.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const kinds = new Set(over.map((s) => s.kind));
    const evs = over.filter((s) => s.kind === 'event').sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const actors = over.filter((s) => s.kind === 'actor').map((s) => `${s.actor.name}${s.actor.code ? ' (' + s.actor.code + ')' : ''}`);
    const title = [...actors, ...evs.map((s) => `${s.event.cameo} ${s.event.label || ''}`)].join(' · ');
    const span = el('span', {
      class: [...kinds].map((k) => 'hl-' + k).join(' '),
      title: title || null,
      dataset: evs.length ? { events: evs.map((s) => s.event.id).join(' ') } : {},
    }, piece);
    if (evs.length) span.addEventListener('click', () => select(evs[0].event.id, false));
    out.push(span);
  }
  return out;
}

function select(eventId, scroll) {
  const e = events.get(String(eventId));
  if (!e) return;
  document.querySelectorAll('#article-text .selected').forEach((n) => n.classList.remove('selected'));
  const marked = [...document.querySelectorAll('#article-text [data-events]')].filter((n) => n.dataset.events.split(' ').includes(String(e.id)));
  marked.forEach((n) => n.classList.add('selected'));
  document.querySelectorAll('#event-list li').forEach((li) => li.classList.toggle('active', li.dataset.event === String(e.id)));
  clear(document.getElementById('event-panel'), el('h2', { text: `Event #${e.id}` }), eventDetail(e, articleId));
  if (scroll && marked.length) marked[0].scrollIntoView({ block: 'center' });
}

const articleId = Number(params().get('id'));

async function load() {
  if (!articleId) {
    showError(main, new Error('No article given: open one from the overview, the events or an actor.'));
    return;
  }
  try {
    const data = await api('/articles/' + articleId);
    const a = data.article;
    document.title = `${a.title || a.name} · dyad`;
    events = new Map(data.events.map((e) => [String(e.id), e]));
    clear(document.getElementById('article-head'),
      el('h1', { id: 'article-title', text: a.title || a.name }),
      el('p', { class: 'muted' }, `${a.date || 'undated'} · ${a.name}`, a.url ? ' · ' : null, outsideLink(a.url), ' · ',
        el('a', { id: 'story-link', href: href('stories.html', { id: a.story_id }), text: 'its story' }),
        a.near_duplicate_of ? el('span', {}, ' · near-duplicate of ',
          el('a', { href: href('article.html', { id: a.near_duplicate_of }), text: `article ${a.near_duplicate_of}` })) : null));
    clear(document.getElementById('article-text'), renderText(data.text, spansOf(data, articleId)));
    clear(document.getElementById('event-list'), data.events.map((e) =>
      el('li', { class: 'clickable', dataset: { event: String(e.id) }, onclick: () => select(e.id, true) },
        actBadges(e), ' ', el('span', { class: 'code', text: e.cameo }), ' ', e.label || '',
        el('div', { class: 'muted', text: `${e.source ? e.source.name : '?'} → ${e.target ? e.target.name : '?'}` }))));
    if (!data.events.length) document.getElementById('event-list').append(el('li', { class: 'empty', text: 'No events.' }));
    clear(document.getElementById('actor-list'), data.actors.map((x) =>
      el('li', {}, actorLink(x.actor), el('span', { class: 'muted', text: ` · ${x.mentions.length} mention(s) · ${x.actor.type}` }))));
    clear(document.getElementById('quote-list'), data.quotes.map((q) =>
      el('li', {}, el('blockquote', { text: q.text }), el('span', { class: 'muted' }, '— ', q.speaker ? actorLink(q.speaker) : q.speaker_text || 'unattributed'))));
    if (!data.quotes.length) document.getElementById('quote-list').append(el('li', { class: 'empty', text: 'No quotes.' }));
    const wanted = params().get('event');
    if (wanted) select(wanted, true);
  } catch (err) {
    showError(main, err);
  }
}

load();
