extension ReportAssets {
    /// The report's script: reads the JSON data elements and draws the page. Text from documents is
    /// only ever inserted as text nodes or attribute values, never parsed as HTML.
    static let script = #"""
(() => {
'use strict';
const read = id => { const n = document.getElementById(id); return n ? JSON.parse(n.textContent) : null; };
const meta = read('meta'), index = read('index') || [], entities = read('entities') || [];
const quotes = read('quotes') || [], stance = read('stance') || {documents: 0, relations: 0, cells: []};
const entityById = new Map(entities.map(e => [e[0], e]));
const numberById = new Map(index.map((row, n) => [row[0], n]));
const PAGE = 10, ROWS = 100, HEAT = 24;
const app = document.getElementById('app');

function h(tag, props, ...kids) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'style') node.style.cssText = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const kid of kids.flat(Infinity)) if (kid != null && kid !== false) node.append(kid instanceof Node ? kid : String(kid));
  return node;
}
const fmt = n => Number(n).toLocaleString('en-US');
const plural = (n, one, many) => fmt(n) + ' ' + (n === 1 ? one : (many || one + 's'));
const signed = x => x == null ? '–' : Math.abs(x) < 0.005 ? '0.00' : (x > 0 ? '+' : '−') + Math.abs(x).toFixed(2);
const rgb = x => x > 0 ? '22,163,74' : '220,38,38';
const tone = (x, k = 1) => x == null || Math.abs(x) < 0.05 ? '' :
  `background-color:rgba(${rgb(x)},${((0.03 + 0.11 * Math.min(1, Math.abs(x))) * k).toFixed(3)})`;
const scorePill = x => h('span', {class: 'score', style: tone(x, 2.5), title: 'sentiment (VADER compound)'}, signed(x));
const typeChip = t => h('span', {class: 'type', 'data-type': t}, t);
const entityName = id => (entityById.get(id) || [id, id])[1];
const seconds = s => s < 1 ? (s * 1000).toFixed(0) + ' ms' : s < 60 ? s.toFixed(s < 10 ? 2 : 1) + ' s' : Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
const docLink = (n, label, at) => h('a', {href: '#doc=' + n + (at != null ? '&at=' + at : '')}, label == null ? index[n][0] : label);

const speakers = (() => {
  const byKey = new Map();
  for (const q of quotes) {
    if (q[1] == null) continue;
    const key = q[2] != null ? '=' + q[2] : q[1].toLowerCase();
    if (!byKey.has(key)) byKey.set(key, {key, name: q[1], id: q[2], count: 0});
    byKey.get(key).count++;
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || (b.id != null) - (a.id != null) || a.name.localeCompare(b.name));
})();
const speakerKey = q => q[1] == null ? '' : q[2] != null ? '=' + q[2] : q[1].toLowerCase();

const cache = new Map();
function loadDoc(n) {
  if (!cache.has(n)) { cache.set(n, read('d' + n)); if (cache.size > 64) cache.delete(cache.keys().next().value); }
  return cache.get(n);
}

// ---------- Header and overview ----------

function top() {
  const sections = [['overview', 'Overview'], ['stance', 'Stance', stance.cells.length], ['documents', 'Documents', meta.documents]];
  if (meta.layers.entities) sections.push(['entities', 'Entities', entities.length]);
  if (meta.layers.quotes) sections.push(['quotes', 'Quotes', quotes.length]);
  const generated = meta.generated.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC');
  return [
    h('header', {class: 'top'}, h('h1', null, meta.name, h('small', null, 'nlp report')),
      h('p', {class: 'sub'}, `${plural(meta.documents, 'document')} from ${meta.input} · ${meta.stages.join(' → ')} · ${generated}`
        + (meta.cancelled ? ' · interrupted: partial' : ''))),
    h('nav', {class: 'tabs'}, sections.map(([id, label, n]) => h('a', {href: '#' + id}, label, n != null ? h('span', {class: 'n'}, fmt(n)) : null)))];
}

function bars(items) {
  const max = Math.max(1, ...items.map(i => i.value));
  return h('div', {class: 'bars'}, items.map(i => h('div', {class: 'row'},
    h('div', {class: 'label'}, h('a', {href: i.href, title: i.title}, i.label), h('span', {class: 'v'}, i.note)),
    h('div', {class: 'track'}, h('div', {class: 'fill', 'data-type': i.type, style: `width:${(100 * i.value / max).toFixed(1)}%` + (i.type ? '' : ';background:#fb923c')})))));
}

