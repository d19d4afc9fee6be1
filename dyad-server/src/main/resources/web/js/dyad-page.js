// A dyad: cooperation and conflict between two actors per month or year (ECharts), and the events
// behind each point of the timeline.
import { api, el, href, clear, params, showError, renderNav, actorLink, quadBadge, fmt, QUADS, QUAD_COLORS, openEventDialog } from './common.js';

renderNav('dyad');
const main = document.getElementById('main');
const form = document.getElementById('dyad-form');
const chart = echarts.init(document.getElementById('chart'));
window.addEventListener('resize', () => chart.resize());
let periods = [];

for (const f of ['a', 'b', 'by', 'direction', 'from', 'to']) {
  const v = params().get(f);
  if (v) form.elements[f].value = v;
}

function showPeriod(i) {
  const p = periods[i];
  if (!p) return;
  document.getElementById('period-title').textContent = `Events of ${p.period} (${p.events})`;
  const table = el('table', { id: 'period-table' },
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Quad', 'Goldstein', 'Articles'].map((h) => el('th', { text: h })))),
    el('tbody', {}, p.top.map((e) => el('tr', { class: 'clickable', dataset: { event: e.id }, onclick: (ev) => { if (ev.target.tagName !== 'A') openEventDialog(e); } },
      el('td', { text: e.date || 'undated' }), el('td', {}, actorLink(e.source)),
      el('td', {}, el('span', { class: 'code', text: e.cameo }), ' ', e.label || ''), el('td', {}, actorLink(e.target)),
      el('td', {}, quadBadge(e.quad_class)), el('td', { class: 'num', text: fmt(e.goldstein) }),
      el('td', { class: 'num', text: String(e.num_articles) })))));
  const more = p.top.length < p.events ? el('p', { class: 'muted', text: `The ${p.top.length} most reported of ${p.events}.` }) : null;
  clear(document.getElementById('period-events'), table, more);
}

/** A period's tooltip: its counted events by quad class, the signed mean, and what was left out and why. */
function tooltip(items) {
  const p = periods[items[0].dataIndex];
  const lines = [`<b>${p.period}</b>: ${p.events} event(s) counted`];
  for (let q = 1; q <= 4; q++) if (p.quad_classes[q]) lines.push(`${QUADS[q]}: ${p.quad_classes[q]}`);
  lines.push(`mean Goldstein: ${p.goldstein_mean == null ? 'none' : (Math.round(p.goldstein_mean * 100) / 100).toFixed(2)}`);
  const out = Object.entries(p.left_out || {}).map(([why, n]) => `${n} ${why}`);
  if (out.length) lines.push(`left out: ${out.join(', ')}`);
  return lines.join('<br>');
}

function draw(data) {
  periods = data.periods;
  const x = periods.map((p) => p.period);
  const bar = (q, sign) => ({
    name: QUADS[q], type: 'bar', stack: 'events', barMaxWidth: 48, itemStyle: { color: QUAD_COLORS[q] },
    emphasis: { focus: 'series' }, data: periods.map((p) => sign * p.quad_classes[q]),
  });
  chart.setOption({
    animation: false,
    grid: { left: 50, right: 60, top: 50, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    xAxis: { type: 'category', data: x },
    yAxis: [
      { type: 'value', name: 'events', axisLabel: { formatter: (v) => String(Math.abs(v)) } },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [bar(1, 1), bar(2, 1), bar(3, -1), bar(4, -1), {
      name: 'mean Goldstein', type: 'line', yAxisIndex: 1, symbolSize: 8, itemStyle: { color: '#2458a6' },
      data: periods.map((p) => (p.goldstein_mean == null ? null : Math.round(p.goldstein_mean * 100) / 100)),
    }],
  }, true);
}

async function load() {
  const a = form.elements.a.value.trim();
  const b = form.elements.b.value.trim();
  if (!a || !b) return;
  const by = form.elements.by.value;
  const direction = form.elements.direction.value;
  const range = { from: form.elements.from.value || null, to: form.elements.to.value || null };
  history.replaceState(null, '', href('dyad.html', { a, b, by, direction: direction === 'either' ? null : direction, ...range }));
  document.querySelectorAll('.error').forEach((n) => n.remove());
  try {
    const data = await api(href(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by, direction, top: 100, ...range }));
    clear(document.getElementById('dyad-title'), 'Dyad: ', el('a', { href: href('actor.html', { id: a }), text: a }), ' ↔ ',
      el('a', { href: href('actor.html', { id: b }), text: b }));
    draw(data);
    clear(document.getElementById('period-events'), el('p', { class: 'empty',
      text: periods.length ? 'Click a bar or point of the timeline.' : 'No events between these actors.' }));
    if (periods.length) showPeriod(periods.length - 1);
  } catch (err) {
    showError(main, err);
  }
}

chart.on('click', (p) => showPeriod(p.dataIndex));
chart.getZr().on('click', (ev) => {
  if (ev.target) return;
  const point = [ev.offsetX, ev.offsetY];
  if (chart.containPixel('grid', point)) {
    const [i] = chart.convertFromPixel({ seriesIndex: 0 }, point);
    showPeriod(i);
  }
});
form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
load();
