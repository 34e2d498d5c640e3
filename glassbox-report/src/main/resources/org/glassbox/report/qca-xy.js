(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('qca-data').textContent);
  var host = document.getElementById('plots');
  var drawn = [];
  function fmt(v) { return v === null || v === undefined ? '–' : v.toFixed(3); }
  data.plots.forEach(function (p) {
    var fig = document.createElement('figure');
    var div = document.createElement('div');
    div.className = 'chart';
    var cap = document.createElement('figcaption');
    cap.textContent = (p.relation === 'sufficiency' ? 'Sufficiency: ' : 'Necessity: ') + p.title + ' — ' +
        p.inclName + ' ' + fmt(p.incl) + ', ' + p.covName + ' ' + fmt(p.cov);
    fig.appendChild(div);
    fig.appendChild(cap);
    host.appendChild(fig);
    var chart = echarts.init(div);
    chart.setOption({
      animation: false,
      grid: { left: 50, right: 40, top: 20, bottom: 50 },
      tooltip: { trigger: 'item', formatter: function (q) {
        return q.data[2] + '<br>' + p.x + ': ' + fmt(q.data[0]) + '<br>' + p.y + ': ' + fmt(q.data[1]);
      } },
      xAxis: { type: 'value', min: 0, max: 1, name: p.x, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: 1, name: p.y, nameLocation: 'middle', nameGap: 32 },
      series: [
        { type: 'line', data: [[0, 0], [1, 1]], symbol: 'none', silent: true,
          lineStyle: { color: '#999', type: 'dashed' } },
        { type: 'scatter', symbolSize: 9, itemStyle: { color: '#2f5fa7' },
          data: p.points.filter(function (q) { return q.x !== null && q.y !== null; })
              .map(function (q) { return [q.x, q.y, q['case']]; }),
          label: { show: true, position: 'right', fontSize: 10, formatter: function (q) { return q.data[2]; } },
          labelLayout: { hideOverlap: true } }
      ]
    });
    drawn.push({ points: chart.getOption().series[1].data.length, caption: cap.textContent });
  });
  // for tests: what was drawn
  window.__glassboxQca = { ready: true, plots: drawn };
})();