function sentimentPanel() {
  const scored = index.map((r, n) => [n, r[2]]).filter(([, x]) => x != null);
  const bins = new Array(10).fill(0);
  for (const [, x] of scored) bins[Math.min(9, Math.floor((x + 1) * 5))]++;
  const max = Math.max(1, ...bins);
  const list = h('ul', {class: 'extremes'});
  const item = ([n, x]) => h('li', null, scorePill(x), docLink(n, index[n][1] || index[n][0]));
  if (scored.length <= 12) list.append(...scored.map(item));
  else {
    const sorted = scored.slice().sort((a, b) => b[1] - a[1]);
    list.append(h('li', {class: 'group'}, 'Most positive'), ...sorted.slice(0, 3).map(item),
      h('li', {class: 'group'}, 'Most negative'), ...sorted.slice(-3).reverse().map(item));
  }
  const s = meta.sentiment;
  return h('div', {class: 'panel'}, h('h3', null, 'Document sentiment'),
    h('div', {class: 'hist', title: 'documents by VADER compound score, −1 to +1'},
      bins.map((count, i) => h('div', {title: `${fmt(count)} documents from ${(i / 5 - 1).toFixed(1)} to ${((i + 1) / 5 - 1).toFixed(1)}`,
        style: `height:${(100 * count / max).toFixed(1)}%;background:${i < 5 ? `rgba(${rgb(-1)},${0.25 + 0.12 * (4 - i)})` : `rgba(${rgb(1)},${0.25 + 0.12 * (i - 5)})`}`}))),
    h('div', {class: 'hist-axis'}, h('span', null, '−1'), h('span', null, `mean ${signed(s.mean)} · ${fmt(s.positive)} positive, ${fmt(s.neutral)} neutral, ${fmt(s.negative)} negative`), h('span', null, '+1')),
    list);
}

function overview() {
  const cards = [[fmt(meta.documents), meta.failed ? `documents · ${fmt(meta.failed)} failed` : 'documents'],
    [fmt(meta.sentences), 'sentences'], [fmt(meta.words), 'words']];
  if (meta.layers.entities) cards.push([fmt(entities.length), `entities · ${fmt(meta.mentions)} mentions`]);
  if (meta.layers.quotes) cards.push([fmt(meta.quotes), `quotes · ${fmt(speakers.length)} speakers`]);
  if (meta.layers.stance) cards.push([fmt(stance.relations), `stance relations · ${fmt(stance.cells.length)} pairs`]);
  if (meta.layers.sentiment) cards.push([signed(meta.sentiment.mean), 'mean document sentiment']);
  cards.push([seconds(meta.seconds), `${fmt(Math.round(meta.words / Math.max(meta.seconds, 1e-3)))} words/s · ${plural(meta.jobs, 'job')}`]);
  const panels = [];
  if (meta.layers.entities) panels.push(h('div', {class: 'panel'}, h('h3', null, 'Most mentioned entities'),
    bars(entities.slice(0, 10).map(e => ({label: e[1], value: e[3], type: e[2], note: `${fmt(e[3])} · ${plural(e[4], 'doc')}`,
      href: '#entity=' + encodeURIComponent(e[0]), title: 'show the documents that mention ' + e[1]})))));
  const linked = speakers.filter(s => s.id != null);
  if (meta.layers.quotes) panels.push(h('div', {class: 'panel'}, h('h3', null, linked.length ? 'Quotes by speaker (entities)' : 'Quotes by speaker'),
    speakers.length ? bars((linked.length ? linked : speakers).slice(0, 10).map(s => ({label: s.name, value: s.count, note: fmt(s.count),
      href: '#speaker=' + encodeURIComponent(s.key), title: 'show the quotes of ' + s.name}))) : h('p', {class: 'hint'}, 'No attributed quotes.')));
  if (meta.layers.sentiment) panels.push(sentimentPanel());
  return h('section', {id: 'overview'},
    h('div', {class: 'cards'}, cards.map(([v, l]) => h('div', {class: 'card'}, h('b', null, v), h('span', null, l)))),
    panels.length ? h('div', {class: 'grid3'}, panels) : null);
}

// ---------- Documents ----------

