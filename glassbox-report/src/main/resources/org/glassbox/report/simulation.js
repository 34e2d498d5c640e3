(function () {
  'use strict';
  var doc = JSON.parse(document.getElementById('sim-data').textContent);
  var sim = doc.sim;
  var L = doc.labels;
  // a grid value as a tick: at most four decimals (0.49000000000000005 → 0.49)
  function tick(v) { return String(Math.round(v * 10000) / 10000); }
  var drawn = {};
  function el(id) { return document.getElementById(id); }
  function nums(a) { return (a || []).map(function (v) { return v === null ? null : v; }); }

  // mean trajectories per phase with 10–90 % bands, and the coded case's values
  (function () {
    var host = el('sim-chart-paths');
    if (!host) { return; }
    var p = sim.paths;
    var phases = p.phases;
    function bandSeries(b, name, color, stack) {
      var low = nums(b.low);
      var width = b.high.map(function (h, i) { return h === null || low[i] === null ? null : h - low[i]; });
      return [
        { name: name + ' ' + L['sim.band'], type: 'line', data: low, stack: stack, symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { opacity: 0 }, silent: true, tooltip: { show: false } },
        { name: name + ' ' + L['sim.band'], type: 'line', data: width, stack: stack, symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: color, opacity: 0.18 }, silent: true, tooltip: { show: false } },
        { name: name + ' (' + L['sim.mean'] + ')', type: 'line', data: nums(b.mean), itemStyle: { color: color }, lineStyle: { width: 2 } }
      ];
    }
    var series = bandSeries(p.phaseEmbeddingIndex, L['sim.index'], '#2f5fa7', 'i')
        .concat(bandSeries(p.phaseAdministrativeDominance, L['sim.dominance'], '#b5452b', 'd'));
    if (sim.coded) {
      var at = phases.map(function (ph) { return sim.coded.phases.indexOf(ph); });
      series.push({ name: L['sim.index'] + ' (' + L['sim.coded'] + ')', type: 'line', itemStyle: { color: '#2f5fa7' },
        lineStyle: { type: 'dashed' }, symbol: 'diamond',
        data: at.map(function (k) { return k < 0 ? null : sim.coded.embeddingIndex[k]; }) });
      series.push({ name: L['sim.dominance'] + ' (' + L['sim.coded'] + ')', type: 'line', itemStyle: { color: '#b5452b' },
        lineStyle: { type: 'dashed' }, symbol: 'diamond',
        data: at.map(function (k) { return k < 0 ? null : sim.coded.administrativeDominance[k]; }) });
    }
    var chart = echarts.init(host);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: series.filter(function (s) { return !s.silent; }).map(function (s) { return s.name; }) },
      grid: { left: 50, right: 30, top: 60, bottom: 40 },
      xAxis: { type: 'category', data: phases, name: L['sim.phase'] },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: series
    });
    drawn.paths = { phases: phases.length, series: series.length };
  })();

  // the phase diagram: share of market runs per grid point (heat map; a line for one parameter)
  (function () {
    var host = el('sim-chart-sweep');
    if (!host || !sim.sweep) { return; }
    var axes = sim.sweep.axes;
    var cells = sim.sweep.cells;
    var chart = echarts.init(host);
    if (axes.length === 2) {
      var a = axes[0].parameter, b = axes[1].parameter;
      var xs = [], ys = [];
      cells.forEach(function (c) {
        if (xs.indexOf(c.values[a]) < 0) { xs.push(c.values[a]); }
        if (ys.indexOf(c.values[b]) < 0) { ys.push(c.values[b]); }
      });
      var data = cells.map(function (c) { return [xs.indexOf(c.values[a]), ys.indexOf(c.values[b]), c.model.market]; });
      chart.setOption({
        animation: false,
        tooltip: { formatter: function (q) { return a + ' ' + tick(xs[q.data[0]]) + ', ' + b + ' ' + tick(ys[q.data[1]]) + ': ' +
          L['sim.marketShare'] + ' ' + Math.round(100 * q.data[2]) + ' %'; } },
        grid: { left: 80, right: 90, top: 20, bottom: 70 },
        xAxis: { type: 'category', data: xs.map(tick), name: a, nameLocation: 'middle', nameGap: 30 },
        yAxis: { type: 'category', data: ys.map(tick), name: b, nameLocation: 'middle', nameGap: 55 },
        visualMap: { min: 0, max: 1, calculable: true, orient: 'vertical', right: 0, top: 'center', text: [L['sim.marketShare'], ''],
          inRange: { color: ['#b5452b', '#f3f3f3', '#2f5fa7'] } },
        series: [{ type: 'heatmap', data: data, label: { show: true, formatter: function (q) { return Math.round(100 * q.data[2]); } } }]
      });
      drawn.sweep = { kind: 'heatmap', cells: data.length };
    } else {
      var p = axes[0].parameter;
      var models = ['administrative', 'market', 'hybrid', 'undetermined'];
      var colors = { administrative: '#b5452b', market: '#2f5fa7', hybrid: '#888', undetermined: '#c9b458' };
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 30, top: 40, bottom: 50 },
        xAxis: { type: 'value', name: p, nameLocation: 'middle', nameGap: 30, min: axes[0].lo, max: axes[0].hi },
        yAxis: { type: 'value', min: 0, max: 1 },
        series: models.map(function (m) {
          return { name: L['model.' + m] || m, type: 'line', itemStyle: { color: colors[m] },
            data: cells.map(function (c) { return [c.values[p], c.model[m]]; }) };
        })
      });
      drawn.sweep = { kind: 'line', cells: cells.length };
    }
  })();

  // Morris mu* and sigma, or Sobol first-order and total indices, per parameter
  (function () {
    var host = el('sim-chart-sensitivity');
    if (!host || !sim.sensitivity) { return; }
    var s = sim.sensitivity;
    var names = Object.keys(s.factors);
    var keys = s.method === 'morris' ? ['muStar', 'sigma'] : ['first', 'total'];
    var chart = echarts.init(host);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: keys.map(function (k) { return L['sim.' + k]; }) },
      grid: { left: 160, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: names, inverse: true },
      series: keys.map(function (k, i) {
        return { name: L['sim.' + k], type: 'bar', itemStyle: { color: i === 0 ? '#2f5fa7' : '#9bb3d8' },
          data: names.map(function (n) { return s.factors[n][k]; }) };
      })
    });
    drawn.sensitivity = { factors: names.length, bars: keys.length };
  })();

  // for tests and for saving: what was drawn
  window.__glassboxSim = { ready: true, drawn: drawn };
})();
