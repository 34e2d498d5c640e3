// The coding pages of the web UI (issue 14 item 3): a case's documents (upload, read, select a passage,
// link it, code it, memo, create an event from it), retrieval by code and full-text search on a project's page.
// Loaded after app.js and uses its helpers (el, api, t, enc, toast, describe, parts). Every value from the API
// is put on the page as text. Offsets are Unicode code points of the document's text, as the case format
// counts them; JS strings count UTF-16 units, so every conversion goes through Array.from (code points).
'use strict';

Object.assign(T.en, {
  documents: 'Documents', uploadDoc: 'Upload a document', uploadDocHint: '.txt, .md, .html, .pdf or .docx; its text is kept, normalised',
  docSource: 'Source', docLanguage: 'Language', docUpload: 'Upload', docUploaded: 'Document {0} added.',
  noDocuments: 'No documents yet.', read: 'Read', access: 'Access', language: 'Language', passages: 'Passages',
  noPassages: 'No passages coded yet.', selectHint: 'Select a passage of the text with the mouse to code it.',
  selected: 'Selected: code points {0}–{1}', linkTo: 'Link to', none2: '(none)', codes: 'Codes', memo: 'Memo', documentMemo: 'Memo on this document',
  savePassage: 'Save the passage', passageSaved: 'Passage {0} saved.', newEvent: 'Create an event from it',
  eventDate: 'Date', eventType: 'Type', eventInitiator: 'Initiator', eventTitle: 'Title', createEvent: 'Create the event and link the passage',
  eventCreated: 'Event {0} created, passage {1} linked to it.',
  searchDocs: 'Search the documents', searchBtn: 'Search', noHits: 'Nothing found.', hitsN: '{0} hits',
  retrieval: 'Retrieval by code', retrieve: 'Retrieve', withSub: 'with the codes under it', noRetrieved: 'No passage is coded so.',
  passageN: 'passage {0}', saveMemo: 'Save the memo', deletePassage: 'Delete the passage?', coder2: 'Coder', links: 'Links',
  refusedDoc: 'The document was not imported: {0}', span: 'Code points', quote: 'Quote', kindEvent: 'event', kindTie: 'tie', kindActor: 'actor', chooseCode: 'Choose a code'
});
Object.assign(T.zh, {
  documents: '文档', uploadDoc: '上传文档', uploadDocHint: '.txt、.md、.html、.pdf 或 .docx；保存规范化后的文本',
  docSource: '来源', docLanguage: '语言', docUpload: '上传', docUploaded: '已添加文档 {0}。',
  noDocuments: '还没有文档。', read: '阅读', access: '访问权限', language: '语言', passages: '段落',
  noPassages: '还没有编码的段落。', selectHint: '用鼠标选中一段文字即可编码。',
  selected: '已选中：第 {0}–{1} 个字符', linkTo: '关联到', none2: '（无）', codes: '编码', memo: '备注', documentMemo: '关于本文件的备注',
  savePassage: '保存段落', passageSaved: '已保存段落 {0}。', newEvent: '据此创建事件',
  eventDate: '日期', eventType: '类型', eventInitiator: '发起者', eventTitle: '标题', createEvent: '创建事件并关联该段落',
  eventCreated: '已创建事件 {0}，段落 {1} 已关联。',
  searchDocs: '全文搜索', searchBtn: '搜索', noHits: '没有找到。', hitsN: '共 {0} 处',
  retrieval: '按编码检索', retrieve: '检索', withSub: '包括下级编码', noRetrieved: '没有这样编码的段落。',
  passageN: '段落 {0}', saveMemo: '保存备注', deletePassage: '删除这个段落？', coder2: '编码员', links: '关联',
  refusedDoc: '文档未导入：{0}', span: '字符位置', quote: '引文', kindEvent: '事件', kindTie: '关系', kindActor: '主体', chooseCode: '选择编码'
});

window.__glassboxCoding = { selections: 0, saves: 0 };

// ---------------------------------------------------------------- code points

const cps = s => Array.from(s || '');
const cpLength = s => cps(s).length;
const cpSlice = (s, a, b) => cps(s).slice(a, b).join('');
const listOf = v => (Array.isArray(v) ? v : String(v || '').split(';')).map(x => String(x).trim()).filter(Boolean);

// the code-point offset of a DOM position inside the rendered text `root` (which holds the text and nothing else)
function cpAt(root, node, offset) {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return cpLength(r.toString());
}

