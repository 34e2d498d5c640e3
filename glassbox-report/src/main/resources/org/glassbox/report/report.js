/* Glassbox report: renders the embedded JSON (#glassbox-data) with ECharts. No network access. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('glassbox-data').textContent);
  var L = D.labels || {};
  var G = window.__glassbox = { ready: false, lang: D.lang, cases: [], errors: [] };
  var charts = [];
  /* printing (glassbox --pdf opens the page as …#print): every folded part open, every phase drawn,
     charts drawn at the printed width */
  var PRINT = location.hash === '#print';
  G.print = PRINT;
  /* the width of an A4 page inside the print margins, in CSS pixels (188 mm) */
  var PRINT_WIDTH = 710;
  /* the comparison's "every metric" table: numbers differ when apart by more than this
     (absolute up to 1, relative to the larger value above 1) */
  var TOLERANCE = 0.05;

  function t(k) { return Object.prototype.hasOwnProperty.call(L, k) ? L[k] : k; }
  function fmt(k) {
    var a = Array.prototype.slice.call(arguments, 1);
    return t(k).replace(/\{(\d+)\}/g, function (m, i) { return a[i] !== undefined ? a[i] : m; });
  }
  function lab(prefix, w) { var k = prefix + '.' + w; return Object.prototype.hasOwnProperty.call(L, k) ? L[k] : w; }
  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function num(x) {
    if (x === null || x === undefined || isNaN(x)) { return '–'; }
    if (Math.round(x) === x) { return String(x); }
    return String(Math.round(x * 1000) / 1000);
  }
  function el(tag, cls, html) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (html !== undefined) { e.innerHTML = html; }
    return e;
  }

  var MECH = ['administrative', 'market', 'collaborative', 'none'];
  var MECH_COLOR = { administrative: '#c8553d', market: '#2e78c7', collaborative: '#2a9d8f', none: '#9aa5b1' };
  var SECTOR_COLOR = {
    'party': '#8b1e3f', 'government': '#d1495b', 'public-institution': '#f28f3b',
    'state-owned-enterprise': '#1d4e89', 'private-enterprise': '#00a6ed', 'joint-venture': '#7b2cbf',
    'academic': '#e9b10b', 'social-organization': '#6a994e', 'public': '#9c6644', 'unknown': '#8d99ae'
  };
  var EXTRA_COLORS = ['#5c6f82', '#b5838d', '#6d597a', '#457b9d', '#a7c957', '#e76f51'];
  var TIE_STYLE = {
    'command': { color: '#243b53', type: 'solid', width: 2.4 },
    'guidance': { color: '#627d98', type: 'dashed', width: 1.5 },
    'coordination': { color: '#e07a00', type: 'dashed', width: 2.2 },
    'supervision': { color: '#8b1e3f', type: 'dotted', width: 1.6 },
    'equity': { color: '#7b2cbf', type: 'solid', width: 3 },
    'contract': { color: '#2e78c7', type: 'dashed', width: 2 },
    'data-sharing': { color: '#2a9d8f', type: 'dotted', width: 2 },
    'secondment': { color: '#9c6644', type: 'dotted', width: 1.3 },
    'cooperation': { color: '#6a994e', type: 'solid', width: 1.3 }
  };
  var CAT_ORDER = ['structure', 'administrative', 'market', 'collaborative', 'delivery', 'diagnosis', 'learning', 'outcome', 'other'];
  var CAT_COLOR = { structure: '#486581', administrative: '#c8553d', market: '#2e78c7', collaborative: '#2a9d8f',
    delivery: '#7b2cbf', diagnosis: '#e9b10b', learning: '#9c6644', outcome: '#6a994e', other: '#8d99ae' };
  var PHASE_FILL = ['rgba(72,101,129,0.07)', 'rgba(240,180,41,0.10)'];

  function sectorColor(s, extra) {
    if (SECTOR_COLOR[s]) { return SECTOR_COLOR[s]; }
    if (!extra[s]) { extra[s] = EXTRA_COLORS[Object.keys(extra).length % EXTRA_COLORS.length]; }
    return extra[s];
  }
  function tieStyle(type) { return TIE_STYLE[type] || { color: '#829ab1', type: 'solid', width: 1.2 }; }

  function chart(container, cls) {
    var div = el('div', 'chart' + (cls ? ' ' + cls : ''));
    container.appendChild(div);
    var c = echarts.init(div, null, { renderer: 'canvas' });
    charts.push(c);
    saveButtons(container, c, charts.length - 1);
    return c;
  }

  /* ---------- saving a chart for a paper: SVG (ECharts' SVG renderer) and PNG at 300 dpi ---------- */
  // 300 dpi at the printed width of a text column (160 mm), whatever the chart's width on screen
  var PRINT_PX = Math.round(160 / 25.4 * 300);
  function chartName(c, k) {
    var sec = c.getDom().closest ? c.getDom().closest('section') : null;
    return 'glassbox-' + (sec && sec.id ? sec.id : 'chart') + '-' + (k + 1);
  }
  function exportChart(k, kind) {
    var c = charts[k];
    var w = c.getWidth();
    var h = c.getHeight();
    if (kind === 'png') {
      return { name: chartName(c, k) + '.png', pixelRatio: PRINT_PX / w, width: Math.round(w * PRINT_PX / w),
        url: c.getDataURL({ type: 'png', pixelRatio: PRINT_PX / w, backgroundColor: '#ffffff' }) };
    }
    // the same option drawn again by ECharts' SVG renderer, off screen, at the chart's size
    var box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:-20000px;top:0;width:' + w + 'px;height:' + h + 'px';
    document.body.appendChild(box);
    var s = echarts.init(box, null, { renderer: 'svg', width: w, height: h });
    var opt = c.getOption();
    opt.animation = false;
    opt.backgroundColor = '#ffffff';
    s.setOption(opt);
    var svg = s.renderToSVGString ? s.renderToSVGString() : box.querySelector('svg').outerHTML;
    s.dispose();
    box.remove();
    return { name: chartName(c, k) + '.svg', svg: svg };
  }
  function download(name, url) {
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function saveButtons(container, c, k) {
    var bar = el('div', 'chartsave');
    var svgB = el('button', null, esc(t('chart.saveSvg')));
    var pngB = el('button', null, esc(t('chart.savePng')));
    svgB.type = 'button';
    pngB.type = 'button';
    svgB.addEventListener('click', function () {
      var x = exportChart(k, 'svg');
      var url = URL.createObjectURL(new Blob([x.svg], { type: 'image/svg+xml' }));
      download(x.name, url);
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
    pngB.addEventListener('click', function () { var x = exportChart(k, 'png'); download(x.name, x.url); });
    bar.appendChild(svgB);
    bar.appendChild(pngB);
    container.appendChild(bar);
  }
  G.exportChart = exportChart;

  function section(parent, titleKey, id) {
    var s = el('section');
    if (id) { s.id = id; }
    s.appendChild(el('h2', null, esc(t(titleKey))));
    parent.appendChild(s);
    return s;
  }

  function columns(sec, n) {
    var cols = el('div', 'cols');
    cols.style.setProperty('--n', String(Math.min(n, 3)));
    sec.appendChild(cols);
    var out = [];
    for (var i = 0; i < n; i++) { var c = el('div', 'col'); cols.appendChild(c); out.push(c); }
    return out;
  }

  /* ---------- per-case lookups ---------- */
  function Ctx(c) {
    this.c = c;
    this.ci = c.index;
    this.evById = {};
    this.tieById = {};
    var self = this;
    c.events.forEach(function (e) { self.evById[e.id] = e; });
    c.ties.forEach(function (x, k) { self.tieById[x.id] = k; });
    this.actorById = {};
    c.actors.forEach(function (a, k) { self.actorById[a.id] = k; });
    this.extraColors = {};
    this.stats = { caseId: c.id };
    G.cases[c.index] = this.stats;
  }
  Ctx.prototype.actorName = function (k) { var a = this.c.actors[k]; return a ? a.name : String(k); };
  Ctx.prototype.evLink = function (id) {
    var e = this.evById[id];
    return e ? '<a class="ref" href="#c' + this.ci + '-ev-' + e.i + '" data-row="c' + this.ci + '-ev-' + e.i + '">' + esc(id) + '</a>'
      : '<span class="ref">' + esc(id) + '</span>';
  };
  Ctx.prototype.tieLink = function (id) {
    var k = this.tieById[id];
    return k !== undefined ? '<a class="ref" href="#c' + this.ci + '-tie-' + k + '" data-row="c' + this.ci + '-tie-' + k + '">' + esc(id) + '</a>'
      : '<span class="ref">' + esc(id) + '</span>';
  };
  /* a coded passage (case format 1.1): its quote, linking to its mark in the documents section */
  Ctx.prototype.segId = function (id) { return 'seg-c' + this.ci + '-' + id; };
  Ctx.prototype.quoteLink = function (segId, quote, max) {
    var q = String(quote);
    if (max && q.length > max) { q = q.slice(0, max) + '…'; }
    return '<a class="quote" href="#' + esc(this.segId(segId)) + '" data-row="' + esc(this.segId(segId)) + '">“' + esc(q) + '”</a>';
  };
  Ctx.prototype.links = function (ids, kind, max) {
    var self = this;
    max = max || 15;
    var shown = ids.slice(0, max).map(function (id) { return kind === 'ev' ? self.evLink(id) : self.tieLink(id); }).join('');
    return shown + (ids.length > max ? '<span class="muted small">' + esc(fmt('more', ids.length - max)) + '</span>' : '');
  };

  /* ---------- verdict card ---------- */
  function testBadge(x) {
    return x.testL ? '<span class="test ' + (x.assessable === false ? 'na' : x.passed ? 'pass' : 'fail') + '">' + esc(x.testL) + '</span> ' : '';
  }
  function testsHtml(tests) {
    return (tests || []).map(function (x) { return '<li>' + testBadge(x) + esc(x.sentence) + '</li>'; }).join('');
  }
  function evidenceHtml(x, ctx) {
    var h = testBadge(x) + '<span class="layer">' + esc(x.layerL) + '</span> ' +
      '<span class="muted">' + esc(t('verdict.pointsTo')) + '</span> <span class="points">' + esc(x.pointsToL) + '</span> — ' +
      esc(x.sentence);
    var chips = x.metrics.map(function (m) { return '<span class="chip">' + esc(m[0]) + ' = ' + esc(m[1]) + '</span>'; })
      .concat(x.thresholds.map(function (m) { return '<span class="chip th">' + esc(m[0]) + ' = ' + esc(m[1]) + '</span>'; }));
    if (chips.length) { h += '<div>' + chips.join('') + '</div>'; }
    if (x.events.length) { h += '<div class="small"><span class="muted">' + esc(t('verdict.events')) + ':</span> ' + ctx.links(x.events, 'ev') + '</div>'; }
    if (x.ties.length) { h += '<div class="small"><span class="muted">' + esc(t('verdict.ties')) + ':</span> ' + ctx.links(x.ties, 'tie') + '</div>'; }
    if (x.passages && x.passages.length) {
      h += '<div class="small passages"><span class="muted">' + esc(t('verdict.passages')) + ':</span> ' + x.passages.slice(0, 5).map(function (p) {
        return '<span class="muted">' + esc(p['for']) + '</span> ' + ctx.quoteLink(p.s, p.q, 80);
      }).join(' · ') + (x.passages.length > 5 ? '<span class="muted small">' + esc(fmt('more', x.passages.length - 5)) + '</span>' : '') + '</div>';
    }
    if (x.actors.length) {
      h += '<div class="small"><span class="muted">' + esc(t('verdict.actors')) + ':</span> ' +
        esc(x.actors.slice(0, 15).map(function (id) { var k = ctx.actorById[id]; return k === undefined ? id : ctx.actorName(k); }).join(t('list.sep'))) + '</div>';
    }
    return h;
  }

  function verdictCard(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    var A = c.analysis;
    if (!A) {
      col.appendChild(el('p', 'absent', esc(t('absent.analysis'))));
      ctx.stats.verdictText = '';
      return;
    }
    var v = A.verdict;
    var box = el('div', 'verdicts');
    box.innerHTML =
      '<div class="verdict' + (v.modelStatus === 'undetermined' ? ' undetermined' : '') + '"><div class="k">' + esc(t('verdict.model')) + '</div><div class="v">' + esc(v.modelL) + '</div><div class="s">' + esc(v.modelSentence) + '</div><div class="rule">' + esc(v.modelRule) + '</div>' +
      (v.modelPhases ? '<div class="rule">' + esc(t('verdict.model.phases')) + ': ' + esc(v.modelPhases) + '</div>' : '') + '</div>' +
      '<div class="verdict"><div class="k">' + esc(t('verdict.evolution')) + '</div><div class="v">' + esc(v.evolution.lateL) + (v.evolution.lateN ? ' <span class="small muted">' + esc(v.evolution.lateN) + '</span>' : '') + '</div><div class="s">' + esc(v.evolution.sentence) + '</div><div class="rule">' + esc(v.evolution.rule || '') + '</div></div>' +
      '<div class="verdict' + (v.trajectory.status === 'undetermined' ? ' undetermined' : '') + '"><div class="k">' + esc(t('verdict.trajectory')) + '</div><div class="v">' + esc(v.trajectory.typeL) + '</div><div class="s">' + esc(v.trajectory.sentence) + '</div><div class="rule">' + esc(v.trajectory.rule) + '</div></div>';
    col.appendChild(box);
    var scores = el('div', 'scores small');
    scores.innerHTML = '<span class="muted">' + esc(t('verdict.scores')) + ':</span> ' + Object.keys(v.scores).map(function (k) {
      return esc(k) + ' ' + esc(num(v.scores[k])) + '<span class="bar" style="width:' + Math.round(60 * v.scores[k]) + 'px"></span>';
    }).join(' ');
    col.appendChild(scores);
    var chainBox = el('details', 'chainbox');
    chainBox.open = true;
    chainBox.appendChild(el('summary', 'small', esc(fmt('verdict.chainCount', t('verdict.chain'), v.chain.length))));
    var ol = el('ol', 'chain');
    v.chain.forEach(function (x) { ol.appendChild(el('li', null, evidenceHtml(x, ctx))); });
    chainBox.appendChild(ol);
    col.appendChild(chainBox);
    var why = el('details');
    why.appendChild(el('summary', 'small', esc(t('verdict.why'))));
    var ul = el('ol', 'chain');
    if (v.evolution.evidence) { ul.appendChild(el('li', null, evidenceHtml(v.evolution.evidence, ctx))); }
    if (v.evolution.tests && v.evolution.tests.length) { ul.appendChild(el('li', null, '<span class="muted">' + esc(t('test.tests')) + '</span><ul>' + testsHtml(v.evolution.tests) + '</ul>')); }
    ul.appendChild(el('li', null, evidenceHtml(v.trajectory.evidence, ctx)));
    if (v.trajectory.tests && v.trajectory.tests.length) { ul.appendChild(el('li', null, '<span class="muted">' + esc(t('test.tests')) + '</span><ul>' + testsHtml(v.trajectory.tests) + '</ul>')); }
    why.appendChild(ul);
    col.appendChild(why);
    var cov = A.phases.filter(function (p) { return p.coverage; });
    if (cov.length) {
      col.appendChild(el('p', 'note coverage', '<span class="muted">' + esc(t('coverage.title')) + ':</span> ' +
        cov.map(function (p) { return esc(p.coverage.sentence); }).join(' · ')));
    }
    if (A.sensitivity) {
      col.appendChild(el('p', 'note', esc(A.sensitivity.fragile.length ? fmt('sensitivity.fragile', A.sensitivity.fragile.join(t('list.sep'))) : t('sensitivity.robust'))));
    }
    if (A.robustness) {
      if (A.robustness.head) col.appendChild(el('p', 'note', esc(A.robustness.head)));
      A.robustness.lines.forEach(function (l) { col.appendChild(el('p', 'note', esc(l))); });
    }
    ctx.stats.verdictText = box.textContent;
  }

  /* ---------- timeline ---------- */
  function phaseMarks(c) {
    var areas = c.periods.map(function (p, k) {
      return [{ xAxis: p.t0, name: p.id, itemStyle: { color: PHASE_FILL[k % 2] } }, { xAxis: p.t1 }];
    });
    var lines = c.boundaries.map(function (b) { return { xAxis: b.t, name: b.date }; });
    return {
      markArea: { silent: true, label: { position: 'insideTop', color: '#486581', fontSize: 11, overflow: 'truncate' }, data: areas },
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#486581', type: 'dashed', width: 1 }, label: { formatter: '{b}', fontSize: 10, color: '#486581' }, data: lines }
    };
  }

  function tooltipFor(ctx, e) {
    var c = ctx.c;
    function names(arr) { return arr.map(function (k) { return esc(ctx.actorName(k)); }).join(esc(t('list.sep'))); }
    var rows = [];
    rows.push('<b>' + esc(e.title || e.typeL) + '</b>');
    rows.push(esc(e.d) + ' <span style="color:#888">(' + esc(lab('precision', e.p)) + ')</span> · ' + esc(e.id));
    rows.push(esc(t('col.type')) + ': ' + esc(e.typeL) + ' · ' + esc(e.catL) + ' · ' + esc(lab('mechanism', e.mech)));
    if (e.ini.length) { rows.push(esc(t('role.initiator')) + ': ' + names(e.ini)); }
    if (e.tgt.length) { rows.push(esc(t('role.target')) + ': ' + names(e.tgt)); }
    if (e.par.length) { rows.push(esc(t('role.participant')) + ': ' + names(e.par)); }
    if (e.obj.length) { rows.push(esc(t('col.objects')) + ': ' + esc(e.obj.join(', '))); }
    if (e.src.length) {
      rows.push(esc(t('col.sources')) + ': ' + e.src.map(function (s) {
        var x = c.sources[s]; return esc(s) + (x && x.title ? ' – ' + esc(x.title) : '');
      }).join('<br>'));
    }
    if (e.from) { rows.push(esc(t('col.fromJurisdiction')) + ': ' + esc(e.from)); }
    return '<div style="max-width:380px;white-space:normal">' + rows.join('<br>') + '</div>';
  }

  function timeline(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    var lanes = c.lanes;
    var ch = chart(col, 'tall');
    var height = Math.max(300, 70 + lanes.length * 42);
    ch.getDom().style.height = height + 'px';
    ch.resize();
    var sym = { day: 'circle', month: 'rect', year: 'triangle', instant: 'circle' };
    var series = MECH.map(function (m) {
      var data = [];
      c.events.forEach(function (e, k) {
        if (e.mech !== m) { return; }
        var jitter = (((k * 0.6180339887) % 1) - 0.5) * 0.64;
        data.push({ value: [e.t, e.lane + jitter], ev: k, symbol: sym[e.p] || 'circle' });
      });
      return { id: 'mech-' + m, name: lab('mechanism', m), type: 'scatter', yAxisIndex: 1, symbolSize: 9, data: data,
        itemStyle: { color: MECH_COLOR[m], opacity: 0.85, borderColor: '#fff', borderWidth: 0.6 } };
    });
    var frame = { id: 'phases', name: '', type: 'scatter', yAxisIndex: 1, data: [], silent: true };
    var pm = phaseMarks(c);
    frame.markArea = pm.markArea;
    frame.markLine = pm.markLine;
    frame.markLine.label = { show: false };
    series.push(frame);
    ch.setOption({
      animation: false,
      grid: { left: 150, right: 24, top: 44, bottom: 56 },
      legend: { top: 0, data: MECH.map(function (m) { return lab('mechanism', m); }) },
      tooltip: { trigger: 'item', confine: true, formatter: function (p) {
        if (!p.data || p.data.ev === undefined) { return ''; }
        return tooltipFor(ctx, c.events[p.data.ev]);
      } },
      xAxis: { type: 'time', min: c.t0, max: c.t1, splitLine: { show: false }, axisLine: { onZero: false } },
      yAxis: [
        { type: 'category', data: lanes, inverse: true, boundaryGap: true, axisTick: { show: false },
          splitArea: { show: true, areaStyle: { color: ['rgba(250,250,250,0.3)', 'rgba(210,220,230,0.25)'] } },
          axisLabel: { width: 140, overflow: 'truncate', fontSize: 11 } },
        { type: 'value', min: -0.5, max: lanes.length - 0.5, inverse: true, show: false }
      ],
      dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 16, bottom: 8 }],
      series: series
    });
    ch.on('click', function (p) {
      if (p.data && p.data.ev !== undefined) { jump('c' + ctx.ci + '-ev-' + c.events[p.data.ev].i); }
    });
    var legend = el('div', 'legend');
    legend.innerHTML = '<span>' + esc(t('timeline.shapes')) + '</span>' +
      '<span><svg width="12" height="12"><circle cx="6" cy="6" r="4.5" fill="#777"/></svg>' + esc(lab('precision', 'day')) + '</span>' +
      '<span><svg width="12" height="12"><rect x="2" y="2" width="8" height="8" fill="#777"/></svg>' + esc(lab('precision', 'month')) + '</span>' +
      '<span><svg width="12" height="12"><polygon points="6,1 11,11 1,11" fill="#777"/></svg>' + esc(lab('precision', 'year')) + '</span>' +
      '<span>' + esc(fmt('timeline.lanes', t('timeline.lanes.' + c.laneKind))) + '</span>';
    col.appendChild(legend);
    if (c.eventsShown < c.eventsTotal) {
      col.appendChild(el('p', 'note', esc(fmt('timeline.cut', c.eventsShown, c.eventsTotal))));
    }
    var ul = el('ul', 'boundaries');
    c.periods.forEach(function (p, k) {
      var b = k > 0 ? c.boundaries[k - 1] : null;
      ul.appendChild(el('li', null, '<b>' + esc(p.id) + ' · ' + esc(p.name) + '</b> (' + esc(p.start) + ' – ' + esc(p.end) + '). ' +
        esc(b ? b.text : p.basis)));
    });
    col.appendChild(ul);
    var marks = 0;
    ch.getOption().series.forEach(function (s) { if (String(s.id).indexOf('mech-') === 0) { marks += s.data.length; } });
    ctx.stats.timelineMarks = marks;
    ctx.stats.timelineLanes = lanes.length;
  }

  /* ---------- organisation network per phase ---------- */
  function network(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    if (!c.periods.length) { col.appendChild(el('p', 'absent', esc(t('absent.periods')))); return; }
    var controls = el('div', 'controls');
    col.appendChild(controls);
    var caption = el('div', 'note');
    col.appendChild(caption);
    var ch = chart(col, 'tall');
    var sectors = [];
    c.actors.forEach(function (a) { if (sectors.indexOf(a.sector) < 0) { sectors.push(a.sector); } });
    var categories = sectors.map(function (s) {
      var a = c.actors.find(function (x) { return x.sector === s; });
      return { name: a.sectorL, itemStyle: { color: sectorColor(s, ctx.extraColors) } };
    });
    var buttons = [];
    var biggest = Math.max.apply(null, c.networks.map(function (n) { return n.nodes.length; }).concat([0]));
    // beyond 30 actors a force layout piles the busiest up in the middle: a circle by sector instead
    var layout = biggest > 30 ? 'circular' : 'force';
    function show(k) {
      var net = c.networks[k];
      var p = c.periods[k];
      var deg = {};
      net.ties.forEach(function (ti) { var x = c.ties[ti]; deg[x.from] = (deg[x.from] || 0) + 1; deg[x.to] = (deg[x.to] || 0) + 1; });
      var dual = {};
      net.dual.forEach(function (a) { dual[a] = true; });
      // labels for the busiest actors only (at most 12 when there are more than 20), the others on hover
      var labelAll = net.nodes.length <= 20;
      var ranked = net.nodes.slice().sort(function (x, y) { return (deg[y] || 0) - (deg[x] || 0) || x - y; });
      var labelled = {};
      ranked.slice(0, labelAll ? ranked.length : 12).forEach(function (a) { labelled[a] = true; });
      var order = net.nodes.slice().sort(function (x, y) {
        return sectors.indexOf(c.actors[x].sector) - sectors.indexOf(c.actors[y].sector) || x - y;
      });
      var nodes = order.map(function (a) {
        var actor = c.actors[a];
        var d = deg[a] || 0;
        return {
          id: String(a), name: actor.name + (dual[a] ? ' ◆' : ''), category: sectors.indexOf(actor.sector),
          symbol: dual[a] ? 'diamond' : 'circle', symbolSize: Math.min(34, 10 + 3 * Math.sqrt(d) * 2),
          itemStyle: dual[a] ? { borderColor: '#111', borderWidth: 2.5 } : { borderColor: '#fff', borderWidth: 1 },
          label: { show: !!labelled[a] }, emphasis: { label: { show: true } },
          tip: '<b>' + esc(actor.name) + '</b><br>' + esc(actor.sectorL) + (actor.level ? ' · ' + esc(actor.level) : '') +
            (actor.function ? ' · ' + esc(actor.function) : '') + '<br>' + esc(fmt('network.degree', d)) +
            (dual[a] ? '<br><b>' + esc(t('network.dual')) + '</b>' : '')
        };
      });
      var links = net.ties.map(function (ti) {
        var x = c.ties[ti];
        var st = tieStyle(x.type);
        return {
          source: String(x.from), target: String(x.to), tie: ti,
          symbol: x.directed ? ['none', 'arrow'] : ['none', 'none'],
          lineStyle: { color: st.color, type: st.type, width: st.width, opacity: 0.85 },
          tip: esc(x.id) + ': ' + esc(ctx.actorName(x.from)) + ' → ' + esc(ctx.actorName(x.to)) + '<br>' + esc(x.typeL) +
            ' (' + esc(x.start || '…') + ' – ' + esc(x.end || '…') + ')'
        };
      });
      var wantHeight = layout === 'circular' ? '660px' : '';
      if (ch.getDom().style.height !== wantHeight) { ch.getDom().style.height = wantHeight; ch.resize(); }
      ch.setOption({
        animation: false,
        legend: { top: 0, data: categories.map(function (x) { return x.name; }), textStyle: { fontSize: 11 } },
        tooltip: { trigger: 'item', confine: true, formatter: function (q) { return q.data && q.data.tip ? q.data.tip : ''; } },
        series: [{
          id: 'network', type: 'graph', layout: layout, roam: true, draggable: true,
          // a circle keeps room around it for the rotated labels
          top: layout === 'circular' ? 130 : 70, bottom: layout === 'circular' ? 80 : 20,
          zoom: layout === 'force' && net.nodes.length > 14 ? 0.75 : 1, circular: { rotateLabel: true },
          categories: categories, data: nodes, links: links, edgeSymbolSize: [4, 7], autoCurveness: true,
          label: { position: 'right', fontSize: 10, color: '#243b53' }, labelLayout: { hideOverlap: true },
          force: { initLayout: 'circular', repulsion: 300, gravity: net.nodes.length > 20 ? 0.25 : 0.1, edgeLength: [60, 150], layoutAnimation: false },
          emphasis: { focus: 'adjacency' }
        }]
      }, { replaceMerge: ['series'] });
      if (layout === 'circular') { ch.setOption({ series: [{ id: 'network', left: '15%', right: '15%' }] }); }
      caption.textContent = fmt('network.caption', p.name, p.start, p.end, net.active, net.validTies, net.dualTotal) +
        (net.active > net.nodes.length ? ' ' + fmt('network.cut', net.nodes.length, net.active) : '');
      buttons.forEach(function (b, j) { b.className = j === k ? 'on' : ''; });
      var opt = ch.getOption().series[0];
      ctx.stats.networkPhase = k;
      ctx.stats.networkNodes = opt.data.length;
      ctx.stats.networkLayout = layout;
      ctx.stats.networkEdges = opt.links.length;
      ctx.stats.networkDual = net.dual.length;
      ctx.stats.networkActive = net.active;
      ctx.stats.networkLabels = nodes.filter(function (x) { return x.label.show; }).length;
    }
    var prev = el('button', null, '◀');
    prev.title = t('network.prev');
    controls.appendChild(el('span', 'small muted', esc(t('network.phase'))));
    controls.appendChild(prev);
    c.periods.forEach(function (p, k) {
      var b = el('button', null, esc(p.name.length > 28 ? p.name.slice(0, 27) + '…' : p.name));
      b.title = p.name + ' (' + p.start + ' – ' + p.end + ')';
      b.addEventListener('click', function () { show(k); });
      buttons.push(b);
      controls.appendChild(b);
    });
    var next = el('button', null, '▶');
    next.title = t('network.next');
    controls.appendChild(next);
    var lay = el('button', null, esc(t(layout === 'force' ? 'network.circular' : 'network.force')));
    lay.addEventListener('click', function () {
      layout = layout === 'force' ? 'circular' : 'force';
      lay.textContent = t(layout === 'force' ? 'network.circular' : 'network.force');
      show(ctx.stats.networkPhase);
    });
    controls.appendChild(lay);
    prev.addEventListener('click', function () { show(Math.max(0, ctx.stats.networkPhase - 1)); });
    next.addEventListener('click', function () { show(Math.min(c.periods.length - 1, ctx.stats.networkPhase + 1)); });
    ctx.showPhase = show;
    var legend = el('div', 'legend');
    var types = [];
    c.ties.forEach(function (x) { if (!types.some(function (y) { return y.type === x.type; })) { types.push(x); } });
    legend.innerHTML = types.map(function (x) {
      var st = tieStyle(x.type);
      var dash = st.type === 'dashed' ? '6,3' : st.type === 'dotted' ? '2,3' : '';
      return '<span><svg width="30" height="10"><line x1="1" y1="5" x2="29" y2="5" stroke="' + st.color + '" stroke-width="' + st.width +
        '"' + (dash ? ' stroke-dasharray="' + dash + '"' : '') + '/></svg>' + esc(x.typeL) + '</span>';
    }).join('') + '<span><svg width="14" height="14"><polygon points="7,1 13,7 7,13 1,7" fill="#bbb" stroke="#111" stroke-width="2"/></svg>' +
      esc(t('network.dual')) + '</span>';
    col.appendChild(legend);
    if (PRINT) {
      // every phase, one chart each, in order
      col.removeChild(caption);
      col.removeChild(ch.getDom());
      charts.splice(charts.indexOf(ch), 1);
      ch.dispose();
      layout = 'circular';
      c.periods.forEach(function (p, k) {
        var box = el('div', 'netprint');
        col.insertBefore(box, legend);
        box.appendChild(el('h3', null, esc(fmt('print.phase', p.id + ' · ' + p.name))));
        caption = el('div', 'note');
        box.appendChild(caption);
        ch = chart(box, 'tall');
        show(k);
      });
      ctx.stats.networkCharts = c.periods.length;
      return;
    }
    show(c.periods.length - 1);
  }

  /* ---------- mechanism mix and embedding ---------- */
  function mixAndEmbedding(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    var A = c.analysis;
    var periods;
    var mixes;
    if (A && A.years.length) {
      periods = A.years.map(function (p) { return p.name; });
      mixes = A.years.map(function (p) { return p.mix; });
    } else {
      var by = {};
      c.events.forEach(function (e) {
        var y = e.d.slice(0, 4);
        by[y] = by[y] || { administrative: 0, market: 0, collaborative: 0, none: 0 };
        by[y][e.mech]++;
      });
      periods = Object.keys(by).sort();
      mixes = periods.map(function (y) { return by[y]; });
    }
    col.appendChild(el('div', 'small muted', esc(t('mix.title'))));
    var ch = chart(col, 'short');
    ch.setOption({
      animation: false,
      grid: { left: 44, right: 16, top: 30, bottom: 28 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: t('mix.events'), nameTextStyle: { fontSize: 10 } },
      series: ['administrative', 'market', 'collaborative'].map(function (m) {
        return { name: lab('mechanism', m), type: 'bar', stack: 'mix', barMaxWidth: 48, itemStyle: { color: MECH_COLOR[m] },
          data: mixes.map(function (x) { return x[m]; }) };
      })
    });
    ctx.stats.mixPeriods = periods.length;
    col.appendChild(el('div', 'small muted', esc(t('embedding.title'))));
    if (!A || !A.phases.length) { col.appendChild(el('p', 'absent', esc(t('absent.analysis')))); return; }
    var ch2 = chart(col);
    var comps = [['index', 3.2, 'solid'], ['reciprocity', 1.4, 'solid'], ['coDecision', 1.4, 'solid'], ['multiplexity', 1.4, 'solid'],
      ['contractStrength', 1.4, 'solid'], ['administrativeDominance', 1.6, 'dashed']];
    var colors = ['#102a43', '#2e78c7', '#2a9d8f', '#7b2cbf', '#e07a00', '#c8553d'];
    ch2.setOption({
      animation: false,
      grid: { left: 44, right: 16, top: 54, bottom: 40 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return num(v); } },
      xAxis: { type: 'category', data: A.phases.map(function (p) { return p.name; }),
        axisLabel: { fontSize: 10, width: 110, overflow: 'truncate', interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: comps.map(function (x, k) {
        return { name: lab('metric', x[0]), type: 'line', symbolSize: k === 0 ? 8 : 5,
          lineStyle: { width: x[1], type: x[2] }, itemStyle: { color: colors[k] },
          data: A.phases.map(function (p) { return p.embedding[x[0]]; }) };
      })
    });
    col.appendChild(el('p', 'note', esc(t('embedding.note'))));
  }

  /* ---------- formalism ---------- */
  function formalism(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    var A = c.analysis;
    if (!A) { col.appendChild(el('p', 'absent', esc(t('absent.analysis')))); return; }
    var flaggedTotal = 0;
    A.formalism.forEach(function (d) {
      var box = el('div', 'diag');
      box.setAttribute('data-diagnostic', d.id);
      box.setAttribute('data-status', d.status);
      flaggedTotal += d.flagged.length;
      var assessed = d.score !== null && d.score !== undefined;
      box.innerHTML = '<div><b>' + esc(d.label) + '</b> ' + (assessed ? '<span class="scorebar"><i style="width:' + Math.round(100 * d.score) +
        '%"></i></span><span class="score">' + esc(num(d.score)) + '</span>' : '<span class="score na">– ' + esc(d.statusL) + '</span>') + '</div>' +
        '<div class="small muted">' + esc(d.what) + '</div>' +
        '<div class="small">' + esc(d.text) + '</div>' +
        '<div class="small coverage">' + esc(d.coverage) + '</div>' +
        (d.metrics.length ? '<div>' + d.metrics.map(function (m) { return '<span class="chip">' + esc(m[0]) + ' = ' + esc(m[1]) + '</span>'; }).join('') + '</div>' : '') +
        '<div class="small"><span class="muted">' + esc(fmt('formalism.flagged', d.flagged.length)) + '</span> ' +
        ctx.links(d.flagged, 'ev', 25) + '</div>';
      col.appendChild(box);
    });
    if (A.exemptions && A.exemptions.length) {
      var ex = el('div', 'diag exemptions');
      ex.innerHTML = '<div class="small"><b>' + esc(t('formalism.exemptions')) + '</b></div><ul class="small">' +
        A.exemptions.map(function (e) {
          return '<li>' + esc(fmt('formalism.exemption', '\u0000', e.diagnosticL, e.reason)).replace('\u0000', ctx.evLink(e.event)) + '</li>';
        }).join('') + '</ul>';
      col.appendChild(ex);
    }
    ctx.stats.flagged = flaggedTotal;
  }

  /* ---------- indicators ---------- */
  function indicators(col, ctx) {
    var c = ctx.c;
    col.appendChild(el('h3', null, esc(c.name)));
    if (!c.indicators.length) { col.appendChild(el('p', 'absent', esc(t('absent.indicators')))); return; }
    var shown = c.indicators.slice(0, 8);
    shown.forEach(function (s) {
      var ch = chart(col, 'short');
      var pm = phaseMarks(c);
      ch.setOption({
        animation: false,
        title: { text: s.nameL + (s.unit ? ' (' + s.unit + ')' : ''), textStyle: { fontSize: 12, fontWeight: 600 }, left: 4 },
        grid: { left: 52, right: 16, top: 34, bottom: 26 },
        tooltip: { trigger: 'axis', formatter: function (ps) {
          return ps.filter(function (p) { return p.data; }).map(function (p) { return esc(p.data[2]) + ': ' + esc(num(p.data[1])); }).join('<br>');
        } },
        xAxis: { type: 'time', min: c.t0, max: c.t1 },
        yAxis: { type: 'value', scale: true },
        series: [{ type: 'line', name: s.nameL, data: s.points, symbolSize: 6, itemStyle: { color: '#2e78c7' },
          markArea: pm.markArea, markLine: pm.markLine }]
      });
    });
    if (c.indicators.length > shown.length) { col.appendChild(el('p', 'note', esc(fmt('more', c.indicators.length - shown.length)))); }
    ctx.stats.indicatorCharts = shown.length;
  }

  /* ---------- process map ---------- */
  function processMap(col, ctx) {
    var c = ctx.c;
    var P = c.process;
    col.appendChild(el('h3', null, esc(c.name)));
    if (!P.nodes.length) { col.appendChild(el('p', 'absent', esc(t('absent.events')))); return; }
    var nodesSorted = P.nodes.slice().sort(function (a, b) {
      var ia = CAT_ORDER.indexOf(a.cat); var ib = CAT_ORDER.indexOf(b.cat);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a.cat < b.cat ? -1 : 1);
    });
    var maxCount = Math.max.apply(null, P.nodes.map(function (n) { return n.count; }));
    var loops = {};
    P.edges.forEach(function (e) { if (e.from === e.to) { loops[e.from] = e.count; } });
    var n = nodesSorted.length;
    var nodes = nodesSorted.map(function (x, k) {
      var ang = -Math.PI / 2 + 2 * Math.PI * k / n;
      return { id: x.cat, name: x.label + ' (' + x.count + ')' + (loops[x.cat] ? ' ↻' + loops[x.cat] : ''),
        x: 300 + 220 * Math.cos(ang), y: 220 + 170 * Math.sin(ang),
        symbolSize: 16 + 34 * Math.sqrt(x.count / maxCount),
        itemStyle: { color: CAT_COLOR[x.cat] || '#627d98' } };
    });
    var allCross = P.edges.filter(function (e) { return e.from !== e.to; });
    var cross = allCross.length > 20 ? allCross.filter(function (e) { return e.count > 1; }) : allCross;
    var maxE = Math.max.apply(null, cross.map(function (e) { return e.count; }).concat([1]));
    var sortedCounts = cross.map(function (e) { return e.count; }).sort(function (a, b) { return b - a; });
    var labelMin = sortedCounts.length > 24 ? sortedCounts[23] : 0;
    var links = cross.map(function (e) {
      return { source: e.from, target: e.to, value: e.count,
        lineStyle: { width: 0.8 + 6 * Math.log(1 + e.count) / Math.log(1 + maxE), curveness: 0.18, opacity: 0.7, color: '#627d98' },
        label: { show: e.count >= labelMin, formatter: String(e.count), fontSize: 10, color: '#243b53' } };
    });
    var ch = chart(col, 'tall');
    ch.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (q) {
        if (q.dataType === 'edge') { return esc(lab('category', q.data.source)) + ' → ' + esc(lab('category', q.data.target)) + ': ' + q.data.value; }
        return esc(q.name);
      } },
      series: [{ id: 'process', type: 'graph', layout: 'none', roam: true, data: nodes, links: links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [0, 8],
        label: { show: true, position: 'bottom', fontSize: 11, color: '#102a43' } }]
    });
    col.appendChild(el('p', 'note', esc(fmt('process.note', P.traces)) + (cross.length < allCross.length ? ' ' + esc(fmt('process.pruned', allCross.length - cross.length)) : '')));
    var top = P.edges.slice().sort(function (a, b) { return b.count - a.count; });
    var tb = '<table><thead><tr><th>' + esc(t('process.from')) + '</th><th>' + esc(t('process.to')) + '</th><th>' + esc(t('process.count')) + '</th></tr></thead><tbody>' +
      top.map(function (e) { return '<tr><td>' + esc(lab('category', e.from)) + '</td><td>' + esc(lab('category', e.to)) + '</td><td class="num">' + e.count + '</td></tr>'; }).join('') +
      '</tbody></table>';
    var d = el('details');
    d.appendChild(el('summary', 'small', esc(fmt('process.all', P.edges.length))));
    d.appendChild(el('div', 'tablewrap', tb));
    col.appendChild(d);
    ctx.stats.processNodes = ch.getOption().series[0].data.length;
    ctx.stats.processEdges = P.edges.length;
  }

  /* ---------- tables ---------- */
  function srcLinks(ctx, ids) {
    return ids.map(function (s) {
      return ctx.c.sources[s] ? '<a class="src" href="#c' + ctx.ci + '-src-' + esc(s) + '" data-row="c' + ctx.ci + '-src-' + esc(s) + '">' + esc(s) + '</a>'
        : '<span>' + esc(s) + '</span>';
    }).join(' ');
  }
  function splitSources(v) { return v ? String(v).split(';').map(function (x) { return x.trim(); }).filter(function (x) { return x; }) : []; }

  function eventsTable(parent, ctx) {
    var c = ctx.c;
    var cols = c.eventCols || [];
    var docs = !!c.documents;
    var h = ['id', 'date', 'type', 'mechanism', 'initiator', 'targets', 'participants', 'objects', 'title', 'sources']
      .concat(docs ? ['passages'] : [])
      .map(function (k) { return '<th class="' + k + '">' + esc(t('col.' + k)) + '</th>'; }).join('') +
      cols.map(function (k) { return '<th class="extra">' + esc(lab('col', k)) + '</th>'; }).join('');
    function names(arr) { return esc(arr.map(function (k) { return ctx.actorName(k); }).join(t('list.sep'))); }
    var cited = c.events.filter(function (e) { return e.cited; });
    if (cited.length) {
      parent.appendChild(el('p', 'note', esc(fmt('events.cited', cited.length)) + ' ' + ctx.links(cited.map(function (e) { return e.id; }), 'ev', 100000)));
    }
    var rows = c.events.map(function (e) {
      return '<tr id="c' + ctx.ci + '-ev-' + e.i + '"' + (e.cited ? ' class="cited" title="' + esc(t('events.citedMark')) + '"' : '') + '><td class="id">' + esc(e.id) +
        (e.cited ? ' *' : '') + '</td><td class="date">' + esc(e.d) + '</td><td>' + esc(e.typeL) +
        '<div class="small muted">' + esc(e.catL) + '</div></td><td><span style="color:' + MECH_COLOR[e.mech] + '">●</span> ' +
        esc(lab('mechanism', e.mech)) + '</td><td>' + names(e.ini) + '</td><td>' + names(e.tgt) + '</td><td>' + names(e.par) +
        '</td><td class="small">' + esc(e.obj.join(' ')) + '</td><td class="title">' + esc(e.title || '') + '</td><td class="small">' + srcLinks(ctx, e.src) + '</td>' +
        (docs ? '<td class="passages">' + passageCell(ctx, e.pas) + '</td>' : '') +
        (e.x || []).map(function (v) { return '<td class="small">' + esc(v) + '</td>'; }).join('') + '</tr>';
    }).join('');
    var wrap = el('div', 'tablewrap', '<table class="events"><thead><tr>' + h + '</tr></thead><tbody>' + rows + '</tbody></table>');
    parent.appendChild(wrap);
    ctx.stats.eventRows = c.events.length;
    ctx.stats.eventsWithPassage = c.events.filter(function (e) { return e.pas; }).length;
    ctx.stats.eventsCitedOutsideSample = cited.length;
    ctx.stats.eventExtraColumns = cols.length;
  }

  /* the passages of an event or tie row: each quote links to its mark in the document */
  function passageCell(ctx, pas) {
    if (!pas || !pas.length) { return '<span class="muted" title="' + esc(t('documents.noPassage')) + '">–</span>'; }
    return pas.map(function (p) {
      return '<div class="passage">' + ctx.quoteLink(p.s, p.q) + ' <span class="muted small">' + esc(p.doc) + ' · ' +
        esc(t('passage.coder')) + ' ' + esc(p.coder) + '</span></div>';
    }).join('');
  }

  /* ---------- source documents with their coded passages (case format 1.1) ---------- */
  function linkTarget(ctx, l) {
    var colon = l.indexOf(':');
    var kind = l.slice(0, colon);
    var id = l.slice(colon + 1);
    if (kind === 'event') { return ctx.evLink(id); }
    if (kind === 'tie') { return ctx.tieLink(id); }
    return '<span class="ref">' + esc(l) + '</span>';
  }

  function documentsList(parent, ctx) {
    var c = ctx.c;
    var marks = 0;
    var anchors = 0;
    c.documents.forEach(function (d) {
      var box = el('div', 'document');
      box.id = 'c' + ctx.ci + '-doc-' + d.id;
      var meta = [d.source ? d.source + (d.title ? ' — ' + d.title : '') : '', d.lang || ''].filter(function (x) { return x; });
      box.appendChild(el('h3', null, esc(d.id) + (meta.length ? ' <span class="small muted">' + esc(meta.join(' · ')) + '</span>' : '')));
      if (d.restricted) { box.appendChild(el('p', 'note', esc(t('documents.restricted')))); }
      var started = {};
      var html = d.runs.map(function (r) {
        if (!r[1].length) { return esc(r[0]); }
        var ids = r[1].map(function (k) { return d.segs[k].id; });
        var fresh = ids.filter(function (id) { return !started[id]; });
        fresh.forEach(function (id) { started[id] = true; });
        var lead = fresh.slice(1).map(function (id) { anchors++; return '<span class="seganchor" id="' + esc(ctx.segId(id)) + '"></span>'; }).join('');
        marks++;
        if (fresh.length) { anchors++; }
        return lead + '<mark class="seg' + (ids.length > 1 ? ' multi' : '') + '"' + (fresh.length ? ' id="' + esc(ctx.segId(fresh[0])) + '"' : '') +
          ' data-segs="' + esc(ids.join(' ')) + '" title="' + esc(ids.join(', ')) + '">' + esc(r[0]) + '</mark>';
      }).join('');
      box.appendChild(el('div', 'doctext', html));
      if (d.segs.length) {
        var det = el('details', 'segbox');
        det.appendChild(el('summary', 'small', esc(fmt('documents.passages', d.segs.length))));
        var ol = el('ol', 'segs small');
        ol.innerHTML = d.segs.map(function (sg) {
          return '<li><a class="ref" href="#' + esc(ctx.segId(sg.id)) + '" data-row="' + esc(ctx.segId(sg.id)) + '">' + esc(sg.id) + '</a> [' + sg.start + ', ' + sg.end + ') ' +
            '<q>' + esc(sg.q) + '</q> <span class="muted">' + esc(t('passage.coder')) + '</span> ' + esc(sg.coder) +
            (sg.links.length ? ' · <span class="muted">' + esc(t('passage.for')) + '</span> ' + sg.links.map(function (l) { return linkTarget(ctx, l); }).join('') : '') +
            (sg.codes.length ? ' · <span class="muted">' + esc(t('passage.codes')) + '</span> ' + esc(sg.codes.join(t('list.sep'))) : '') +
            (sg.memo ? '<div class="muted">' + esc(sg.memo) + '</div>' : '') + '</li>';
        }).join('');
        det.appendChild(ol);
        box.appendChild(det);
      }
      parent.appendChild(box);
    });
    ctx.stats.documents = c.documents.length;
    ctx.stats.passageMarks = marks;
    ctx.stats.passageAnchors = anchors;
  }

  /* ---------- sources (bibliography) ---------- */
  function sourcesList(parent, ctx) {
    var c = ctx.c;
    var ids = Object.keys(c.sources);
    if (!ids.length) { parent.appendChild(el('p', 'absent', esc(t('sources.none')))); ctx.stats.sources = 0; return; }
    var dl = el('dl', 'sources');
    dl.innerHTML = ids.map(function (id) {
      var s = c.sources[id];
      var meta = [s.kind, s.date].filter(function (x) { return x; }).map(esc).join(' · ');
      var attrs = Object.keys(s.attrs || {}).map(function (k) { return esc(lab('col', k)) + ': ' + esc(s.attrs[k]); }).join(' · ');
      var citing = (s.events.length ? ctx.links(s.events, 'ev', 100000) : '') + (s.ties.length ? ' ' + ctx.links(s.ties, 'tie', 100000) : '');
      return '<dt id="c' + ctx.ci + '-src-' + esc(id) + '">' + esc(id) + ' — ' + esc(s.title || '') + '</dt><dd>' +
        (meta ? '<div>' + meta + '</div>' : '') +
        (s.url ? '<div class="small">' + (/^https?:\/\//.test(s.url) ? '<a href="' + esc(s.url) + '">' + esc(s.url) + '</a>' : esc(s.url)) + '</div>' : '') +
        (s.quote ? '<div><span class="muted">' + esc(t('sources.quote')) + ':</span> <q>' + esc(s.quote) + '</q></div>' : '') +
        (attrs ? '<div class="small">' + attrs + '</div>' : '') +
        '<div class="small"><span class="muted">' + esc(t('sources.citedBy')) + ':</span> ' + (citing || '<span class="muted">' + esc(t('sources.uncited')) + '</span>') + '</div></dd>';
    }).join('');
    parent.appendChild(dl);
    ctx.stats.sources = ids.length;
  }

  function tiesTable(parent, ctx) {
    var c = ctx.c;
    var cols = c.tieCols || [];
    var docs = !!c.documents;
    var h = ['id', 'from', 'to', 'tietype', 'start', 'end', 'source'].concat(docs ? ['passages'] : []).map(function (k) { return '<th>' + esc(t('col.' + k)) + '</th>'; }).join('') +
      cols.map(function (k) { return '<th class="extra">' + esc(lab('col', k)) + '</th>'; }).join('');
    var rows = c.ties.map(function (x, k) {
      var st = tieStyle(x.type);
      return '<tr id="c' + ctx.ci + '-tie-' + k + '"><td class="id">' + esc(x.id) + '</td><td>' + esc(ctx.actorName(x.from)) + '</td><td>' +
        esc(ctx.actorName(x.to)) + '</td><td><span style="color:' + st.color + '">━</span> ' + esc(x.typeL) + '</td><td class="date">' + esc(x.start || '') +
        '</td><td class="date">' + esc(x.end || '') + '</td><td class="small">' + srcLinks(ctx, splitSources(x.source)) + '</td>' +
        (docs ? '<td class="passages">' + passageCell(ctx, x.pas) + '</td>' : '') +
        (x.x || []).map(function (v) { return '<td class="small">' + esc(v) + '</td>'; }).join('') + '</tr>';
    }).join('');
    parent.appendChild(el('div', 'tablewrap', '<table><thead><tr>' + h + '</tr></thead><tbody>' + rows + '</tbody></table>'));
    ctx.stats.tieRows = c.ties.length;
  }

  /* ---------- comparison ---------- */
  function comparison(parent, ctxs) {
    var C = D.comparison;
    var sec = section(parent, 'section.comparison', 'comparison');
    if (C.differences.length) {
      var dd = el('details', 'diffbox');
      dd.open = true;
      dd.appendChild(el('summary', null, esc(fmt('comparison.differencesCount', t('comparison.differences'), C.differences.length))));
      var ul = el('ul');
      C.differences.forEach(function (d) { ul.appendChild(el('li', null, esc(d))); });
      dd.appendChild(ul);
      sec.appendChild(dd);
    }
    if (C.agreements.length) {
      sec.appendChild(el('h3', null, esc(t('comparison.agreements'))));
      var ul2 = el('ul');
      C.agreements.forEach(function (d) { ul2.appendChild(el('li', null, esc(d))); });
      sec.appendChild(ul2);
    }
    var md = el('details', 'metricbox');
    md.open = true;
    md.appendChild(el('summary', null, esc(t('comparison.metrics'))));
    sec.appendChild(md);
    var keys = [];
    var labels = {};
    var byCase = ctxs.map(function (ctx) {
      var m = {};
      (ctx.c.analysis ? ctx.c.analysis.metrics : []).forEach(function (r) {
        if (keys.indexOf(r.key) < 0) { keys.push(r.key); labels[r.key] = r.label; }
        m[r.key] = r;
      });
      return m;
    });
    var diffRows = 0;
    var head = '<tr><th>' + esc(t('comparison.metric')) + '</th>' + ctxs.map(function (ctx) { return '<th>' + esc(ctx.c.name) + '</th>'; }).join('') + '</tr>';
    var body = keys.map(function (k) {
      var vals = byCase.map(function (m) { return m[k] ? m[k].value : '–'; });
      var nums = byCase.map(function (m) { return m[k] && m[k].num !== undefined ? m[k].num : null; });
      var present = nums.filter(function (x) { return x !== null; });
      var differs;
      if (present.length === nums.length && present.length > 1) {
        var hi = Math.max.apply(null, present);
        var lo = Math.min.apply(null, present);
        differs = hi - lo > TOLERANCE * Math.max(1, Math.abs(hi), Math.abs(lo)) + 1e-12;
      } else {
        differs = vals.some(function (v) { return v !== vals[0]; });
      }
      if (differs) { diffRows++; }
      var max = Math.max.apply(null, nums.filter(function (x) { return x !== null; }).concat([-Infinity]));
      return '<tr class="' + (differs ? 'diff' : '') + '"><td>' + esc(labels[k]) + '</td>' + vals.map(function (v, j) {
        var strong = differs && nums[j] !== null && nums[j] === max;
        return '<td class="num">' + (strong ? '<b>' + esc(v) + '</b>' : esc(v)) + '</td>';
      }).join('') + '</tr>';
    }).join('');
    md.appendChild(el('div', 'tablewrap', '<table><thead>' + head + '</thead><tbody>' + body + '</tbody></table>'));
    md.appendChild(el('p', 'note', esc(fmt('comparison.note', diffRows, keys.length)) + ' ' + esc(fmt('comparison.tolerance', num(TOLERANCE)))));
    G.comparison = { metricRows: keys.length, differingRows: diffRows, differences: C.differences.length };
  }

  function jump(rowId) {
    var row = document.getElementById(rowId);
    if (!row) { return; }
    var details = row.closest ? row.closest('details') : null;
    if (details) { details.open = true; }
    document.querySelectorAll('tr.hl, dt.hl, mark.hl, span.seganchor.hl').forEach(function (r) { r.classList.remove('hl'); });
    row.classList.add('hl');
    row.scrollIntoView({ block: 'center' });
  }

  /* ---------- process map page (glassbox process dfg --html) ---------- */
  function duration(sec) {
    if (sec === undefined || sec === null || isNaN(sec)) { return ''; }
    if (sec >= 86400) { return num(Math.round(sec / 8640) / 10) + ' d'; }
    if (sec >= 3600) { return num(Math.round(sec / 360) / 10) + ' h'; }
    if (sec >= 60) { return num(Math.round(sec / 6) / 10) + ' min'; }
    return num(Math.round(sec * 10) / 10) + ' s';
  }

  function wrapName(name, width) {
    var words = String(name).split(' ');
    var lines = [];
    var cur = '';
    words.forEach(function (w) {
      if (cur && (cur + ' ' + w).length > width) { lines.push(cur); cur = w; } else { cur = cur ? cur + ' ' + w : w; }
    });
    if (cur) { lines.push(cur); }
    return lines.slice(0, 3).map(function (x) { return x.length > width + 4 ? x.slice(0, width + 3) + '…' : x; });
  }

  function dfgLog(main, log, k) {
    var sec = el('section');
    sec.id = 'log-' + k;
    sec.appendChild(el('h2', null, esc(log.name)));
    sec.appendChild(el('p', 'note', esc(fmt('dfg.subtitle', log.cases, log.events, log.activities.length, log.edges.length))));
    main.appendChild(sec);
    var stats = { activities: log.activities.length, edgesTotal: log.edges.length };
    G.logs[k] = stats;
    // the drawing is computed in Java (ELK layered, left to right: ProcessMapPage); here it is scaled to fit the view
    var LY = log.layout;
    var placed = {};
    LY.nodes.forEach(function (n) { placed[n.id] = n; });
    var byName = {};
    log.activities.forEach(function (a) { byName[a.name] = a; });
    var acts = LY.nodes.filter(function (n) { return n.id.indexOf('a:') === 0; }).map(function (n) { return byName[n.id.slice(2)]; });
    var keep = {};
    acts.forEach(function (a) { keep[a.name] = a; });
    var edges = log.edges.filter(function (e) { return keep[e.s] && keep[e.t]; });
    var counts = edges.filter(function (e) { return e.s !== e.t; }).map(function (e) { return e.count; }).sort(function (a, b) { return b - a; });
    var loopsTotal = edges.filter(function (e) { return e.s === e.t; }).length;
    var minCount = counts.length > 25 ? counts[24] : 1;
    var controls = el('div', 'controls');
    var label = el('span', 'small');
    var range = document.createElement('input');
    range.type = 'range';
    range.min = '1';
    range.max = String(Math.max(1, counts[0] || 1));
    range.value = String(minCount);
    controls.appendChild(label);
    controls.appendChild(range);
    sec.appendChild(controls);
    var layer = {};
    acts.forEach(function (a) { layer[a.name] = placed['a:' + a.name].x; });
    var wrap = el('div');
    sec.appendChild(wrap);
    var ch = chart(wrap);
    var cw = Math.max(600, wrap.clientWidth || 1100);
    var chH = Math.round(Math.min(720, Math.max(320, cw * LY.height / LY.width)));
    ch.getDom().style.width = '100%';
    ch.getDom().style.height = chH + 'px';
    ch.resize();
    var PAD = 10;
    var scale = Math.min((cw - 2 * PAD) / LY.width, (chH - 2 * PAD) / LY.height);
    stats.scale = scale;
    stats.layoutWidth = LY.width;
    stats.layoutHeight = LY.height;
    var font = Math.max(5, Math.min(11, 11 * scale));
    var maxAct = Math.max.apply(null, acts.map(function (a) { return a.count; }).concat([1]));
    var loops = {};
    edges.forEach(function (e) { if (e.s === e.t) { loops[e.s] = e.count; } });
    var START = '\u25B6 ' + t('dfg.start');
    var END = '\u25A0 ' + t('dfg.end');
    function centre(n) { return { x: n.x + n.w / 2, y: n.y + n.h / 2 }; }
    var ps = placed.__start;
    var pe = placed.__end;
    // two invisible corners make the view fit the whole drawing box, so that sizes scale with it
    var nodes = [{ id: '__corner0', name: '', x: 0, y: 0, symbolSize: 0, label: { show: false }, tooltip: { show: false } },
      { id: '__corner1', name: '', x: LY.width, y: LY.height, symbolSize: 0, label: { show: false }, tooltip: { show: false } },
      { id: '__start', name: START, x: centre(ps).x, y: centre(ps).y, symbol: 'circle', symbolSize: ps.w * scale, itemStyle: { color: '#2a9d8f' }, label: { position: 'top', fontSize: font } },
      { id: '__end', name: END, x: centre(pe).x, y: centre(pe).y, symbol: 'rect', symbolSize: pe.w * scale, itemStyle: { color: '#c8553d' }, label: { position: 'top', fontSize: font } }];
    acts.forEach(function (a) {
      var p = placed['a:' + a.name];
      var shade = 0.25 + 0.75 * Math.sqrt(a.count / maxAct);
      var c = centre(p);
      nodes.push({ id: 'a:' + a.name, name: p.lines.join('\n') + '\n' + a.count + (loops[a.name] ? ' \u21BB' + loops[a.name] : ''),
        x: c.x, y: c.y, symbol: 'roundRect', symbolSize: [p.w * scale, p.h * scale],
        itemStyle: { color: 'rgba(46,120,199,' + shade.toFixed(2) + ')', borderColor: '#1d4e89' },
        label: { position: 'inside', color: shade > 0.6 ? '#fff' : '#102a43', fontSize: font, lineHeight: Math.round(font * 1.2) },
        tip: '<b>' + esc(a.name) + '</b><br>' + esc(fmt('dfg.activity', a.count, a.start, a.end)) });
    });
    sec.appendChild(el('p', 'note', esc(fmt('dfg.caption', acts.length, log.activities.length, loopsTotal))));
    function draw() {
      var min = Number(range.value);
      var maxE = Math.max.apply(null, edges.map(function (e) { return e.count; }).concat([1]));
      var shown = edges.filter(function (e) { return e.s !== e.t && e.count >= min; });
      var shownCounts = shown.map(function (e) { return e.count; }).sort(function (a, b) { return b - a; });
      var labelMin = shownCounts.length > 40 ? shownCounts[39] : 0;
      var links = shown.map(function (e) {
        var back = layer[e.t] <= layer[e.s];
        return { source: 'a:' + e.s, target: 'a:' + e.t, value: e.count,
          lineStyle: { width: 0.8 + 6 * Math.log(1 + e.count) / Math.log(1 + maxE), curveness: back ? 0.35 : 0.08,
            color: back ? '#c8553d' : '#627d98', opacity: 0.75 },
          label: { show: shown.length <= 40 || e.count >= labelMin, fontSize: 10, color: '#243b53', formatter: String(e.count) + (e.mean !== undefined ? ' · ' + duration(e.mean) : '') },
          tip: esc(e.s) + ' \u2192 ' + esc(e.t) + ': ' + e.count + (e.mean !== undefined ? '<br>' + esc(t('dfg.mean')) + ' ' + esc(duration(e.mean)) +
            ', ' + esc(t('dfg.median')) + ' ' + esc(duration(e.median)) : '') };
      });
      acts.forEach(function (a) {
        if (a.start > 0 && a.start >= min) { links.push({ source: '__start', target: 'a:' + a.name, value: a.start, lineStyle: { type: 'dashed', color: '#2a9d8f', width: 1.2, curveness: 0.05 }, label: { show: true, formatter: String(a.start), fontSize: 10 }, tip: esc(START) + ' \u2192 ' + esc(a.name) + ': ' + a.start }); }
        if (a.end > 0 && a.end >= min) { links.push({ source: 'a:' + a.name, target: '__end', value: a.end, lineStyle: { type: 'dashed', color: '#c8553d', width: 1.2, curveness: 0.05 }, label: { show: true, formatter: String(a.end), fontSize: 10 }, tip: esc(a.name) + ' \u2192 ' + esc(END) + ': ' + a.end }); }
      });
      ch.setOption({
        animation: false,
        tooltip: { trigger: 'item', confine: true, formatter: function (q) { return q.data && q.data.tip ? q.data.tip : esc(q.name); } },
        series: [{ id: 'dfg', type: 'graph', layout: 'none', roam: true, nodeScaleRatio: 1, left: PAD, top: PAD, right: PAD, bottom: PAD, data: nodes, links: links,
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [0, 8], label: { show: true }, emphasis: { focus: 'adjacency' } }]
      }, { replaceMerge: ['series'] });
      label.textContent = fmt('dfg.minCount', min) + ' — ' + fmt('dfg.shown', shown.length, counts.length);
      var opt = ch.getOption().series[0];
      stats.dfgNodes = opt.data.length - 4;
      stats.dfgEdges = shown.length;
      stats.minCount = min;
    }
    range.addEventListener('input', draw);
    draw();
    var help = el('p', 'note', esc(t('dfg.help')));
    sec.appendChild(help);
    var rows = log.edges.slice().sort(function (a, b) { return b.count - a.count; }).map(function (e) {
      return '<tr><td>' + esc(e.s) + '</td><td>' + esc(e.t) + '</td><td class="num">' + e.count + '</td>' +
        (log.performance ? '<td class="num">' + esc(duration(e.mean)) + '</td><td class="num">' + esc(duration(e.median)) + '</td>' : '') + '</tr>';
    }).join('');
    var head = '<tr><th>' + esc(t('process.from')) + '</th><th>' + esc(t('process.to')) + '</th><th>' + esc(t('process.count')) + '</th>' +
      (log.performance ? '<th>' + esc(t('dfg.mean')) + '</th><th>' + esc(t('dfg.median')) + '</th>' : '') + '</tr>';
    var d = el('details');
    d.appendChild(el('summary', 'small', esc(fmt('process.all', log.edges.length))));
    d.appendChild(el('div', 'tablewrap', '<table><thead>' + head + '</thead><tbody>' + rows + '</tbody></table>'));
    sec.appendChild(d);
  }

  function renderDfgPage() {
    G.logs = [];
    var app = document.getElementById('app');
    var header = el('header', 'top');
    header.innerHTML = '<h1>' + esc(D.title) + '</h1><div class="sub">' + esc(t('dfg.about')) + '</div>';
    document.body.insertBefore(header, app);
    var main = el('main');
    app.appendChild(main);
    D.logs.forEach(function (log, k) { dfgLog(main, log, k); });
    var foot = el('footer');
    foot.textContent = fmt('footer.generated', D.version);
    document.body.appendChild(foot);
    window.addEventListener('resize', function () { charts.forEach(function (ch) { ch.resize(); }); });
    G.charts = charts.length;
    G.ready = true;
  }

  /* ---------- page ---------- */
  function openAll() { document.querySelectorAll('details').forEach(function (d) { d.open = true; }); }

  function render() {
    var app = document.getElementById('app');
    if (PRINT) { document.body.classList.add('print'); }
    var ctxs = D.cases.map(function (c) { return new Ctx(c); });
    var n = ctxs.length;
    var header = el('header', 'top');
    header.innerHTML = '<h1>' + esc(D.title) + '</h1><div class="sub">' + esc(fmt(n > 1 ? 'subtitle.comparison' : 'subtitle.case', n)) +
      ' · ' + esc(ctxs.map(function (x) { return fmt('subtitle.counts', x.c.name, x.c.eventsTotal, x.c.actors.length, x.c.ties.length); }).join(' | ')) + '</div>';
    document.body.insertBefore(header, app);
    var main = el('main');
    app.appendChild(main);
    document.documentElement.lang = D.lang === 'zh' ? 'zh-CN' : 'en';

    G.timings = {};
    var t0 = performance.now();
    function lap(name) { var now = performance.now(); G.timings[name] = Math.round(now - t0); t0 = now; }
    var sec = section(main, 'section.verdict', 'verdict');
    columns(sec, n).forEach(function (col, i) { verdictCard(col, ctxs[i]); });
    lap('verdict');
    if (D.comparison) { comparison(main, ctxs); }
    sec = section(main, 'section.timeline', 'timeline');
    sec.appendChild(el('p', 'note', esc(t('timeline.help'))));
    columns(sec, n).forEach(function (col, i) { timeline(col, ctxs[i]); });
    lap('timeline');
    sec = section(main, 'section.network', 'network');
    sec.appendChild(el('p', 'note', esc(t('network.help'))));
    columns(sec, n).forEach(function (col, i) { network(col, ctxs[i]); });
    lap('network');
    sec = section(main, 'section.mechanism', 'mechanism');
    columns(sec, n).forEach(function (col, i) { mixAndEmbedding(col, ctxs[i]); });
    sec = section(main, 'section.formalism', 'formalism');
    sec.appendChild(el('p', 'note', esc(t('formalism.help'))));
    columns(sec, n).forEach(function (col, i) { formalism(col, ctxs[i]); });
    lap('mechanism+formalism');
    sec = section(main, 'section.indicators', 'indicators');
    columns(sec, n).forEach(function (col, i) { indicators(col, ctxs[i]); });
    sec = section(main, 'section.process', 'process');
    sec.appendChild(el('p', 'note', esc(t('process.help'))));
    columns(sec, n).forEach(function (col, i) { processMap(col, ctxs[i]); });
    lap('indicators+process');
    ctxs.forEach(function (ctx) {
      var s = section(main, 'section.events', 'events-' + ctx.ci);
      s.querySelector('h2').textContent = fmt('section.events.of', ctx.c.name, ctx.c.events.length);
      eventsTable(s, ctx);
      var s2 = section(main, 'section.ties', 'ties-' + ctx.ci);
      s2.querySelector('h2').textContent = fmt('section.ties.of', ctx.c.name, ctx.c.tiesTotal);
      if (ctx.c.tiesTotal > ctx.c.ties.length) { s2.appendChild(el('p', 'note', esc(fmt('ties.cut', ctx.c.ties.length, ctx.c.tiesTotal)))); }
      tiesTable(s2, ctx);
      var s3 = section(main, 'section.sources', 'sources-' + ctx.ci);
      s3.querySelector('h2').textContent = fmt('section.sources.of', ctx.c.name, Object.keys(ctx.c.sources).length);
      s3.appendChild(el('p', 'note', esc(t('sources.help'))));
      sourcesList(s3, ctx);
      if (ctx.c.documents) {
        var s4 = section(main, 'section.documents', 'documents-' + ctx.ci);
        s4.querySelector('h2').textContent = fmt('section.documents.of', ctx.c.name, ctx.c.documents.length);
        s4.appendChild(el('p', 'note', esc(t('documents.help'))));
        documentsList(s4, ctx);
      }
    });
    lap('tables');
    var foot = el('footer');
    var prov = ctxs.filter(function (x) { return x.c.analysis; }).map(function (x) {
      var p = x.c.analysis.provenance;
      return fmt('footer.provenance', x.c.name, p.version, p.codebook.slice(0, 12), p.seed, lab('phaseSource', p.phaseSource), num(p.penalty));
    });
    foot.textContent = fmt('footer.generated', D.version) + (prov.length ? ' · ' + prov.join(' · ') : '');
    document.body.appendChild(foot);
    document.addEventListener('click', function (ev) {
      var a = ev.target.closest ? ev.target.closest('a[data-row]') : null;
      if (a) { ev.preventDefault(); jump(a.getAttribute('data-row')); }
    });
    window.addEventListener('resize', function () { charts.forEach(function (ch) { ch.resize(); }); });
    if (PRINT) { openAll(); }
    // printing from a browser: everything unfolded, charts at the width of the page
    window.addEventListener('beforeprint', function () {
      openAll();
      charts.forEach(function (ch) { ch.resize({ width: Math.min(PRINT_WIDTH, ch.getDom().clientWidth || PRINT_WIDTH) }); });
    });
    window.addEventListener('afterprint', function () { charts.forEach(function (ch) { ch.resize(); }); });
    G.charts = charts.length;
    G.ready = true;
  }

  try {
    if (D.kind === 'dfg') { renderDfgPage(); } else { render(); }
  } catch (e) {
    G.errors.push(String(e && e.stack || e));
    throw e;
  }
}());