function renderText(d, focus) {
  const text = d.t, box = h('div', {class: 'text'});
  const u16 = [0];
  for (const ch of text) u16.push(u16[u16.length - 1] + ch.length);
  const cuts = new Set([0, u16.length - 1]);
  const add = (a, b) => { if (a != null && b != null) { cuts.add(a); cuts.add(b); } };
  d.s.forEach(s => add(s[0], s[1]));
  d.e.forEach(e => add(e[0], e[1]));
  d.q.forEach(q => { add(q[0], q[1]); add(q[3], q[4]); add(q[5], q[6]); });
  d.r.forEach(r => add(r[0], r[1]));
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (a, s, e) => s != null && s <= a && a < e;
  let si = 0, ei = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    while (si < d.s.length && d.s[si][1] <= a) si++;
    const sentence = si < d.s.length && d.s[si][0] <= a ? d.s[si] : null;
    while (ei < d.e.length && d.e[ei][1] <= a) ei++;
    const mention = ei < d.e.length && d.e[ei][0] <= a ? d.e[ei] : null;
    let qi = -1, cue = false, speaker = false, relation = null;
    d.q.forEach((q, j) => {
      if (inside(a, q[0], q[1])) qi = j;
      if (inside(a, q[3], q[4])) cue = true;
      if (inside(a, q[5], q[6])) speaker = true;
    });
    d.r.forEach(r => { if (inside(a, r[0], r[1])) relation = r; });
    let node = document.createTextNode(text.slice(u16[a], u16[b]));
    if (mention) {
      const e = entityById.get(mention[2]);
      node = h('mark', {class: 'ent' + (focus === mention[2] ? ' focus' : ''), 'data-type': mention[3], 'data-entity': mention[2], 'data-link': mention[4],
        title: `${e ? e[1] : mention[2]} · ${mention[3]} · ${mention[2]} (${mention[4]})`}, node);
    }
    if (relation) node = h('span', {class: 'scue', title: `${relation[2]} ${relation[4] === 'support' ? 'supports' : 'opposes'} ${relation[3]} (${signed(relation[5])})`}, node);
    if (cue || speaker) node = h('span', {class: (cue ? 'cue' : '') + (speaker ? ' spk' : '')}, node);
    const classes = [];
    let title = null;
    if (sentence) classes.push('s');
    if (qi >= 0) {
      const q = d.q[qi];
      classes.push('q', q[2]);
      title = `${q[2]} quote · ${q[8] != null ? 'speaker: ' + q[8] : 'no speaker found'}${q[3] != null ? ' · cue: “' + text.slice(u16[q[3]], u16[q[4]]) + '”' : ''} · confidence ${q[9]}`;
    }
    if (classes.length) {
      node = h('span', {class: classes.join(' '), style: sentence ? tone(sentence[2]) : null, 'data-at': sentence ? sentence[0] : null,
        'data-q': qi >= 0 ? qi : null, title: title || (sentence && sentence[2] != null ? 'sentence sentiment ' + signed(sentence[2]) : null)}, node);
    }
    box.append(node);
    d.q.forEach((q, j) => {
      if (q[1] === b) box.append(h('span', {class: 'who' + (q[8] == null ? ' none' : q[7] == null ? ' unlinked' : ''), 'data-q': j,
        title: q[8] != null ? `said by ${q[8]}${q[7] != null ? ' (' + q[7] + ')' : ''}` : 'no speaker found'}, q[8] != null ? q[8] : '?'));
    });
  }
  box.addEventListener('click', event => {
    const mark = event.target.closest('mark.ent');
    if (mark) return showEntity(mark, event);
    const quote = event.target.closest('[data-q]');
    if (quote) showQuote(d, +quote.getAttribute('data-q'), u16, event);
  });
  return box;
}

const docState = {text: '', entity: null, sort: 'order', page: 0};
let docList, docPagers, docSearch, docSort, docChip;

