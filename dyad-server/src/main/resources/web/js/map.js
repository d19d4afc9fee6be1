// The map (ECharts geo): countries shaded by how many events happened there, events with coordinates
// as points; filters for actor, dyad, quad class and dates. Shapes are world-atlas' TopoJSON, decoded here.
import { api, el, href, clear, params, showError, renderNav, openEventDialog } from './common.js';

renderNav('map');
const main = document.getElementById('main');
const form = document.getElementById('map-form');
const FIELDS = ['actor', 'dyad', 'quad', 'from', 'to'];
const POINTS = 500;
const chart = echarts.init(document.getElementById('map'));
window.addEventListener('resize', () => chart.resize());

for (const f of FIELDS) {
  const v = params().get(f);
  if (v) form.elements[f].value = v;
}

function filters() {
  const q = new URLSearchParams();
  for (const f of FIELDS) {
    const v = form.elements[f].value.trim();
    if (v) q.set(f, v);
  }
  return q;
}

/** TopoJSON arcs to coordinates: quantized, delta-encoded positions scaled and translated. */
function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

/** A ring from arc indices; a negative index (~i) is arc i reversed; shared end points appear once. */
function ring(arcs, indices) {
  const out = [];
  for (const i of indices) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    out.push(...(out.length ? a.slice(1) : a));
  }
  return out;
}

/** GeoJSON features named by ISO alpha-3 code, so that event counts by country join them. */
function features(shapes) {
  const arcs = decodeArcs(shapes.topology);
  return shapes.topology.objects.countries.geometries.filter((g) => g.arcs).map((g) => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    return {
      type: 'Feature',
      properties: { name: shapes.iso3[g.id] || g.properties.name, label: g.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map((r) => ring(arcs, r))) },
    };
  });
}

let labels = {};

/**
 * Why an event is not the act it names, as the shading counts: negated, or hypothetical; null when
 * it counts. Such points are drawn hollow and grey, never in the act's colour.
 */
function notTheAct(e) {
  if (e.negated) return 'negated';
  return e.certainty === 'hypothetical' ? 'hypothetical' : null;
}

async function draw() {
  const q = filters();
  history.replaceState(null, '', 'map.html' + (q.toString() ? '?' + q : ''));
  const points = new URLSearchParams(q);
  points.set('bbox', '-180,-90,180,90');
  points.set('limit', POINTS);
  const [counts, page] = await Promise.all([api('/geo/countries?' + q), api('/events?' + points)]);
  const data = Object.entries(counts.countries).map(([name, value]) => ({ name, value }));
  const max = Math.max(1, ...data.map((d) => d.value));
  chart.setOption({
    tooltip: { trigger: 'item', formatter: (p) => (p.seriesType === 'scatter'
      ? `${p.data.event.label}<br>${p.data.event.location.name}${notTheAct(p.data.event) ? `<br>${notTheAct(p.data.event)}: not counted` : ''}`
      : `${labels[p.name] || p.name}: ${p.value || 0} event(s) counted`) },
    visualMap: { min: 0, max, left: 'left', bottom: 10, calculable: true, inRange: { color: ['#f3e9d2', '#c0392b'] } },
    geo: { map: 'world', roam: true, itemStyle: { areaColor: '#eee', borderColor: '#999' } },
    series: [
      { type: 'map', geoIndex: 0, data },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, itemStyle: { color: '#1f4e79' },
        data: page.items.map((e) => ({ value: [e.location.lon, e.location.lat], event: e,
          itemStyle: notTheAct(e) ? { color: 'transparent', borderColor: '#777', borderWidth: 1.5 } : undefined })) },
    ],
  }, true);
  const box = document.getElementById('map');
  box.dataset.countries = String(data.length);
  box.dataset.points = String(page.items.length);
  box.dataset.uncounted = String(page.items.filter(notTheAct).length);
  clear(document.querySelector('#countries tbody'), data.length
    ? data.sort((a, b) => b.value - a.value).map((d) => {
      const events = new URLSearchParams(q);
      events.set('country', d.name);
      return el('tr', {}, el('td', {}, el('a', { href: 'events.html?' + events, text: labels[d.name] || d.name })),
        el('td', { class: 'num', text: String(d.value) }));
    })
    : el('tr', {}, el('td', { colspan: '2', class: 'empty', text: 'No events with a known place match.' })));
}

chart.on('click', (p) => {
  if (p.seriesType === 'scatter') {
    openEventDialog(p.data.event);
  } else if (p.name) {
    const q = filters();
    q.set('country', p.name);
    location.href = 'events.html?' + q;
  }
});

form.addEventListener('submit', (ev) => { ev.preventDefault(); draw().catch((err) => showError(main, err)); });

(async () => {
  try {
    const shapes = await api('/geo/shapes');
    const fs = features(shapes);
    labels = Object.fromEntries(fs.map((f) => [f.properties.name, f.properties.label]));
    echarts.registerMap('world', { type: 'FeatureCollection', features: fs });
    document.getElementById('credit').append(' ', shapes.credit + '.');
    await draw();
  } catch (err) {
    showError(main, err);
  }
})();
