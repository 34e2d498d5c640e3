// Blind double coding in the web UI (issue 14 item 4): an owner makes a blind copy of a case for each coder,
// compares the coders' copies (glassbox.agreement/1, the same calls as `glassbox agreement`) and adjudicates
// their disagreements into the case, each choice kept in its history. Loaded after app.js and uses its helpers
// (el, api, t, enc, toast, describe). Every value from the API is put on the page as text.
'use strict';

Object.assign(T.en, {
  double: 'Double coding', copyFor: 'Blind copy for coder', copyMake: 'Make the copy', copyMade: 'Copy {0} made.',
  copiesOf: 'Coders\' copies of this case', noCopies: 'No copies yet: make one for each coder, who codes it blind.',
  compare2: 'Compare the selected copies', pickTwo: 'Select at least two copies.', fieldsAgreement: 'Agreement per field',
  passagesAgreement: 'Agreement on passages (per code)', disagreementsTitle: 'Disagreements to adjudicate',
  noDisagreements: 'The copies agree on every coded field.', unit: 'Unit', field: 'Field', takePassages: 'Take the passages of {0}',
  adjudicate: 'Adjudicate into the case', adjudicated: '{0} changes written into the case (see its history).',
  level: 'Level', units: 'Units', percent: 'Agreement', kappa: 'Cohen\'s κ', alpha: 'Krippendorff\'s α', ci: '95 % CI',
  code: 'Code', cuAlpha: 'cu-α', overlap: 'Overlap'
});
Object.assign(T.zh, {
  double: '双人编码', copyFor: '为编码员建立盲编副本', copyMake: '建立副本', copyMade: '已建立副本 {0}。',
  copiesOf: '本案例的编码员副本', noCopies: '还没有副本：为每位编码员建立一份，各自盲编。',
  compare2: '比较所选副本', pickTwo: '请至少选择两份副本。', fieldsAgreement: '各字段的一致性',
  passagesAgreement: '段落编码的一致性（按编码）', disagreementsTitle: '待裁决的分歧',
  noDisagreements: '各副本在所有已编码字段上一致。', unit: '单元', field: '字段', takePassages: '采用 {0} 的段落',
  adjudicate: '裁决并写入案例', adjudicated: '已向案例写入 {0} 项修改（见修改历史）。',
  level: '测量水平', units: '单元数', percent: '一致率', kappa: 'Cohen κ', alpha: 'Krippendorff α', ci: '95% 置信区间',
  code: '编码', cuAlpha: 'cu-α', overlap: '重叠率'
});

window.__glassboxDouble = { compared: 0, adjudicated: 0 };

const num = v => (v === null || v === undefined ? '—' : (typeof v === 'number' ? v.toFixed(3) : String(v)));

async function renderDoubleCoding(ctx) {
  const project = '/api/projects/' + enc(ctx.p);
  const cases = (await api('GET', project + '/cases')).data;
  const copies = cases.map(x => x.id).filter(id => id.startsWith(ctx.c + '~'));
  const coder = el('input', { id: 'copy-coder', type: 'text', 'aria-label': t('copyFor') });
  const make = el('button', { class: 'btn', type: 'button', id: 'copy-make', text: t('copyMake'), onclick: async () => {
    try {
      const r = await api('POST', ctx.base + '/copies', { coder: coder.value.trim() });
      toast(t('copyMade', r.data.id));
      await renderDoubleCoding(ctx);
    } catch (e) { toast(describe(e)); }
  } });
  const list = copies.length === 0 ? el('p', { class: 'muted', text: t('noCopies') }) :
    el('ul', { id: 'copies' }, copies.map(id => el('li', null,
      el('label', null, el('input', { type: 'checkbox', 'data-copy': id, checked: true }), ' '),
      el('a', { href: '#/p/' + enc(ctx.p) + '/c/' + enc(id) + '/events', text: id }))));
  const result = el('div', { id: 'double-result' });
  const compare = el('button', { class: 'btn', type: 'button', id: 'copies-compare', text: t('compare2'), onclick: async () => {
    const chosen = [...ctx.pane.querySelectorAll('#copies input[data-copy]')].filter(x => x.checked).map(x => x.dataset.copy);
    if (chosen.length < 2) { toast(t('pickTwo')); return; }
    try {
      const q = '?cases=' + chosen.map(enc).join(',');
      const [ag, dis] = await Promise.all([api('GET', project + '/agreement' + q), api('GET', project + '/disagreements' + q)]);
      result.replaceChildren(...agreementTables(ag.data), adjudicationForm(ctx, chosen, dis.data));
      window.__glassboxDouble.compared++;
    } catch (e) { result.replaceChildren(el('p', { class: 'error', text: describe(e) })); }
  } });
  ctx.pane.replaceChildren(
    el('div', { class: 'card' }, el('h2', { text: t('copiesOf') }), list, copies.length ? compare : null),
    el('div', { class: 'card' }, el('label', { class: 'block' }, t('copyFor'), coder), make),
    result);
}