function documentsSection() {
  docSearch = h('input', {type: 'search', placeholder: 'Filter by id or title', oninput: () => { docState.text = docSearch.value.toLowerCase(); docState.page = 0; drawDocs(); }});
  docSort = h('select', {onchange: () => { docState.sort = docSort.value; docState.page = 0; drawDocs(); }},
    [['order', 'In input order'], ['pos', 'Most positive first'], ['neg', 'Most negative first'], ['quotes', 'Most quotes first'], ['mentions', 'Most entity mentions first']]
      .map(([v, l]) => h('option', {value: v}, l)));
  docChip = h('span');
  docList = h('div');
  docPagers = [h('div', {class: 'pager'}), h('div', {class: 'pager'})];
  const types = [...new Set(entities.map(e => e[2]))].slice(0, 12);
  const legend = h('div', {class: 'legend'}, types.map(typeChip),
    meta.layers.quotes ? h('span', null, h('span', {class: 'q direct'}, '“quoted”'), ' ', h('span', {class: 'who'}, 'speaker'), ' ', h('span', {class: 'cue'}, 'cue')) : null,
    meta.layers.sentiment ? h('span', null, 'sentence sentiment ', h('span', {class: 'scale'}), ' −1 … +1') : null,
    h('span', null, 'hover or click a highlight for details'));
  return h('section', {id: 'documents'}, h('h2', null, 'Documents', h('span', {class: 'count'}, fmt(index.length))),
    h('div', {class: 'toolbar'}, docSearch, docSort, docChip), legend, docPagers[0], docList, docPagers[1]);
}

function docNumbers() {
  let list;
  if (docState.entity != null) { const e = entityById.get(docState.entity); list = e ? e[6].slice() : []; }
  else list = index.map((_, n) => n);
  if (docState.text) list = list.filter(n => index[n][0].toLowerCase().includes(docState.text) || index[n][1].toLowerCase().includes(docState.text));
  const by = {pos: n => -(index[n][2] ?? -9), neg: n => index[n][2] ?? 9, quotes: n => -index[n][6], mentions: n => -index[n][5]}[docState.sort];
  if (by) list.sort((a, b) => by(a) - by(b) || a - b);
  return list;
}

function drawDocs() {
  const list = docNumbers();
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  docState.page = Math.min(docState.page, pages - 1);
  const first = docState.page * PAGE, shown = list.slice(first, first + PAGE);
  docChip.replaceChildren();
  if (docState.entity != null) {
    const e = entityById.get(docState.entity);
    docChip.append(h('span', {class: 'chip'}, `mentioning ${entityName(docState.entity)}` + (e && e[4] > e[6].length ? ` (first ${fmt(e[6].length)} of ${fmt(e[4])})` : ''),
      h('button', {title: 'show all documents', onclick: () => { docState.entity = null; docState.page = 0; drawDocs(); }}, '×')));
  }
  for (const pager of docPagers) {
    pager.replaceChildren(
      h('button', {disabled: docState.page === 0, onclick: () => { docState.page--; drawDocs(); docList.scrollIntoView(); }}, '‹ Previous'),
      h('span', null, list.length ? `${fmt(first + 1)}–${fmt(first + shown.length)} of ${plural(list.length, 'document')} · page ${fmt(docState.page + 1)} of ${fmt(pages)}` : 'No document matches.'),
      h('button', {disabled: docState.page >= pages - 1, onclick: () => { docState.page++; drawDocs(); docList.scrollIntoView(); }}, 'Next ›'));
  }
  docList.replaceChildren(...shown.map(n => docCard(n)));
}

function docCard(n) {
  const r = index[n];
  const facts = [plural(r[3], 'sentence'), plural(r[4], 'word')];
  if (meta.layers.entities) facts.push(plural(r[5], 'mention'));
  if (meta.layers.quotes) facts.push(plural(r[6], 'quote'));
  if (meta.layers.stance && r[7]) facts.push(plural(r[7], 'stance relation'));
  let body;
  if (r[8] != null) body = h('p', {class: 'failed'}, 'This document failed: ' + r[8]);
  else {
    const d = loadDoc(n);
    body = d ? h('div', {class: 'docbody'}, renderText(d, docState.entity), aside(d, n)) : h('p', {class: 'failed'}, 'The text of this document is not in the report.');
  }
  return h('article', {class: 'doc', id: 'doc-' + n},
    h('header', null, h('div', {class: 'title'}, h('span', {class: 'num'}, '#' + fmt(n + 1)), r[1] || r[0]),
      h('div', {class: 'facts'}, h('a', {class: 'id', href: '#doc=' + n, title: 'link to this document'}, r[0]),
        meta.layers.sentiment && r[8] == null ? scorePill(r[2]) : null, facts.join(' · '))),
    body);
}

