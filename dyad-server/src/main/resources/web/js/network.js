// The actor network (ECharts graph): actors as nodes sized by their events, relations as edges in the
// colour of their main quad class (dashed when they hold several), each node named and the view fitted
// so no name is cut; filters for dates and quad classes.
import { api, el, href, clear, params, showError, renderNav, fmt, QUADS, QUAD_COLORS } from './common.js';

renderNav('network');
const main = document.getElementById('main');
const form = document.getElementById('network-form');
const chart = echarts.init(document.getElementById('graph'));
window.addEventListener('resize', () => chart.resize());
let nodesById = new Map();

for (const f of ['from', 'to', 'nodes']) {
  const v = params().get(f);
  if (v) form.elements[f].value = v;
}
if (params().get('quad')) {
  const on = params().get('quad').split(',');
  form.querySelectorAll('input[name=quad]').forEach((c) => { c.checked = on.includes(c.value); });
}

const LABEL_FONT_SIZE = 12;
/** Node colours by actor type; the page's legend shows the same. */
const NODE_COLORS = { state: '#2458a6', person: '#8e6bbf', other: '#17324d' };
const MARGIN = 12;

function symbolSize(n, max) {
  return 12 + 38 * Math.sqrt(n.weight / max);
}

/** How wide a label is drawn, in pixels. */
function labelWidth(text) {
  const ctx = labelWidth.canvas.getContext('2d');
  ctx.font = `${LABEL_FONT_SIZE}px sans-serif`;
  return ctx.measureText(text).width;
}
labelWidth.canvas = document.createElement('canvas');

/**
 * Moves and zooms the view so that every node and the name to its right lie inside the chart: the
 * force layout puts nodes anywhere, and a name cut at the edge cannot be read. Labels keep their size
 * when the view zooms, so room for the widest is kept beside the nodes' extent.
 */
function fit(nodes, max) {
  if (!nodes.length) return;
  const big = Math.max(...nodes.map((n) => symbolSize(n, max))) / 2;
  const label = Math.max(...nodes.map((n) => labelWidth(n.actor.name))) + 5;
  const [w, h] = [chart.getWidth(), chart.getHeight()];
  let box = extent(nodes.length);
  const zoom = Math.min(1, (w - 2 * MARGIN - 2 * big - label) / Math.max(1, box.maxX - box.minX),
    (h - 2 * MARGIN - 2 * Math.max(big, LABEL_FONT_SIZE)) / Math.max(1, box.maxY - box.minY));
  chart.dispatchAction({ type: 'graphRoam', seriesIndex: 0, zoom, originX: w / 2, originY: h / 2 });
  // Then centre the nodes with their names: the leftmost node's edge and the widest name's end.
  box = extent(nodes.length);
  const width = box.maxX - box.minX + 2 * big + label;
  chart.dispatchAction({ type: 'graphRoam', seriesIndex: 0, dx: (w - width) / 2 + big - box.minX,
    dy: h / 2 - (box.minY + box.maxY) / 2 });
}

/** Where the nodes are drawn, in pixels of the chart. */
function extent(count) {
  const data = chart.getModel().getSeriesByIndex(0).getData();
  const pts = Array.from({ length: count }, (_, i) => chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i)));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** The quad class most of a relation's events are in; of two as many, the more conflictual. */
function mainQuad(e) {
  let best = 1;
  for (let q = 2; q <= 4; q++) if (e.quad_classes[q] >= e.quad_classes[best]) best = q;
  return best;
}

/** How many quad classes a relation's events are in. */
function classCount(e) {
  return [1, 2, 3, 4].filter((q) => e.quad_classes[q] > 0).length;
}

/** The edge legend, from the colours the edges are drawn in: one swatch per quad class. */
function edgeLegend() {
  const legend = document.getElementById('edge-legend');
  clear(legend, ...[1, 2, 3, 4].map((q) => el('span', {}, el('span', { class: `sw q${q}` }), `${q} ${QUADS[q].toLowerCase()}`)),
    el('span', {}, el('span', { class: 'sw dashed' }), 'several classes (dashed, in the main one\'s colour)'));
}

/** A relation's events by quad class, as lines of text. */
function byQuad(e) {
  return [1, 2, 3, 4].filter((q) => e.quad_classes[q] > 0).map((q) => `${QUADS[q]}: ${e.quad_classes[q]}`);
}