// ---------------------------------------------------------------- the Documents tab of a case

async function renderDocuments(ctx) {
  const pp = parts();
  const docId = pp[4] === 'documents' && pp[5] ? pp[5] : null;
  const at = pp[6] ? pp[6].split('-').map(Number) : null;
  const [docs, sources, coding] = await Promise.all([
    api('GET', ctx.base + '/documents?limit=10000'), api('GET', ctx.base + '/sources?limit=10000'),
    api('GET', ctx.base + '/coding')]);
  ctx.coding = coding.data;
  const list = docs.data.length === 0 ? el('p', { class: 'muted', text: t('noDocuments') }) :
    el('table', { class: 'list', id: 'documents' },
      el('thead', null, el('tr', null, ['id', 'docSource', 'language', 'access', ''].map(k => el('th', { text: k ? t(k) : '' })))),
      el('tbody', null, docs.data.map(d => el('tr', { 'data-document': d.id, class: d.id === docId ? 'current' : null },
        el('td', null, el('a', { href: docHref(ctx, d.id), text: d.id })), el('td', { text: d.source || '' }),
        el('td', { text: d.language || '' }), el('td', { text: d.access || 'open' }),
        el('td', null, el('a', { href: docHref(ctx, d.id), 'data-read': d.id, text: t('read') }))))));
  const reader = el('div', { id: 'reader' });
  ctx.pane.replaceChildren(el('div', { class: 'card' }, el('h2', { text: t('documents') }), list),
    uploadForm(ctx, sources.data), reader);
  if (docId) await renderReader(ctx, reader, docId, at);
}

function docHref(ctx, d, range) {
  return '#/p/' + enc(ctx.p) + '/c/' + enc(ctx.c) + '/documents/' + enc(d) + (range ? '/' + range[0] + '-' + range[1] : '');
}

function uploadForm(ctx, sources) {
  const file = el('input', { type: 'file', id: 'doc-file', name: 'file', accept: '.txt,.md,.html,.htm,.pdf,.docx', required: true });
  const source = el('select', { id: 'doc-source', required: true },
    sources.map(s => el('option', { value: s.id, text: s.id + ' — ' + (s.title || '') })));
  const lang = el('select', { id: 'doc-language' }, ['zh', 'en', ''].map(l => el('option', { value: l, text: l || '—' })));
  lang.value = state.lang === 'zh' ? 'zh' : 'en';
  const status = el('p', { id: 'doc-status', role: 'status' });
  const form = el('form', { class: 'card', id: 'doc-upload' }, el('h2', { text: t('uploadDoc') }),
    el('p', { class: 'muted', text: t('uploadDocHint') }),
    el('div', { class: 'toolbar' }, file, el('label', null, t('docSource') + ' ', source), el('label', null, t('docLanguage') + ' ', lang),
      el('button', { class: 'btn', type: 'submit', id: 'doc-submit', text: t('docUpload') })), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    if (!file.files[0]) return;
    const fd = new FormData();
    fd.append('file', file.files[0]);
    fd.append('source', source.value);
    if (lang.value) fd.append('language', lang.value);
    status.className = '';
    status.textContent = t('uploading');
    const r = await fetch(ctx.base + '/documents', { method: 'POST', body: fd, headers: { 'X-CSRF-Token': state.csrf }, credentials: 'same-origin' });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (r.status === 201) {
      toast(t('docUploaded', body.id));
      location.hash = docHref(ctx, body.id);
      return;
    }
    status.className = 'error';
    const why = body && body.problems ? body.problems.map(p => (p.field ? p.field + ': ' : '') + problemText(p)).join(' · ')
      : body && body.error ? body.error.message : 'HTTP ' + r.status;
    status.textContent = t('refusedDoc', why);
  });
  return form;
}

// the text with its passages marked; each piece carries the code point it starts at
function textPieces(content, segments) {
  const chars = cps(content);
  const cuts = new Set([0, chars.length]);
  for (const s of segments) { cuts.add(+s.start); cuts.add(+s.end); }
  const points = [...cuts].filter(x => x >= 0 && x <= chars.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = segments.filter(s => +s.start <= a && +s.end >= b).map(s => s.id);
    out.push(el('span', { 'data-cp': a, class: covering.length ? 'coded' : null, 'data-segments': covering.join(' ') || null,
      title: covering.length ? covering.join(', ') : null }, chars.slice(a, b).join('')));
  }
  return out;
}