function aside(d, n) {
  const box = h('aside');
  if (meta.layers.sentiment && d.s.some(x => x[2] != null)) {
    box.append(h('h4', null, 'Sentences'), h('div', {class: 'strip'}, d.s.map((x, i) => h('a', {href: `#doc=${n}&at=${x[0]}`,
      title: `sentence ${i + 1}: ${signed(x[2])}`, style: x[2] == null || Math.abs(x[2]) < 0.05 ? '' : `background:rgba(${rgb(x[2])},${(0.15 + 0.6 * Math.min(1, Math.abs(x[2]))).toFixed(2)})`}))));
  }
  if (d.e.length) {
    const counts = new Map();
    for (const m of d.e) { const c = counts.get(m[2]) || {id: m[2], type: m[3], n: 0}; if (c.type === 'NORP' && m[3] !== 'NORP') c.type = m[3]; c.n++; counts.set(m[2], c); }
    const list = [...counts.values()].sort((a, b) => b.n - a.n || entityName(a.id).localeCompare(entityName(b.id)));
    box.append(h('h4', null, 'Entities'), h('ul', {class: 'ents'}, list.slice(0, 12).map(c => h('li', null,
      h('a', {href: '#entity=' + encodeURIComponent(c.id), 'data-type': c.type, class: 'dot', title: `${c.type} · documents that mention ${entityName(c.id)}`}, entityName(c.id)),
      h('span', {class: 'k'}, '×' + c.n))), list.length > 12 ? h('li', {class: 'k'}, `and ${list.length - 12} more`) : null));
  }
  if (d.r.length) {
    box.append(h('h4', null, 'Stance'), h('ul', {class: 'rels'}, d.r.slice(0, 10).map(r => h('li', null,
      h('span', {class: 'pol ' + r[4]}, r[4]), `${r[2]} → ${r[3]}`))), d.r.length > 10 ? h('p', {class: 'k'}, `and ${d.r.length - 10} more`) : '');
  }
  return box;
}

// ---------- Popovers ----------

const pop = h('div', {class: 'pop', hidden: true});
function place(content, event) {
  pop.replaceChildren(...content);
  pop.hidden = false;
  const width = Math.min(380, window.innerWidth - 24);
  pop.style.left = Math.max(8, Math.min(event.pageX - 20, window.scrollX + window.innerWidth - width - 12)) + 'px';
  pop.style.top = (event.pageY + 16) + 'px';
  event.stopPropagation();
}
document.addEventListener('click', event => { if (!pop.contains(event.target)) pop.hidden = true; });
document.addEventListener('keydown', event => { if (event.key === 'Escape') pop.hidden = true; });

function showEntity(mark, event) {
  const id = mark.getAttribute('data-entity'), e = entityById.get(id);
  const forms = e ? e[5].slice(0, 8).map(([f, c]) => `${f} ×${c}`).join(', ') : '';
  place([h('div', {class: 't'}, e ? e[1] : id), h('p', null, typeChip(mark.getAttribute('data-type')), ' ', h('span', {class: 'k'}, id)),
    h('p', null, h('span', {class: 'k'}, 'this mention: '), `“${mark.textContent}”, linked as ${mark.getAttribute('data-link')}`),
    e ? h('p', null, h('span', {class: 'k'}, 'in the corpus: '), `${plural(e[3], 'mention')} in ${plural(e[4], 'document')}`) : null,
    forms ? h('p', null, h('span', {class: 'k'}, 'seen as: '), forms) : null,
    h('p', null, h('a', {href: '#entity=' + encodeURIComponent(id)}, 'Show the documents that mention it →'))], event);
}

function showQuote(d, j, u16, event) {
  const q = d.q[j], slice = (s, e) => s == null ? null : d.t.slice(u16[s], u16[e]);
  const content = slice(q[0], q[1]);
  place([h('div', {class: 't'}, q[8] != null ? q[8] : 'No speaker found'),
    q[7] != null ? h('p', null, h('span', {class: 'k'}, 'entity: '), q[7]) : q[5] != null ? h('p', {class: 'k'}, 'speaker not linked to an entity') : null,
    q[5] != null ? h('p', null, h('span', {class: 'k'}, 'speaker as written: '), slice(q[5], q[6])) : null,
    h('p', null, h('span', {class: 'k'}, 'cue: '), q[3] != null ? `“${slice(q[3], q[4])}”` : 'none'),
    h('p', null, h('span', {class: 'k'}, 'kind: '), `${q[2]} · confidence ${q[9]}`),
    h('p', null, content.length > 280 ? content.slice(0, 279) + '…' : content)], event);
}

// ---------- Entities ----------

const entState = {text: '', hidden: new Set(), all: false};
let entBody, entMore, entCount;