function showNode(n) {
  clear(document.getElementById('selection'), el('h2', { text: n.actor.name }),
    el('p', { class: 'muted', text: `${n.actor.code || ''} · ${n.type}${n.country ? ' · ' + n.country : ''} · ${n.weight} event(s)` }),
    el('p', {}, el('a', { href: href('actor.html', { id: n.actor.id }), text: 'Actor page' }), ' · ',
      el('a', { href: href('events.html', { actor: n.actor.id }), text: 'Events' })));
}

function showEdge(e) {
  const a = nodesById.get(e.a);
  const b = nodesById.get(e.b);
  clear(document.getElementById('selection'), el('h2', { text: `${a.actor.name} ↔ ${b.actor.name}` }),
    el('dl', { class: 'detail' },
      el('dt', { text: 'Events' }), el('dd', { text: String(e.events) }),
      ...[1, 2, 3, 4].flatMap((q) => [el('dt', { text: `${q} ${QUADS[q]}` }), el('dd', { text: String(e.quad_classes[q]) })]),
      el('dt', { text: 'Goldstein mean' }), el('dd', { text: fmt(e.goldstein_mean, 2) })),
    el('p', {}, el('a', { href: href('dyad.html', { a: e.a, b: e.b }), text: 'Timeline of this dyad' }), ' · ',
      el('a', { href: href('events.html', { dyad: `${e.a}:${e.b}` }), text: 'Events' })));
}

function tooltip(p) {
  if (p.dataType === 'edge') {
    const e = p.data.edge;
    return el('div', {}, el('b', { text: `${nodesById.get(e.a).actor.name} ↔ ${nodesById.get(e.b).actor.name}` }),
      el('div', { text: `${e.events} event(s)` }), ...byQuad(e).map((line) => el('div', { text: line })),
      el('div', { text: `Goldstein mean ${fmt(e.goldstein_mean, 2)}` }));
  }
  const n = p.data.node;
  return el('div', {}, el('b', { text: n.actor.name }), el('div', { text: `${n.actor.code || ''} · ${n.weight} event(s)` }));
}

async function load() {
  const q = new URLSearchParams();
  for (const f of ['from', 'to', 'nodes']) if (form.elements[f].value) q.set(f, form.elements[f].value);
  const quads = [...form.querySelectorAll('input[name=quad]:checked')].map((c) => c.value);
  if (quads.length < 4) q.set('quad', quads.join(','));
  history.replaceState(null, '', 'network.html' + (q.toString() ? '?' + q : ''));
  document.querySelectorAll('.error').forEach((n) => n.remove());
  if (!quads.length) {
    showError(main, new Error('Choose at least one quad class.'));
    return;
  }
  try {
    const net = await api('/network?' + q);
    nodesById = new Map(net.nodes.map((n) => [n.actor.id, n]));
    const max = Math.max(1, ...net.nodes.map((n) => n.weight));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    chart.setOption({
      animationDuration: 300,
      tooltip: { formatter: tooltip },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        // Laid out at once (no animation), so fit() sees where the nodes end up.
        force: { repulsion: 260, edgeLength: [60, 160], gravity: 0.1, layoutAnimation: false },
        label: { show: true, position: 'right', fontSize: LABEL_FONT_SIZE, color: '#1f2933', formatter: (p) => p.data.node.actor.name },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        data: net.nodes.map((n) => ({
          id: n.actor.id, name: n.actor.name, node: n,
          symbolSize: symbolSize(n, max),
          itemStyle: { color: NODE_COLORS[n.type] || NODE_COLORS.other },
        })),
        links: net.edges.map((e) => ({
          source: e.a, target: e.b, edge: e,
          lineStyle: { color: QUAD_COLORS[mainQuad(e)], type: classCount(e) > 1 ? 'dashed' : 'solid',
            width: 1.5 + 6 * (e.events / maxEdge), opacity: 0.9, curveness: 0.08 },
        })),
      }],
      graphic: net.nodes.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: 'No relations for these filters', fill: '#616e7c', fontSize: 16 } }],
    }, true);
    fit(net.nodes, max);
    document.getElementById('graph').dataset.nodes = String(net.nodes.length);
    document.getElementById('graph').dataset.edges = String(net.edges.length);
  } catch (err) {
    showError(main, err);
  }
}

chart.on('click', (p) => {
  if (p.dataType === 'edge') showEdge(p.data.edge);
  else if (p.dataType === 'node') showNode(p.data.node);
});
form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
edgeLegend();
load();