async function renderReader(ctx, reader, d, at) {
  const [doc, segs] = await Promise.all([api('GET', ctx.base + '/documents/' + enc(d)),
    api('GET', ctx.base + '/segments?document=' + enc(d) + '&limit=10000')]);
  const content = doc.data.content || '';
  const segments = segs.data.filter(s => s.document === d);
  const text = el('div', { class: 'doc-text', id: 'doc-text', lang: doc.data.language || null, 'data-length': cpLength(content) },
    textPieces(content, segments));
  const panel = el('div', { id: 'passage-panel', class: 'card' }, el('p', { class: 'muted', text: t('selectHint') }));
  const passages = el('div', { id: 'passages' });
  reader.replaceChildren(el('div', { class: 'card' }, el('h2', null, d + ' ', el('span', { class: 'muted', text: '(' + (doc.data.source || '') + ')' })), text),
    documentMemo(ctx, d, doc.data), panel, el('div', { class: 'card' }, el('h2', { text: t('passages') }), passages));
  passages.replaceChildren(passageTable(ctx, segments, d));
  const sel = { start: null, end: null };
  const onSelect = () => {
    const s = window.getSelection();
    if (!s || s.rangeCount === 0 || s.isCollapsed) return;
    const r = s.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
    const a = cpAt(text, r.startContainer, r.startOffset), b = cpAt(text, r.endContainer, r.endOffset);
    if (b <= a || (a === sel.start && b === sel.end)) return;
    sel.start = a;
    sel.end = b;
    window.__glassboxCoding.selections++;
    passageForm(ctx, panel, d, doc.data, content, a, b);
  };
  text.addEventListener('mouseup', onSelect);
  text.addEventListener('keyup', onSelect);
  codingSelection.handler = onSelect;
  if (at && at.length === 2 && at[1] > at[0]) {
    const piece = [...text.children].find(x => +x.dataset.cp <= at[0] && +x.dataset.cp + cpLength(x.textContent) > at[0]);
    if (piece) piece.scrollIntoView({ block: 'center' });
    highlight(text, at[0], at[1]);
  }
}

// a memo on the whole document: documents.csv's extra column `memo` (extra columns are kept as the format keeps them)
function documentMemo(ctx, d, row) {
  const memo = el('textarea', { id: 'document-memo', rows: 2 });
  memo.value = row.memo || '';
  const save = el('button', { class: 'btn secondary', type: 'button', id: 'document-memo-save', text: t('saveMemo'), onclick: async () => {
    try {
      const body = Object.assign({}, row, { memo: memo.value.trim() });
      delete body.content;
      const r = await api('PUT', ctx.base + '/documents/' + enc(d), body, { 'If-Match': String(row.version) });
      // the text and its passages are unchanged: keep the reader as it is, with the row's new version
      row.version = r.data.version;
      row.memo = body.memo;
      window.__glassboxCoding.documentMemos = (window.__glassboxCoding.documentMemos || 0) + 1;
      toast(t('saved'));
    } catch (e) { toast(describe(e)); }
  } });
  return el('div', { class: 'card' }, el('label', { class: 'block' }, t('documentMemo'), memo), save);
}

// one listener for the page: a selection made by mouse, keyboard or script reaches the reader on screen
const codingSelection = { handler: null, timer: null };
document.addEventListener('selectionchange', () => {
  clearTimeout(codingSelection.timer);
  codingSelection.timer = setTimeout(() => { if (codingSelection.handler) codingSelection.handler(); }, 150);
});

// selects code points [a, b) of the rendered text (a search hit, a passage)
function highlight(text, a, b) {
  const pos = cp => {
    for (const piece of text.children) {
      const start = +piece.dataset.cp, chars = cps(piece.textContent);
      if (cp <= start + chars.length) return [piece.firstChild, chars.slice(0, cp - start).join('').length];
    }
    return null;
  };
  const s = pos(a), e = pos(b);
  if (!s || !e) return;
  const r = document.createRange();
  r.setStart(s[0], s[1]);
  r.setEnd(e[0], e[1]);
  const g = window.getSelection();
  g.removeAllRanges();
  g.addRange(r);
}