function entitiesSection() {
  const search = h('input', {type: 'search', placeholder: 'Filter by name or alias', oninput: () => { entState.text = search.value.toLowerCase(); drawEntities(); }});
  const counts = new Map();
  for (const e of entities) counts.set(e[2], (counts.get(e[2]) || 0) + 1);
  const toggles = [...counts].sort((a, b) => b[1] - a[1]).map(([t, c]) => {
    const b = h('button', {class: 'type', 'data-type': t, title: 'show or hide ' + t, onclick: () => {
      entState.hidden.has(t) ? entState.hidden.delete(t) : entState.hidden.add(t);
      b.classList.toggle('off'); drawEntities(); }}, `${t} ${fmt(c)}`);
    return b;
  });
  entBody = h('tbody');
  entMore = h('div');
  entCount = h('span', {class: 'count'});
  return h('section', {id: 'entities'}, h('h2', null, 'Entities', entCount),
    h('p', {class: 'hint'}, 'Each canonical entity with the surface forms it was found as. Click a name to read the documents that mention it.'),
    h('div', {class: 'toolbar'}, search, toggles),
    h('table', {class: 'data'}, h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', null, 'Type'), h('th', {class: 'n'}, 'Mentions'),
      h('th', {class: 'n'}, 'Documents'), h('th', null, 'Seen as'))), entBody), entMore);
}

function drawEntities() {
  const list = entities.filter(e => !entState.hidden.has(e[2]) && (!entState.text || e[1].toLowerCase().includes(entState.text)
    || e[5].some(([f]) => f.toLowerCase().includes(entState.text))));
  entCount.textContent = list.length === entities.length ? fmt(entities.length) : `${fmt(list.length)} of ${fmt(entities.length)}`;
  const shown = entState.all ? list : list.slice(0, ROWS);
  entBody.replaceChildren(...shown.map(e => h('tr', null,
    h('td', null, h('a', {href: '#entity=' + encodeURIComponent(e[0]), title: e[0]}, e[1])), h('td', null, typeChip(e[2])),
    h('td', {class: 'n'}, fmt(e[3])), h('td', {class: 'n'}, fmt(e[4])),
    h('td', {class: 'forms'}, e[5].slice(0, 10).map(([f, c]) => `${f} ×${c}`).join(' · ') + (e[5].length > 10 ? ` · and ${e[5].length - 10} more` : '')))));
  entMore.replaceChildren(list.length > shown.length ? h('button', {class: 'more', onclick: () => { entState.all = true; drawEntities(); }}, `Show all ${fmt(list.length)}`) : '');
}

// ---------- Quotes ----------

const quoteState = {speaker: null, text: '', limit: ROWS};
let quoteBody, quoteMore, quoteCount, quoteSelect;

function quotesSection() {
  const unattributed = quotes.filter(q => q[1] == null).length;
  quoteSelect = h('select', {onchange: () => { quoteState.speaker = quoteSelect.value === '*' ? null : quoteSelect.value; quoteState.limit = ROWS; drawQuotes(); }},
    h('option', {value: '*'}, `All speakers (${fmt(quotes.length)})`),
    speakers.map(s => h('option', {value: s.key}, `${s.name}${s.id == null ? ' (unlinked)' : ''} · ${fmt(s.count)}`)),
    unattributed ? h('option', {value: ''}, `No speaker found · ${fmt(unattributed)}`) : null);
  const search = h('input', {type: 'search', placeholder: 'Filter by words in the quote', oninput: () => { quoteState.text = search.value.toLowerCase(); quoteState.limit = ROWS; drawQuotes(); }});
  quoteBody = h('tbody');
  quoteMore = h('div');
  quoteCount = h('span', {class: 'count'});
  return h('section', {id: 'quotes'}, h('h2', null, 'Quotes', quoteCount),
    h('div', {class: 'toolbar'}, quoteSelect, search),
    h('table', {class: 'data'}, h('thead', null, h('tr', null, h('th', null, 'Speaker'), h('th', null, 'Cue'), h('th', null, 'Quote'), h('th', null, 'Document'))), quoteBody),
    quoteMore);
}