// the coefficients per field and per code, as glassbox.agreement/1 gives them
function agreementTables(a) {
  const fields = el('table', { class: 'list', id: 'agreement-fields' },
    el('thead', null, el('tr', null, ['field', 'level', 'units', 'percent', 'kappa', 'alpha', 'ci'].map(k => el('th', { text: t(k) })))),
    el('tbody', null, (a.coefficients || []).map(c => el('tr', { 'data-field': c.field },
      el('td', { text: c.field }), el('td', { text: c.level || '' }), el('td', { text: String(c.units) }),
      el('td', { text: num(c.percent) }), el('td', { text: num(c.cohenKappa) }), el('td', { text: num(c.krippendorffAlpha) }),
      el('td', { text: c.ci95 ? num(c.ci95[0]) + ' – ' + num(c.ci95[1]) : '—' })))));
  const out = [el('h2', { text: t('fieldsAgreement') }), fields];
  if ((a.passages || []).length) {
    out.push(el('h2', { text: t('passagesAgreement') }), el('table', { class: 'list', id: 'agreement-passages' },
      el('thead', null, el('tr', null, ['code', 'cuAlpha', 'overlap', 'units'].map(k => el('th', { text: t(k) })))),
      el('tbody', null, a.passages.map(x => el('tr', { 'data-code': x.code }, el('td', { text: x.code }),
        el('td', { text: num(x.cuAlpha) }), el('td', { text: num(x.overlap) }), el('td', { text: String(x.units) }))))));
  }
  return out;
}

// one choice per disagreement (which copy's value wins) and, per copy, whether its passages are taken
function adjudicationForm(ctx, copies, dis) {
  const items = dis.disagreements || [];
  const ids = {};
  for (const m of dis.matched || []) ids[m.unit] = m.ids || {};
  const rows = items.map((d, i) => el('tr', { 'data-unit': d.unit, 'data-field': d.field },
    el('td', { text: d.unit }), el('td', { text: d.field }),
    copies.map(copy => el('td', null, el('label', null,
      el('input', { type: 'radio', name: 'choice-' + i, value: copy, 'data-copy': copy }), ' ',
      d.values[copy] === null || d.values[copy] === undefined ? '—' : String(d.values[copy]))))));
  const table = items.length === 0 ? el('p', { class: 'muted', text: t('noDisagreements') }) :
    el('table', { class: 'list', id: 'disagreements' },
      el('thead', null, el('tr', null, el('th', { text: t('unit') }), el('th', { text: t('field') }), copies.map(c => el('th', { text: c })))),
      el('tbody', null, rows));
  const takes = copies.map(copy => el('label', { class: 'block' },
    el('input', { type: 'checkbox', 'data-take': copy }), ' ', t('takePassages', copy)));
  const go = el('button', { class: 'btn', type: 'button', id: 'adjudicate', text: t('adjudicate'), onclick: async () => {
    const events = {};
    items.forEach((d, i) => {
      const r = rows[i].querySelector('input[type=radio]:checked');
      if (!r) return;
      const copy = r.value;
      if (d.unit.includes('=')) {
        // ids differ between the copies: the whole row as the chosen copy has it, under its own id
        events[(ids[d.unit] || {})[copy] || d.unit] = copy;
      } else if (typeof events[d.unit] !== 'string') {
        events[d.unit] = Object.assign(events[d.unit] || {}, { [d.field]: copy });
      }
    });
    const segments = {};
    takes.forEach((l, k) => { if (l.querySelector('input').checked) segments[copies[k]] = 'all'; });
    const choices = {};
    if (Object.keys(events).length) choices.events = events;
    if (Object.keys(segments).length) choices.segments = segments;
    try {
      const r = await api('POST', ctx.base + '/adjudicate', { from: copies, choices });
      toast(t('adjudicated', (r.data.changes || []).length));
      window.__glassboxDouble.adjudicated++;
      if (ctx.reload) ctx.reload();
    } catch (e) { toast(describe(e)); }
  } });
  return el('div', { class: 'card', id: 'adjudication' }, el('h2', { text: t('disagreementsTitle') }), table, takes, go);
}