async function targets(ctx) {
  if (ctx.targets) return ctx.targets;
  const [ev, ti, ac] = await Promise.all(['events', 'ties', 'actors'].map(x => api('GET', ctx.base + '/' + x + '?limit=10000')));
  ctx.targets = { event: ev.data, tie: ti.data, actor: ac.data };
  return ctx.targets;
}

function targetLabel(kind, r) {
  if (kind === 'event') return r.id + ' — ' + (r.date || '') + ' ' + ((state.lang === 'zh' && r.title_zh) || r.title || '');
  if (kind === 'tie') return r.id + ' — ' + r.from + ' → ' + r.to + ' (' + (r.type || '') + ')';
  return r.id + ' — ' + ((state.lang === 'zh' && r.name_zh) || r.name || '');
}

function nextId(prefix, rows) {
  let n = rows.length + 1;
  const ids = new Set(rows.map(r => r.id));
  while (ids.has(prefix + String(n).padStart(2, '0'))) n++;
  return prefix + String(n).padStart(2, '0');
}

// a date written in the selected text: 2019-03-05, 2019年3月5日, 2019年3月, 2019年 → ISO (partial as written)
function dateIn(text) {
  let m = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (m) return m[1] + '-' + m[2] + (m[3] ? '-' + m[3] : '');
  m = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(text);
  if (m) return m[1] + (m[2] ? '-' + m[2].padStart(2, '0') + (m[3] ? '-' + m[3].padStart(2, '0') : '') : '');
  return '';
}

async function passageForm(ctx, panel, d, doc, content, a, b) {
  const quote = cpSlice(content, a, b);
  const tg = await targets(ctx);
  const kind = el('select', { id: 'link-kind' }, ['', 'event', 'tie', 'actor'].map(k => el('option', { value: k,
    text: k ? t('kind' + k[0].toUpperCase() + k.slice(1)) : t('none2') })));
  const target = el('select', { id: 'link-target' });
  const fill = () => target.replaceChildren(...(tg[kind.value] || []).map(r => el('option', { value: r.id, text: targetLabel(kind.value, r) })));
  kind.addEventListener('change', fill);
  const codes = el('div', { class: 'codes', id: 'passage-codes' }, (ctx.coding.codes || []).map(c => el('label', {
    class: 'code', style: null, 'data-depth': c.depth, title: c.description || null },
  el('input', { type: 'checkbox', value: c.name, 'data-code': c.name }), ' ', c.name)));
  const memo = el('textarea', { id: 'passage-memo', rows: 2 });
  const msg = el('p', { class: 'error', role: 'alert', id: 'passage-msg' });
  const save = el('button', { class: 'btn', type: 'button', id: 'passage-save', text: t('savePassage') });
  const evBtn = el('button', { class: 'btn secondary', type: 'button', id: 'event-from-passage', text: t('newEvent') });
  const evForm = el('div', { id: 'event-form', hidden: true });
  panel.replaceChildren(el('h2', { id: 'selection', 'data-start': a, 'data-end': b, text: t('selected', a, b) }),
    el('blockquote', { id: 'selection-quote', text: quote }),
    el('div', { class: 'toolbar' }, el('label', null, t('linkTo') + ' ', kind), target),
    el('div', null, el('b', { text: t('codes') + ': ' }), codes),
    el('label', { class: 'block' }, t('memo'), memo),
    el('div', { class: 'toolbar' }, save, evBtn), evForm, msg);
  const links = () => kind.value && target.value ? [kind.value + ':' + target.value] : [];
  const chosenCodes = () => [...codes.querySelectorAll('input:checked')].map(x => x.value);
  const store = async extraLinks => {
    // the server codes it as the caller (and adds them to case.yaml's coders at their first passage)
    const all = (await api('GET', ctx.base + '/segments?limit=10000')).data;
    const body = { id: nextId('g', all), document: d, start: a, end: b, quote,
      links: [...extraLinks, ...links()], codes: chosenCodes() };
    if (memo.value.trim()) body.memo = memo.value.trim();
    const r = await api('POST', ctx.base + '/segments', body);
    window.__glassboxCoding.saves++;
    return r.data;
  };
  const fail = e => {
    msg.textContent = e.status === 422 && e.body && e.body.problems
      ? t('invalid', e.body.problems.map(p => (p.field ? p.field + ': ' : '') + problemText(p)).join(' · ')) : describe(e);
  };
  save.addEventListener('click', async () => {
    msg.textContent = '';
    try {
      const s = await store([]);
      toast(t('passageSaved', s.id));
      afterWrite(ctx, d);
    } catch (e) { fail(e); }
  });
  evBtn.addEventListener('click', () => {
    evForm.hidden = false;
    const date = el('input', { id: 'event-date', value: dateIn(quote), placeholder: '2019-03' });
    const type = el('select', { id: 'event-type' }, (ctx.coding.eventTypes || []).map(x => el('option', { value: x, text: x })));
    // the initiator: the first actor named in the passage, else the first actor
    const named = tg.actor.find(r => (r.name_zh && quote.includes(r.name_zh)) || (r.name && quote.includes(r.name)));
    const initiator = el('select', { id: 'event-initiator' }, tg.actor.map(r => el('option', { value: r.id, text: targetLabel('actor', r) })));
    if (named) initiator.value = named.id;
    const title = el('input', { id: 'event-title', value: cpSlice(quote, 0, 80) });
    const go = el('button', { class: 'btn', type: 'button', id: 'event-create', text: t('createEvent') });
    evForm.replaceChildren(el('div', { class: 'addform' }, el('label', null, t('eventDate'), date), el('label', null, t('eventType'), type),
      el('label', null, t('eventInitiator'), initiator), el('label', null, t('eventTitle'), title)), go);
    go.addEventListener('click', async () => {
      msg.textContent = '';
      try {
        const id = nextId('e', tg.event);
        const row = { id, date: date.value.trim(), type: type.value, initiator: [initiator.value], title: title.value.trim() };
        if (doc.source) row.source = [doc.source];
        await api('POST', ctx.base + '/events', row);
        ctx.targets = null;
        const s = await store(['event:' + id]);
        toast(t('eventCreated', id, s.id));
        afterWrite(ctx, d);
      } catch (e) { fail(e); }
    });
  });
}