function drawQuotes() {
  const list = quotes.filter(q => (quoteState.speaker == null || speakerKey(q) === quoteState.speaker)
    && (!quoteState.text || q[4].toLowerCase().includes(quoteState.text)));
  quoteCount.textContent = list.length === quotes.length ? fmt(quotes.length) : `${fmt(list.length)} of ${fmt(quotes.length)}`;
  const shown = list.slice(0, quoteState.limit);
  quoteBody.replaceChildren(...shown.map(q => h('tr', {class: 'quote-row'},
    h('td', {class: q[1] == null ? 'unlinked' : q[2] == null ? 'unlinked' : null, title: q[2] || null}, q[1] == null ? 'none found' : q[1]),
    h('td', null, q[3] == null ? '' : q[3]), h('td', {class: 'content'}, q[4], h('span', {class: 'k'}, q[5] === 'direct' ? '' : ` (${q[5]})`)),
    h('td', null, docLink(q[0])))));
  quoteMore.replaceChildren(list.length > shown.length ? h('button', {class: 'more', onclick: () => { quoteState.limit += 5 * ROWS; drawQuotes(); }},
    `Show more (${fmt(list.length - shown.length)} left)`) : '');
}

// ---------- Stance ----------

let evidenceBox;
function heatColor(mean) {
  const t = Math.min(1, Math.abs(mean));
  const [r, g, b] = mean >= 0 ? [21, 128, 61] : [185, 28, 28];
  const mix = (c, w) => Math.round(243 + (c - 243) * w);
  const w = 0.18 + 0.82 * t;
  return {background: `rgb(${mix(r, w)},${mix(g, w)},${mix(b, w)})`, dark: w > 0.55};
}

function stanceSection() {
  const section = h('section', {id: 'stance'}, h('h2', null, 'Stance', h('span', {class: 'count'}, `${plural(stance.relations, 'relation')} · ${plural(stance.cells.length, 'holder–target pair')}`)));
  if (!stance.cells.length) {
    section.append(h('p', {class: 'empty-note'}, meta.layers.stance || meta.stages.includes('stance')
      ? 'No stance relation was found in these documents.'
      : 'No stance relations: the pipeline has no stance stage. Add one to see who supports or opposes whom.'));
    return section;
  }
  const totals = key => {
    const m = new Map();
    for (const c of stance.cells) { const p = c[key]; if (!m.has(p.id)) m.set(p.id, {id: p.id, name: p.name, count: 0}); m.get(p.id).count += c.count; }
    return [...m.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, HEAT);
  };
  const holders = totals('holder'), targets = totals('target');
  const cellAt = new Map(stance.cells.map((c, i) => [c.holder.id + '\u0000' + c.target.id, i]));
  const table = h('table', {class: 'heat'},
    h('thead', null, h('tr', null, h('th', {class: 'corner'}, 'holder ↓  target →'), targets.map(t => h('th', {class: 'col', title: t.name}, t.name)))),
    h('tbody', null, holders.map(hd => h('tr', null, h('th', {class: 'row', title: hd.name}, hd.name), targets.map(t => {
      const i = cellAt.get(hd.id + '\u0000' + t.id);
      if (i == null) return h('td', {class: 'empty'});
      const c = stance.cells[i], color = heatColor(c.mean_score);
      return h('td', null, h('a', {class: 'cell' + (color.dark ? ' dark' : ''), href: '#stance=' + i, 'data-cell': i, style: 'background:' + color.background,
        title: `${c.holder.name} → ${c.target.name}: ${plural(c.count, 'relation')} (${c.support} support, ${c.oppose} oppose), mean ${signed(c.mean_score)}, ${plural(c.documents.length, 'document')}`}, c.count));
    })))));
  const hidden = stance.cells.length - stance.cells.filter(c => holders.some(x => x.id === c.holder.id) && targets.some(x => x.id === c.target.id)).length;
  evidenceBox = h('div', {class: 'evidence', id: 'stance-evidence'});
  section.append(h('p', {class: 'hint'}, 'Rows hold a stance toward columns; colour is the mean score (red oppose, green support), the number counts relations. Click a cell for its evidence sentences.'),
    h('div', {class: 'stancewrap'},
      h('div', {class: 'heatwrap'}, table, h('div', {class: 'heatlegend'}, 'oppose −1', h('span', {class: 'scale'}), '+1 support'),
        h('p', {class: 'heatlegend'}, hidden ? `${plural(hidden, 'more pair')} outside the ${HEAT} most active holders and targets · ` : '',
          h('a', {href: '#stance=all'}, `list all ${fmt(stance.cells.length)} pairs`))),
      evidenceBox));
  return section;
}

function highlightCue(sentence, cue) {
  const at = cue ? sentence.indexOf(cue) : -1;
  return at < 0 ? [sentence] : [sentence.slice(0, at), h('mark', null, cue), sentence.slice(at + cue.length)];
}

function showEvidence(i) {
  if (!evidenceBox) return;
  document.querySelectorAll('a.cell.on').forEach(a => a.classList.remove('on'));
  if (i === 'all') {
    evidenceBox.replaceChildren(h('h3', null, 'All holder–target pairs'), h('table', {class: 'data'},
      h('thead', null, h('tr', null, h('th', null, 'Holder'), h('th', null, 'Target'), h('th', {class: 'n'}, 'Relations'), h('th', {class: 'n'}, 'Support'), h('th', {class: 'n'}, 'Oppose'), h('th', {class: 'n'}, 'Mean'))),
      h('tbody', null, stance.cells.map((c, j) => h('tr', null, h('td', null, h('a', {href: '#stance=' + j}, c.holder.name)), h('td', null, c.target.name),
        h('td', {class: 'n'}, fmt(c.count)), h('td', {class: 'n'}, fmt(c.support)), h('td', {class: 'n'}, fmt(c.oppose)), h('td', {class: 'n'}, signed(c.mean_score)))))));
    return;
  }
  const c = stance.cells[i];
  if (!c) return;
  const link = document.querySelector(`a.cell[data-cell="${i}"]`);
  if (link) link.classList.add('on');
  evidenceBox.replaceChildren(
    h('h3', null, `${c.holder.name} → ${c.target.name}`),
    h('p', {class: 'hint'}, `${plural(c.count, 'relation')}: ${c.support} support, ${c.oppose} oppose; mean score ${signed(c.mean_score)}; in ${plural(c.documents.length, 'document')}`
      + (c.evidence.length < c.count ? ` (the first ${c.evidence.length} shown)` : '')),
    h('ol', null, c.evidence.map(ev => {
      const n = numberById.get(ev.document);
      return h('li', {class: 'evidence-item'}, h('span', {class: 'pol ' + ev.polarity}, ev.polarity), ...highlightCue(ev.text, ev.cue),
        h('span', {class: 'src'}, signed(ev.score), ' · ', n != null ? docLink(n, ev.document, ev.start) : ev.document));
    })));
}

// ---------- Routing ----------

function route() {
  const params = new Map(location.hash.slice(1).split('&').map(p => {
    const at = p.indexOf('=');
    return at < 0 ? [p, ''] : [p.slice(0, at), decodeURIComponent(p.slice(at + 1))];
  }));
  if (params.has('doc')) {
    const n = +params.get('doc');
    if (!(n >= 0 && n < index.length)) return;
    Object.assign(docState, {text: '', entity: null, sort: 'order', page: Math.floor(n / PAGE)});
    docSearch.value = ''; docSort.value = 'order';
    drawDocs();
    const card = document.getElementById('doc-' + n);
    let target = card;
    if (params.has('at')) {
      const spans = card.querySelectorAll(`[data-at="${+params.get('at')}"]`);
      spans.forEach(s => s.classList.add('flash'));
      if (spans.length) target = spans[0];
    }
    if (target) target.scrollIntoView({block: target === card ? 'start' : 'center'});
  } else if (params.has('entity')) {
    Object.assign(docState, {text: '', entity: params.get('entity'), page: 0});
    docSearch.value = '';
    drawDocs();
    document.getElementById('documents').scrollIntoView();
  } else if (params.has('speaker') && quoteSelect) {
    quoteState.speaker = params.get('speaker');
    quoteState.limit = ROWS;
    quoteSelect.value = quoteState.speaker;
    drawQuotes();
    document.getElementById('quotes').scrollIntoView();
  } else if (params.has('stance')) {
    const which = params.get('stance');
    showEvidence(which === 'all' ? 'all' : +which);
    if (evidenceBox) evidenceBox.scrollIntoView({block: 'start'});
  }
}

const main = h('main', null, overview(), stanceSection(), documentsSection(),
  meta.layers.entities ? entitiesSection() : null, meta.layers.quotes ? quotesSection() : null);
app.replaceChildren(...top(), main, pop);
drawDocs();
if (entBody) drawEntities();
if (quoteBody) drawQuotes();
if (stance.cells.length) showEvidence(0);
window.addEventListener('hashchange', route);
route();
})();
"""#
}