function afterWrite(ctx, d) {
  ctx.targets = null;
  if (ctx.reload) ctx.reload(); // the verdicts and the report read the passages too
  renderDocuments(ctx).catch(e => ctx.pane.append(el('p', { class: 'error', text: describe(e) })));
}

function passageTable(ctx, segments, d) {
  if (segments.length === 0) return el('p', { class: 'muted', text: t('noPassages') });
  return el('table', { class: 'list', id: 'passage-table' },
    el('thead', null, el('tr', null, ['id', 'span', 'quote', 'coder2', 'links', 'codes', 'memo', ''].map(k => el('th', { text: k ? t(k) : '' })))),
    el('tbody', null, segments.map(s => {
      const memo = el('input', { value: s.memo || '', 'data-memo': s.id });
      const save = el('button', { class: 'btn secondary', type: 'button', text: t('saveMemo'), onclick: async () => {
        try {
          const body = Object.assign({}, s, { memo: memo.value.trim() });
          await api('PUT', ctx.base + '/segments/' + enc(s.id), body, { 'If-Match': String(s.version) });
          toast(t('saved'));
          afterWrite(ctx, d);
        } catch (e) { toast(describe(e)); }
      } });
      const del = el('button', { class: 'rowbtn', type: 'button', title: t('delete'), text: '×', onclick: async () => {
        if (!confirm(t('deletePassage'))) return;
        try {
          await api('DELETE', ctx.base + '/segments/' + enc(s.id), undefined, { 'If-Match': String(s.version) });
          toast(t('deleted'));
          afterWrite(ctx, d);
        } catch (e) { toast(describe(e)); }
      } });
      return el('tr', { 'data-segment': s.id },
        el('td', null, el('a', { href: docHref(ctx, d, [s.start, s.end]), text: s.id })), el('td', { text: s.start + '–' + s.end }),
        el('td', { class: 'quote', text: s.quote }), el('td', { text: s.coder || '' }),
        el('td', null, listOf(s.links).map(x => el('span', { class: 'chip', text: x }))),
        el('td', null, listOf(s.codes).map(x => el('span', { class: 'chip', text: x }))),
        el('td', null, memo, save), el('td', null, del));
    })));
}

// ---------------------------------------------------------------- a project's page: search and retrieval by code

function projectCoding(p) {
  const q = el('input', { type: 'search', id: 'doc-search', placeholder: t('searchDocs'), 'aria-label': t('searchDocs') });
  const out = el('div', { id: 'doc-hits' });
  const form = el('form', { class: 'card', id: 'doc-search-form' }, el('h2', { text: t('searchDocs') }),
    el('div', { class: 'toolbar' }, q, el('button', { class: 'btn', type: 'submit', id: 'doc-search-submit', text: t('searchBtn') })), out);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    if (!q.value.trim()) return;
    try {
      const r = await api('GET', '/api/projects/' + enc(p) + '/search?q=' + enc(q.value.trim()));
      out.replaceChildren(r.data.length === 0 ? el('p', { class: 'muted', text: t('noHits') }) : el('div', null,
        el('p', { class: 'muted', id: 'doc-hit-count', text: t('hitsN', r.data.length) }),
        el('ol', { class: 'hits', id: 'doc-hit-list' }, r.data.map(h => el('li', { 'data-case': h.case, 'data-document': h.document,
          'data-segment': h.segment || null, 'data-start': h.start, 'data-end': h.end },
        el('a', { href: '#/p/' + enc(p) + '/c/' + enc(h.case) + '/documents/' + enc(h.document) + '/' + h.start + '-' + h.end,
          text: h.case + ' / ' + h.document + (h.segment ? ' / ' + t('passageN', h.segment) : '') + ' [' + h.start + '–' + h.end + ']' }),
        el('div', { class: 'snippet' }, marked(h.snippet, h.snippetStart, h.marks)))))));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', text: describe(e) }));
    }
  });
  return el('div', null, form, retrievalForm(p));
}

// the snippet with its marks (code points of the document, from snippetStart) as <mark> elements, all as text
function marked(snippet, from, marks) {
  const chars = cps(snippet);
  const out = [];
  let i = 0;
  for (const [a, b] of marks || []) {
    const s = Math.max(i, a - from), e = Math.min(chars.length, b - from);
    if (e <= s) continue;
    out.push(chars.slice(i, s).join(''), el('mark', null, chars.slice(s, e).join('')));
    i = e;
  }
  out.push(chars.slice(i).join(''));
  return out;
}

function retrievalForm(p) {
  const code = el('select', { id: 'retrieve-code' }, el('option', { value: '', text: t('chooseCode') }));
  const sub = el('input', { type: 'checkbox', id: 'retrieve-sub', checked: true });
  const out = el('div', { id: 'retrieved' });
  const form = el('form', { class: 'card', id: 'retrieve-form' }, el('h2', { text: t('retrieval') }),
    el('div', { class: 'toolbar' }, code, el('label', null, sub, ' ', t('withSub')),
      el('button', { class: 'btn', type: 'submit', id: 'retrieve-submit', text: t('retrieve') })), out);
  // the codes of every case of the project, in tree order, without repeats
  api('GET', '/api/projects/' + enc(p) + '/cases').then(async r => {
    const seen = new Set();
    for (const c of r.data) {
      try {
        const k = (await api('GET', '/api/projects/' + enc(p) + '/cases/' + enc(c.id) + '/coding')).data;
        for (const x of k.codes) if (!seen.has(x.name)) {
          seen.add(x.name);
          code.append(el('option', { value: x.name, text: '\u00a0\u00a0'.repeat(x.depth) + x.name }));
        }
      } catch (e) { /* a case that does not read: its codes are not offered */ }
    }
  }, () => {});
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    if (!code.value) return;
    try {
      const r = await api('GET', '/api/projects/' + enc(p) + '/passages?code=' + enc(code.value) + (sub.checked ? '&sub=true' : ''));
      out.replaceChildren(r.data.length === 0 ? el('p', { class: 'muted', text: t('noRetrieved') }) :
        el('ol', { class: 'hits', id: 'retrieved-list' }, r.data.map(h => el('li', { 'data-segment': h.segment },
          el('a', { href: '#/p/' + enc(p) + '/c/' + enc(h.case) + '/documents/' + enc(h.document) + '/' + h.start + '-' + h.end,
            text: h.case + ' / ' + h.document + ' / ' + h.segment + ' [' + h.start + '–' + h.end + '] · ' + h.coder }),
          el('div', { class: 'snippet' }, el('span', { class: 'muted', text: h.before }), el('mark', null, h.quote), el('span', { class: 'muted', text: h.after })),
          el('div', null, (h.codes || []).map(x => el('span', { class: 'chip', text: x })), (h.links || []).map(x => el('span', { class: 'chip', text: x })),
            h.memo ? el('span', { class: 'muted', text: ' ' + h.memo }) : null)))));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', text: describe(e) }));
    }
  });
  return form;
}
