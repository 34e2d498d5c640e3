// The Glassbox workspace's web UI: vanilla JS over the documented HTTP API (docs/workspace.md).
// Every value from the API is put on the page with textContent (never innerHTML), so stored text stays text.
'use strict';

const T = {
  en: {
    title: 'Glassbox workspace', lang: '中文', login: 'Log in', logout: 'Log out', user: 'User', password: 'Password',
    badLogin: 'Wrong user or password.', tooMany: 'Too many failed logins; try again later.',
    projects: 'Projects', noProjects: 'No projects yet.', newProject: 'New project', projectId: 'Id (letters, digits, -)',
    projectName: 'Name', create: 'Create', role: 'Role', cases: 'Cases', noCases: 'No cases yet.',
    name: 'Name', events: 'Events', actors: 'Actors', ties: 'Ties', indicators: 'Indicators', sources: 'Sources',
    updated: 'Updated', importCase: 'Import a case', importHint: 'A case as .zip, .xlsx, .jsonocel or .xmlocel',
    importBtn: 'Import', uploading: 'Uploading…', checking: 'Checking the case…', imported: 'Imported case {0}.',
    importFailed: 'The case was not imported: {0} problems (nothing was stored).', exists: 'A case with this id exists already.',
    tooLarge: 'The file is larger than the server accepts.', badFormat: 'Unknown format: upload .zip, .xlsx, .jsonocel or .xmlocel.',
    file: 'File / sheet', line: 'Row', column: 'Column', field: 'Field', found: 'Found', expected: 'Expected', message: 'Message',
    compare: 'Compare the chosen cases', compareNeed: 'Choose at least two cases.', aspect: 'Aspect', statement: 'In words',
    agreements: 'Where they agree', differences: 'Where they differ', choose: 'Compare',
    export: 'Export', history: 'History', report: 'Report', search: 'Search…', addRow: 'Add a row', save: 'Save', cancel: 'Cancel',
    delete: 'Delete', deleteRow: 'Delete this row?', rowsOf: '{0}–{1} of {2}', prev: '‹ Previous', next: 'Next ›', none: 'No rows.',
    saved: 'Saved.', deleted: 'Deleted.', added: 'Row added.', invalid: 'Not saved: {0}', refused: 'Refused: {0}',
    conflictTitle: 'Conflict: someone else changed this row', conflictText:
      'Your change was not saved, because the row was changed after you read it (now version {0}). Compare and choose:',
    theirs: 'Stored (their version)', yours: 'Yours', takeTheirs: 'Keep the stored version (discard mine)',
    keepMine: 'Save mine over it', column2: 'Column',
    at: 'When', who: 'Who', table: 'Table', id: 'Id', action: 'Action', change: 'Change', revert: 'Revert',
    reverted: 'Change {0} reverted.', revertConflict: 'Change {0} cannot be reverted: a later change touched the same row. Revert the later change first.',
    noHistory: 'No changes yet.', create2: 'added', update: 'changed', delete2: 'deleted', reportFrame: 'The case report',
    loading: 'Loading…', error: 'Error: {0}', forbidden: 'Your role does not allow this.', gone: 'Not found.',
    sessionEnded: 'Your session ended; log in again.', keys: 'Keys: click or Enter edits a cell; Tab / Shift-Tab / arrows move; Enter saves; Escape cancels; a ; separates list items.',
    rowN: 'row {0}', network: 'the server cannot be reached', owner: 'owner', coder: 'coder', viewer: 'viewer', admin: 'admin',
    case: 'Case', storeDown: 'The database is not available; try again shortly.',
    verdicts: 'Verdicts and the evidence they rest on', verdict: 'Verdict', value: 'Value', status: 'Status', basis: 'Rests on',
    robustness: 'Robustness', checkRobustness: 'Check how stable each verdict is (1,000 resamples)',
    robustnessNote: 'Robustness: {0} seeded resamples of the events and ties, the same rules re-run on each (robust ≥ 90 % agree).', vModel: 'Construction model', vLate: 'Structure of the last phase', vTrajectory: 'Embedding trajectory',
    'copy-without-diagnosis': 'Copy without diagnosis', 'platform-proliferation': 'Platform proliferation',
    'assessment-driven-bursts': 'Assessment-driven bursts', 'people-centredness': 'Lack of people-centredness',
    'w.decided': 'decided', 'w.undetermined': 'undetermined', 'w.sufficient': 'sufficient', 'w.insufficient': 'insufficient',
    'w.assessed': 'assessed', 'w.not-assessable': 'not assessable', 'w.robust': 'robust', 'w.fragile': 'fragile',
    leaning: 'leaning {0}', nOf: 'n {0} (minimum {1})', phasesUsed: 'phases {0}', judgedOf: 'judged {0} of {1} {2}', exemptN: '{0} exempt',
    agreeShare: '{0} % of resamples agree', 'u.adoptions': 'adoptions', 'u.platforms': 'platforms', 'u.deliveries': 'deliveries',
    'u.events': 'events', 'w.administrative': 'administrative', 'w.market': 'market-based', 'w.hybrid': 'hybrid',
    'w.linear-functional': 'linear-functional', 'w.matrix': 'matrix', 'w.network': 'network', 'w.unclassified': 'unclassified',
    'w.inter-embedded': 'inter-embedded', 'w.de-embedded': 'de-embedded', 'w.embedded': 'embedded', 'w.never-embedded': 'never embedded'
  },
  zh: {
    title: 'Glassbox 工作区', lang: 'English', login: '登录', logout: '退出', user: '用户名', password: '密码',
    badLogin: '用户名或密码错误。', tooMany: '登录失败次数过多，请稍后再试。',
    projects: '项目', noProjects: '还没有项目。', newProject: '新建项目', projectId: '标识（字母、数字、-）',
    projectName: '名称', create: '创建', role: '角色', cases: '案例', noCases: '还没有案例。',
    name: '名称', events: '事件', actors: '主体', ties: '关系', indicators: '指标', sources: '来源',
    updated: '更新时间', importCase: '导入案例', importHint: '案例文件：.zip、.xlsx、.jsonocel 或 .xmlocel',
    importBtn: '导入', uploading: '正在上传…', checking: '正在检查案例…', imported: '已导入案例 {0}。',
    importFailed: '案例未导入：共 {0} 个问题（未保存任何内容）。', exists: '已存在同一标识的案例。',
    tooLarge: '文件超过服务器允许的大小。', badFormat: '格式不明：请上传 .zip、.xlsx、.jsonocel 或 .xmlocel。',
    file: '文件 / 工作表', line: '行', column: '列', field: '字段', found: '实际值', expected: '应为', message: '说明',
    compare: '比较所选案例', compareNeed: '请至少选择两个案例。', aspect: '方面', statement: '说明',
    agreements: '相同之处', differences: '不同之处', choose: '比较',
    export: '导出', history: '修改历史', report: '报告', search: '搜索…', addRow: '添加一行', save: '保存', cancel: '取消',
    delete: '删除', deleteRow: '删除这一行？', rowsOf: '第 {0}–{1} 行，共 {2} 行', prev: '‹ 上一页', next: '下一页 ›', none: '没有数据。',
    saved: '已保存。', deleted: '已删除。', added: '已添加。', invalid: '未保存：{0}', refused: '被拒绝：{0}',
    conflictTitle: '冲突：这一行已被他人修改', conflictText:
      '您的修改未保存：在您读取之后这一行已被修改（当前版本 {0}）。请比较后选择：',
    theirs: '已保存的版本（对方）', yours: '您的修改', takeTheirs: '保留已保存的版本（放弃我的修改）',
    keepMine: '用我的修改覆盖', column2: '列',
    at: '时间', who: '修改人', table: '表', id: '标识', action: '操作', change: '修改内容', revert: '撤销',
    reverted: '已撤销修改 {0}。', revertConflict: '无法撤销修改 {0}：之后的修改涉及同一行。请先撤销之后的修改。',
    noHistory: '还没有修改。', create2: '添加', update: '修改', delete2: '删除', reportFrame: '案例报告',
    loading: '正在加载…', error: '错误：{0}', forbidden: '您的角色不允许此操作。', gone: '未找到。',
    sessionEnded: '会话已结束，请重新登录。', keys: '按键：单击或回车编辑单元格；Tab / Shift-Tab / 方向键移动；回车保存；Esc 取消；列表项之间用 ; 分隔。',
    rowN: '第 {0} 行', network: '无法连接服务器', owner: '负责人', coder: '编码员', viewer: '查看者', admin: '管理员',
    case: '案例', storeDown: '数据库暂时不可用，请稍后再试。',
    verdicts: '判断及其依据', verdict: '判断', value: '结果', status: '状态', basis: '依据',
    robustness: '稳健性', checkRobustness: '检验各项判断的稳健性（1000 次重抽样）',
    robustnessNote: '稳健性：对事件与关系做 {0} 次带种子的重抽样，每次以同样的规则重新判断（≥ 90% 一致为稳健）。', vModel: '建设模式', vLate: '最后阶段的结构', vTrajectory: '政企嵌入轨迹',
    'copy-without-diagnosis': '照搬而无诊断', 'platform-proliferation': '平台泛滥',
    'assessment-driven-bursts': '考核驱动的突击', 'people-centredness': '以人民为中心不足',
    'w.decided': '已判定', 'w.undetermined': '无法判定', 'w.sufficient': '证据充足', 'w.insufficient': '证据不足',
    'w.assessed': '已评估', 'w.not-assessable': '无法评估', 'w.robust': '稳健', 'w.fragile': '不稳健',
    leaning: '倾向 {0}', nOf: 'n {0}（最少 {1}）', phasesUsed: '阶段 {0}', judgedOf: '判断了 {1} 个{2}中的 {0} 个', exemptN: '{0} 个豁免',
    agreeShare: '{0}% 的重抽样结果一致', 'u.adoptions': '引入', 'u.platforms': '平台', 'u.deliveries': '交付事件',
    'u.events': '事件', 'w.administrative': '行政主导型', 'w.market': '市场主导型', 'w.hybrid': '混合型',
    'w.linear-functional': '直线职能制', 'w.matrix': '矩阵制', 'w.network': '网络制', 'w.unclassified': '未分类',
    'w.inter-embedded': '互嵌', 'w.de-embedded': '脱嵌', 'w.embedded': '嵌入', 'w.never-embedded': '未嵌入'
  }
};

const COLUMNS = {
  actors: ['id', 'name', 'name_zh', 'sector', 'level', 'function', 'joined', 'left'],
  ties: ['id', 'from', 'to', 'type', 'start', 'end', 'source', 'note'],
  events: ['id', 'date', 'type', 'mechanism', 'initiator', 'targets', 'participants', 'objects', 'title', 'source', 'from_jurisdiction'],
  indicators: ['date', 'indicator', 'value', 'unit', 'source'],
  sources: ['id', 'title', 'kind', 'date', 'url', 'quote']
};
// the list columns of the case format (CaseRows.isList): JSON arrays in the API, `a; b` when typed
const LISTS = { events: ['initiator', 'targets', 'participants', 'objects', 'source', 'exempt'] };
const TABLES = ['actors', 'ties', 'events', 'indicators', 'sources'];
const PAGE = 100;

const state = { lang: localStorage.getItem('glassbox.lang') === 'zh' ? 'zh' : 'en', user: null, csrf: null };
window.__glassboxUi = { ready: false, saves: 0, reportLoads: 0, reportRequested: 0, reportLoaded: 0, verdictsRequested: 0, verdictsLoaded: 0 };

function t(key, ...args) {
  const s = (T[state.lang][key] !== undefined ? T[state.lang][key] : T.en[key]) || key;
  return s.replace(/\{(\d)\}/g, (m, i) => String(args[+i]));
}

// ---------------------------------------------------------------- DOM (text only)

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}

function toast(msg) {
  const b = document.getElementById('toast');
  b.textContent = msg;
  b.classList.add('show');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => b.classList.remove('show'), 2500);
}

const enc = encodeURIComponent;

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || ('HTTP ' + status));
    this.status = status;
    this.body = body;
  }
}

async function api(method, path, body, headers) {
  const h = Object.assign({}, headers || {});
  if (method !== 'GET' && state.csrf) h['X-CSRF-Token'] = state.csrf;
  let payload;
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const r = await fetch(path, { method, headers: h, body: payload, credentials: 'same-origin' });
  const type = r.headers.get('Content-Type') || '';
  let data = null;
  if (r.status !== 204) data = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) {
    if (r.status === 401 && path !== '/api/session') {
      state.user = null;
      toast(t('sessionEnded'));
      route();
    }
    throw new ApiError(r.status, data);
  }
  return { data, total: r.headers.get('X-Total-Count'), status: r.status };
}

function describe(e) {
  if (!(e instanceof ApiError)) return t('error', e.message);
  if (e.status === 403) return t('forbidden');
  if (e.status === 404) return t('gone');
  if (e.status === 503) return t('storeDown');
  return t('error', e.message);
}

function problemText(p) {
  return [p.message, p.found !== undefined && p.found !== null && p.found !== '' ? '(' + t('found') + ': ' + p.found + ')' : '']
    .filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- frame: header, routing

function renderHeader(crumbs) {
  document.title = t('title');
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.getElementById('lang').textContent = t('lang');
  const lo = document.getElementById('logout');
  lo.textContent = t('logout');
  lo.hidden = !state.user;
  document.getElementById('who').textContent = state.user || '';
  const nav = document.getElementById('crumbs');
  nav.replaceChildren(...(crumbs || []).map(([label, href]) => href ? el('a', { href, text: label }) : el('span', { text: label })));
}

function parts() {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

let current = null; // the view's re-render function (for the language switch)

async function route() {
  const view = document.getElementById('view');
  if (!state.user) {
    renderLogin(view);
    return;
  }
  const p = parts();
  try {
    if (p[0] === 'p' && p[1] && p[2] === 'c' && p[3]) await renderCase(view, p[1], p[3], p[4] || 'events');
    else if (p[0] === 'p' && p[1]) await renderProject(view, p[1]);
    else await renderProjects(view);
  } catch (e) {
    view.replaceChildren(el('p', { class: 'error', text: describe(e) }));
  }
  window.__glassboxUi.ready = true;
}

// ---------------------------------------------------------------- log in

function renderLogin(view) {
  renderHeader([]);
  current = () => renderLogin(view);
  const msg = el('p', { class: 'error', id: 'login-error', role: 'alert' });
  const user = el('input', { id: 'login-user', name: 'user', autocomplete: 'username', required: true });
  const pw = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'card login', id: 'login' },
    el('h1', { text: t('title') }),
    el('label', { for: 'login-user', text: t('user') }), user,
    el('label', { for: 'login-password', text: t('password') }), pw,
    el('p', null, el('button', { class: 'btn', type: 'submit', id: 'login-submit', text: t('login') })), msg);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    msg.textContent = '';
    try {
      const r = await api('POST', '/api/session', { user: user.value, password: pw.value });
      state.user = r.data.user;
      state.csrf = r.data.csrf;
      route();
    } catch (e) {
      msg.textContent = e.status === 401 ? t('badLogin') : e.status === 429 ? t('tooMany') : describe(e);
    }
  });
  view.replaceChildren(form);
  window.__glassboxUi.ready = true;
  user.focus();
}

async function logout() {
  try {
    await api('DELETE', '/api/session');
  } catch (e) {
    // the session may have ended already
  }
  state.user = null;
  state.csrf = null;
  location.hash = '#/';
  route();
}

// ---------------------------------------------------------------- projects

async function renderProjects(view) {
  const { data } = await api('GET', '/api/projects');
  current = () => renderProjects(view);
  renderHeader([[t('projects')]]);
  const list = data.length === 0 ? el('p', { class: 'muted', text: t('noProjects') }) :
    el('table', { class: 'list', id: 'projects' },
      el('thead', null, el('tr', null, el('th', { text: t('projectId') }), el('th', { text: t('name') }), el('th', { text: t('role') }))),
      el('tbody', null, data.map(p => el('tr', null,
        el('td', null, el('a', { href: '#/p/' + enc(p.id), text: p.id })), el('td', { text: p.name }), el('td', { text: T.en[p.role] ? t(p.role) : p.role })))));
  const id = el('input', { id: 'project-id', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._\\-]*' });
  const name = el('input', { id: 'project-name' });
  const msg = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'card', id: 'new-project' }, el('h2', { text: t('newProject') }),
    el('div', { class: 'toolbar' }, el('label', null, t('projectId') + ' ', id), el('label', null, t('projectName') + ' ', name),
      el('button', { class: 'btn', type: 'submit', id: 'project-create', text: t('create') })), msg);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const r = await api('POST', '/api/projects', { id: id.value.trim(), name: name.value.trim() || id.value.trim() });
      location.hash = '#/p/' + enc(r.data.id);
    } catch (e) {
      msg.textContent = describe(e);
    }
  });
  view.replaceChildren(el('h1', { text: t('projects') }), el('div', { class: 'card' }, list), form);
}

// ---------------------------------------------------------------- one project: cases, import, compare

async function renderProject(view, p) {
  const { data } = await api('GET', '/api/projects/' + enc(p) + '/cases');
  current = () => renderProject(view, p);
  renderHeader([[t('projects'), '#/'], [p]]);
  const checks = [];
  const rows = data.map(c => {
    const box = el('input', { type: 'checkbox', value: c.id, 'aria-label': t('choose') + ' ' + c.id });
    checks.push(box);
    return el('tr', { 'data-case': c.id }, el('td', null, box),
      el('td', null, el('a', { href: '#/p/' + enc(p) + '/c/' + enc(c.id), text: c.id })), el('td', { text: c.name }),
      el('td', { text: c.events }), el('td', { text: c.actors }), el('td', { text: c.ties }),
      el('td', { text: new Date(c.updated).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB') }),
      el('td', { class: 'exports' }, exportLinks(p, c.id)));
  });
  const table = data.length === 0 ? el('p', { class: 'muted', text: t('noCases') }) :
    el('table', { class: 'list', id: 'cases' },
      el('thead', null, el('tr', null, ['', 'case', 'name', 'events', 'actors', 'ties', 'updated', 'export'].map(k => el('th', { text: k ? t(k) : '' })))),
      el('tbody', null, rows));
  const cmpOut = el('div', { id: 'compare-out' });
  const cmpBtn = el('button', { class: 'btn secondary', type: 'button', id: 'compare', text: t('compare') });
  cmpBtn.addEventListener('click', async () => {
    const ids = checks.filter(b => b.checked).map(b => b.value);
    if (ids.length < 2) {
      cmpOut.replaceChildren(el('p', { class: 'error', text: t('compareNeed') }));
      return;
    }
    cmpOut.replaceChildren(el('p', { class: 'muted', text: t('loading') }));
    try {
      const r = await api('GET', '/api/projects/' + enc(p) + '/compare?cases=' + ids.map(enc).join(','));
      cmpOut.replaceChildren(comparisonTable(r.data));
    } catch (e) {
      cmpOut.replaceChildren(el('p', { class: 'error', text: describe(e) }));
    }
  });
  view.replaceChildren(el('h1', { text: p }),
    el('div', { class: 'card' }, el('h2', { text: t('cases') }), table, data.length > 1 ? el('p', null, cmpBtn) : null, cmpOut),
    importForm(p, () => renderProject(view, p)), projectCoding(p)); // projectCoding: coding.js
}

function exportLinks(p, c) {
  return ['zip', 'xlsx', 'jsonocel'].map(f => el('a', {
    href: '/api/projects/' + enc(p) + '/cases/' + enc(c) + '/export?format=' + f, download: c + '.' + f,
    'data-export': f, text: '.' + f
  }));
}

function comparisonTable(cmp) {
  const ids = cmp.cases.map(c => c.case.id);
  const head = el('tr', null, el('th', { text: t('aspect') }), ids.map(id => el('th', { text: id })), el('th', { text: t('statement') }));
  const body = cmp.differences.map(d => el('tr', null, el('td', { text: d.aspect }),
    Object.keys(d.values).map(k => el('td', { text: fmt(d.values[k]) })), el('td', { text: d.statement })));
  return el('div', null, el('h2', { text: t('verdicts') }), verdictTable(cmp.cases, 'compare-verdicts'),
    el('h2', { text: t('differences') }),
    el('table', { class: 'list', id: 'comparison' }, el('thead', null, head), el('tbody', null, body)),
    el('h2', { text: t('agreements') }), el('ul', null, (cmp.agreements || []).map(a => el('li', { text: a }))));
}

// ---------------------------------------------------------------- verdicts with their status and n (as the report shows them)

// a word of the analysis JSON (status, model, trajectory …) in the UI's language, else as it is
function word(w) {
  return w === null || w === undefined ? '—' : (T.en['w.' + w] !== undefined ? t('w.' + w) : String(w));
}

// the robustness the analysis JSON may carry for one verdict (issue 11 item 6): {status, share|agreement|agree …}
// beside the verdict, or under a top-level `robustness` keyed by the verdict's name; null when absent
function robustnessOf(a, node, key) {
  let r = node && node.robustness;
  const top = a && a.robustness;
  if (!r && top && typeof top === 'object') {
    const pool = top.verdicts || top;
    if (Array.isArray(pool)) r = pool.find(x => x && (x.verdict === key || x.id === key || x.name === key));
    else if (pool && typeof pool === 'object') r = pool[key];
  }
  if (!r || typeof r !== 'object') return null;
  const share = ['share', 'agreement', 'agree', 'agreeing', 'stability'].map(k => r[k]).find(v => typeof v === 'number');
  const parts = [];
  if (r.status) parts.push(word(r.status));
  // an insufficient verdict has no share worth showing: no resample could decide it either
  if (share !== undefined && r.status !== 'insufficient') parts.push(t('agreeShare', Math.round(100 * (share > 1 ? share / 100 : share))));
  return parts.length ? parts.join(state.lang === 'zh' ? '，' : ', ') : null;
}

// one row per verdict and diagnostic of an analysis: [name, value, status word, what it rests on, robustness]
function verdictRows(a) {
  const rows = [];
  const m = a.model || {};
  const late = m.late || {};
  rows.push(['model', t('vModel'), m.verdict ? word(m.verdict) : (m.leaning ? t('leaning', word(m.leaning)) : '—'), m.status,
    [late.n !== undefined ? t('nOf', late.n, late.minimum) : null, late.phases ? t('phasesUsed', late.phases.join(' + ')) : null,
      m.status === 'undetermined' ? m.reason : null].filter(Boolean).join(' · '), robustnessOf(a, m, 'model.verdict')]);
  const st = a.structure || {};
  rows.push(['structure', t('vLate'), word(st.late), st.lateStatus, st.lateN !== undefined ? t('nOf', st.lateN, st.lateMinimum) : '',
    robustnessOf(a, st, 'structure.late')]);
  const e = a.embedding || {};
  rows.push(['trajectory', t('vTrajectory'), e.trajectory ? word(e.trajectory) : (e.leaning ? t('leaning', word(e.leaning)) : '—'), e.status,
    (e.phases || []).length ? t('phasesUsed', e.phases.join(', ')) : '', robustnessOf(a, e, 'embedding.trajectory')]);
  for (const d of ((a.formalism || {}).diagnostics || [])) {
    const c = d.coverage;
    rows.push([d.id, t(d.id), d.score === null || d.score === undefined ? '—' : d.score.toFixed(2), d.status || 'assessed',
      c ? [t('judgedOf', c.judged, c.candidates, T.en['u.' + c.unit] !== undefined ? t('u.' + c.unit) : c.unit), c.exempt ? t('exemptN', c.exempt) : null].filter(Boolean).join(', ') : '',
      robustnessOf(a, d, 'formalism.' + d.id)]);
  }
  return rows;
}

// the verdicts of one or more analyses side by side, each with its status and n
function verdictTable(analyses, id) {
  const many = analyses.length > 1;
  const head = el('tr', null, el('th', { text: t('verdict') }), analyses.map(a => el('th', { text: many ? a.case.id : t('value') })),
    many ? null : el('th', { text: t('status') }), many ? null : el('th', { text: t('basis') }));
  const all = analyses.map(verdictRows);
  const hasRobust = all.some(rs => rs.some(r => r[5]));
  if (!many && hasRobust) head.append(el('th', { text: t('robustness') }));
  const body = all[0].map((r, i) => {
    if (!many) {
      return el('tr', { 'data-verdict': r[0], 'data-status': r[3] || '' }, el('td', { text: r[1] }), el('td', { text: r[2] }),
        el('td', { class: 'status ' + (r[3] || ''), text: word(r[3]) }), el('td', { class: 'muted', text: r[4] }),
        hasRobust ? el('td', { text: r[5] || '' }) : null);
    }
    return el('tr', { 'data-verdict': r[0] }, el('td', { text: r[1] }), all.map(rs => {
      const x = rs[i];
      return el('td', { 'data-status': x[3] || '' }, x[2], ' ', el('span', { class: 'status ' + (x[3] || ''), text: '(' + word(x[3]) + ')' }),
        x[4] ? el('div', { class: 'muted small', text: x[4] }) : null, x[5] ? el('div', { class: 'small', text: t('robustness') + ': ' + x[5] }) : null);
    }));
  });
  return el('table', { class: 'list verdicts', id }, el('thead', null, head), el('tbody', null, body));
}

function fmt(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function importForm(p, done) {
  const file = el('input', { type: 'file', id: 'import-file', name: 'file', accept: '.zip,.xlsx,.jsonocel,.xmlocel', required: true });
  const bar = el('progress', { id: 'import-progress', max: 100, value: 0, hidden: true });
  const status = el('p', { id: 'import-status', role: 'status' });
  const problems = el('div', { id: 'import-problems' });
  const form = el('form', { class: 'card', id: 'import' }, el('h2', { text: t('importCase') }),
    el('p', { class: 'muted', text: t('importHint') }),
    el('div', { class: 'toolbar' }, file, el('button', { class: 'btn', type: 'submit', id: 'import-submit', text: t('importBtn') }), bar),
    status, problems);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    if (!file.files[0]) return;
    const fd = new FormData();
    fd.append('file', file.files[0]);
    const x = new XMLHttpRequest();
    x.open('POST', '/api/projects/' + enc(p) + '/cases');
    x.setRequestHeader('X-CSRF-Token', state.csrf);
    bar.hidden = false;
    bar.value = 0;
    status.className = '';
    status.textContent = t('uploading');
    problems.replaceChildren();
    x.upload.onprogress = e => {
      if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
    };
    x.upload.onload = () => {
      bar.value = 100;
      status.textContent = t('checking');
    };
    x.onerror = () => {
      status.className = 'error';
      status.textContent = t('error', t('network'));
    };
    x.onload = () => {
      let body = null;
      try {
        body = JSON.parse(x.responseText);
      } catch (e) {
        body = null;
      }
      if (x.status === 201) {
        toast(t('imported', body.id));
        done();
        return;
      }
      status.className = 'error';
      if (x.status === 422 && body && body.problems) {
        status.textContent = t('importFailed', body.problems.length);
        problems.replaceChildren(uploadProblems(body.problems));
      } else if (x.status === 409) {
        status.textContent = t('exists');
      } else if (x.status === 413) {
        status.textContent = t('tooLarge');
      } else if (x.status === 415) {
        status.textContent = t('badFormat');
      } else {
        status.textContent = describe(new ApiError(x.status, body));
      }
    };
    x.send(fd);
  });
  return form;
}

function uploadProblems(list) {
  return el('table', { class: 'list problems', id: 'import-problem-table' },
    el('thead', null, el('tr', null, ['file', 'line', 'column', 'field', 'found', 'expected', 'message'].map(k => el('th', { text: t(k) })))),
    el('tbody', null, list.map(pr => el('tr', null,
      el('td', { text: pr.sheet || pr.file || '' }), el('td', { text: pr.line ?? pr.row ?? '' }),
      el('td', { text: pr.column ?? pr.cell ?? '' }), el('td', { text: pr.field ?? '' }), el('td', { text: pr.found ?? '' }),
      el('td', { text: pr.expected ?? '' }), el('td', { text: pr.message ?? '' })))));
}

// ---------------------------------------------------------------- one case: tables, history, report

const caseState = {};

let shownCase = null; // {key, ctx, tabs}: the case page on screen, kept when only the tab changes

async function renderCase(view, p, c, tab) {
  const key = p + '\n' + c + '\n' + state.lang;
  current = () => renderCase(view, p, c, tab);
  if (shownCase && shownCase.key === key && document.contains(shownCase.ctx.frame)) {
    shownCase.tabs.querySelectorAll('button').forEach(x => x.setAttribute('aria-selected', String(x.dataset.tab === tab)));
    await showTab(shownCase.ctx, tab);
    return;
  }
  const base = '/api/projects/' + enc(p) + '/cases/' + enc(c);
  const info = (await api('GET', base)).data;
  renderHeader([[t('projects'), '#/'], [p, '#/p/' + enc(p)], [c]]);
  const tabs = el('div', { class: 'tabs', role: 'tablist' }, [...TABLES, 'documents', 'double', 'history'].map(k => el('button', {
    type: 'button', role: 'tab', 'data-tab': k, 'aria-selected': String(k === tab), text: t(k),
    onclick: () => { location.hash = '#/p/' + enc(p) + '/c/' + enc(c) + '/' + k; }
  })));
  const pane = el('div', { id: 'pane' });
  const frame = el('iframe', { id: 'report', title: t('reportFrame') });
  const ui = window.__glassboxUi;
  const ctx = { p, c, base, frame, pane, tab };
  // reportRequested counts the loads asked for, reportLoaded names the last one that finished
  const verdicts = el('details', { class: 'card verdicts-card', id: 'verdicts', open: true }, el('summary', { text: t('verdicts') }),
    el('p', { class: 'muted', text: t('loading') }));
  ctx.reload = () => {
    const n = ++ui.reportRequested;
    frame.onload = () => { ui.reportLoads++; ui.reportLoaded = n; };
    frame.src = base + '/report?lang=' + state.lang + '&v=' + n + '-' + Date.now();
    const asked = ++ui.verdictsRequested;
    // once asked for, the stability of each verdict is recomputed after every save too (GET …/analysis?robustness=N)
    api('GET', base + '/analysis' + (ctx.resamples ? '?robustness=' + ctx.resamples : '')).then(r => {
      if (asked !== ui.verdictsRequested) return; // a later save asked again
      verdicts.replaceChildren(verdicts.firstChild, verdictTable([r.data], 'case-verdicts'), robustnessButton(ctx));
      ui.verdictsLoaded = asked;
    }, e => {
      if (asked === ui.verdictsRequested) verdicts.replaceChildren(verdicts.firstChild, el('p', { class: 'error', text: describe(e) }));
    });
  };
  ctx.reload();
  view.replaceChildren(
    el('h1', null, String(state.lang === 'zh' && info.name_zh ? info.name_zh : info.name || c), ' ',
      el('span', { class: 'muted', text: '(' + c + ')' })),
    el('p', { class: 'exports' }, t('export') + ': ', exportLinks(p, c)),
    verdicts,
    el('div', { class: 'case-page' },
      el('section', null, tabs, pane),
      el('section', { class: 'report-pane' }, frame)));
  shownCase = { key, ctx, tabs };
  await showTab(ctx, tab);
}

// the button that asks for each verdict's stability: a seeded bootstrap of the evidence (analyze --robustness)
function robustnessButton(ctx) {
  if (ctx.resamples) return el('p', { class: 'muted small', id: 'robustness-note', text: t('robustnessNote', ctx.resamples) });
  return el('p', null, el('button', { type: 'button', id: 'check-robustness', text: t('checkRobustness'), onclick: ev => {
    ev.target.disabled = true;
    ev.target.textContent = t('loading');
    ctx.resamples = 1000;
    ctx.reload();
  } }));
}

async function showTab(ctx, tab) {
  ctx.tab = tab;
  if (tab === 'history') await renderHistory(ctx);
  else if (tab === 'documents') await renderDocuments(ctx); // coding.js
  else if (tab === 'double') await renderDoubleCoding(ctx); // doublecoding.js
  else await renderTable(ctx, TABLES.includes(tab) ? tab : 'events');
}

async function renderTable(ctx, table) {
  const key = ctx.p + '/' + ctx.c + '/' + table;
  const s = caseState[key] || (caseState[key] = { q: '', offset: 0 });
  const search = el('input', { type: 'search', id: 'search', placeholder: t('search'), value: s.q, 'aria-label': t('search') });
  const pager = el('div', { class: 'pager', id: 'pager' });
  const wrap = el('div', { class: 'grid-wrap' });
  const side = el('div', { id: 'side' });
  const addBtn = el('button', { class: 'btn secondary', type: 'button', id: 'add-row', text: t('addRow') });
  ctx.pane.replaceChildren(el('div', { class: 'toolbar' }, search, addBtn, el('span', { class: 'muted', text: t('keys') })), side, wrap, pager);
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { s.q = search.value; s.offset = 0; load(); }, 250);
  });
  addBtn.addEventListener('click', () => side.replaceChildren(addForm(ctx, table, grid, load)));
  let grid = null;
  async function load() {
    const url = ctx.base + '/' + table + '?offset=' + s.offset + '&limit=' + PAGE + (s.q ? '&q=' + enc(s.q) : '');
    const r = await api('GET', url);
    const total = +(r.total || r.data.length);
    grid = new Grid(ctx, table, r.data, side);
    wrap.replaceChildren(grid.table);
    const prev = el('button', { class: 'btn secondary', type: 'button', id: 'prev', text: t('prev'), disabled: s.offset === 0 });
    const next = el('button', { class: 'btn secondary', type: 'button', id: 'next', text: t('next'), disabled: s.offset + PAGE >= total });
    prev.addEventListener('click', () => { s.offset = Math.max(0, s.offset - PAGE); load(); });
    next.addEventListener('click', () => { s.offset += PAGE; load(); });
    pager.replaceChildren(prev, el('span', { id: 'count', text: total === 0 ? t('none') : t('rowsOf', s.offset + 1, Math.min(total, s.offset + PAGE), total) }), next);
  }
  ctx.refresh = load;
  await load();
}

function columnsOf(table, rows) {
  const cols = [...COLUMNS[table]];
  for (const r of rows) for (const k of Object.keys(r)) if (k !== 'row' && k !== 'version' && !cols.includes(k)) cols.push(k);
  return cols;
}

function isList(table, col, rows) {
  return (LISTS[table] || []).includes(col) || rows.some(r => Array.isArray(r[col]));
}

function asText(v) {
  if (Array.isArray(v)) return v.filter(x => x !== '').join('; ');
  return v === null || v === undefined ? '' : String(v);
}

function fromText(text, list) {
  if (!list) return text;
  const items = text.split(';').map(x => x.trim()).filter(x => x !== '');
  return items;
}

function rowBody(row) {
  const o = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'row' && k !== 'version') o[k] = v;
  return o;
}

/** The editable grid of one table's page of rows. */
class Grid {
  constructor(ctx, table, rows, side) {
    this.ctx = ctx;
    this.name = table;
    this.rows = rows;
    this.side = side;
    this.cols = columnsOf(table, rows);
    this.lists = new Set(this.cols.filter(c => isList(table, c, rows)));
    this.editing = null;
    this.table = el('table', { class: 'grid', id: 'grid', 'data-table': table });
    this.table.append(el('thead', null, el('tr', null, el('th', { text: '' }), this.cols.map(c => el('th', { text: c })))));
    this.body = el('tbody');
    this.table.append(this.body);
    rows.forEach((r, i) => this.body.append(this.renderRow(r, i)));
    this.table.addEventListener('keydown', e => this.onKey(e));
    this.table.addEventListener('click', e => {
      const td = e.target.closest('td.cell');
      if (td && !td.classList.contains('editing')) this.edit(td);
    });
  }

  renderRow(r, i) {
    const tr = el('tr', { 'data-row': r.row, 'data-id': r.id || '' });
    const del = el('button', { class: 'rowbtn', type: 'button', title: t('delete'), 'aria-label': t('delete'), 'data-delete': r.row, text: '×' });
    del.addEventListener('click', ev => { ev.stopPropagation(); this.remove(i); });
    tr.append(el('td', null, del));
    this.cols.forEach((c, j) => {
      const td = el('td', { class: 'cell', tabindex: -1, 'data-col': c, 'data-r': i, 'data-c': j });
      this.fill(td, r[c], c);
      tr.append(td);
    });
    return tr;
  }

  fill(td, v, col) {
    td.replaceChildren();
    if (this.lists.has(col) && Array.isArray(v)) {
      v.filter(x => x !== '').forEach(x => td.append(el('span', { class: 'chip', text: x })));
    } else {
      td.textContent = asText(v);
    }
    td.title = asText(v);
  }

  cell(i, j) {
    return this.body.querySelector('td.cell[data-r="' + i + '"][data-c="' + j + '"]');
  }

  focus(i, j) {
    const td = this.cell(Math.max(0, Math.min(this.rows.length - 1, i)), Math.max(0, Math.min(this.cols.length - 1, j)));
    if (td) {
      this.body.querySelectorAll('td.cell[tabindex="0"]').forEach(x => x.setAttribute('tabindex', '-1'));
      td.setAttribute('tabindex', '0');
      td.focus();
    }
    return td;
  }

  edit(td) {
    if (this.editing) return;
    const i = +td.dataset.r, col = td.dataset.col;
    const input = el('input', { type: 'text', value: asText(this.rows[i][col]), 'aria-label': col, id: 'cell-editor' });
    const msg = td.querySelector('.cell-msg');
    td.classList.add('editing');
    td.replaceChildren(input);
    if (msg) td.append(msg);
    this.editing = { td, input, i, col };
    input.focus();
    input.select();
  }

  cancel() {
    const ed = this.editing;
    if (!ed) return;
    this.editing = null;
    ed.td.classList.remove('editing', 'bad');
    this.fill(ed.td, this.rows[ed.i][ed.col], ed.col);
    ed.td.focus();
  }

  /** Saves the open editor (one PUT) and then moves by (di, dj) if it saved. */
  async commit(di, dj) {
    const ed = this.editing;
    if (!ed) return;
    const row = this.rows[ed.i];
    const value = fromText(ed.input.value, this.lists.has(ed.col));
    if (asText(value) === asText(row[ed.col])) {
      this.cancel();
      this.focus(ed.i + di, +ed.td.dataset.c + dj);
      return;
    }
    const body = rowBody(row);
    body[ed.col] = value;
    ed.td.classList.add('saving');
    const ok = await this.put(ed, row, body, row.version);
    ed.td.classList.remove('saving');
    if (ok) this.focus(ed.i + di, +ed.td.dataset.c + dj);
  }

  async put(ed, row, body, version) {
    try {
      const r = await api('PUT', this.ctx.base + '/' + this.name + '/row:' + row.row, body, { 'If-Match': String(version) });
      this.replace(ed.i, r.data);
      this.side.replaceChildren();
      saved(this.ctx, t('saved'));
      return true;
    } catch (e) {
      if (e.status === 422 && e.body && e.body.problems) {
        this.showProblems(ed, e.body.problems);
      } else if (e.status === 409 && e.body) {
        this.showConflict(ed, body, e.body.current);
      } else {
        toast(describe(e));
      }
      return false;
    }
  }

  replace(i, stored) {
    this.rows[i] = stored;
    const old = this.body.children[i];
    const tr = this.renderRow(stored, i);
    old.replaceWith(tr);
    this.editing = null;
  }

  showProblems(ed, problems) {
    const td = ed.td;
    td.classList.add('bad');
    const mine = problems.filter(p => !p.field || p.field === ed.col);
    const others = problems.filter(p => p.field && p.field !== ed.col);
    td.querySelectorAll('.cell-msg').forEach(x => x.remove());
    const text = (mine.length ? mine : problems).map(problemText).join(' · ');
    td.append(el('span', { class: 'cell-msg', role: 'alert', text }));
    for (const p of others) {
      const j = this.cols.indexOf(p.field);
      const other = j >= 0 ? this.cell(ed.i, j) : null;
      if (other) {
        other.classList.add('bad');
        other.append(el('span', { class: 'cell-msg', text: problemText(p) }));
      }
    }
    ed.input.focus();
  }

  showConflict(ed, mine, current) {
    const g = this;
    const table = el('table', { class: 'list' }, el('thead', null, el('tr', null,
      el('th', { text: t('column2') }), el('th', { text: t('theirs') }), el('th', { text: t('yours') }))));
    const tb = el('tbody');
    if (current) {
      for (const c of this.cols) {
        const a = asText(current[c]), b = asText(mine[c]);
        tb.append(el('tr', null, el('td', { text: c }), el('td', { class: a !== b ? 'diff' : null, text: a }),
          el('td', { class: a !== b ? 'diff' : null, text: b })));
      }
    }
    table.append(tb);
    const take = el('button', { class: 'btn secondary', type: 'button', id: 'take-theirs', text: t('takeTheirs') });
    const keep = el('button', { class: 'btn danger', type: 'button', id: 'keep-mine', text: t('keepMine') });
    take.addEventListener('click', () => {
      g.editing = null;
      if (current) g.replace(ed.i, current);
      g.side.replaceChildren();
    });
    keep.addEventListener('click', async () => {
      if (!current) return;
      g.rows[ed.i] = current;
      await g.put(ed, current, mine, current.version);
    });
    this.side.replaceChildren(el('div', { class: 'card conflict', id: 'conflict', role: 'alert' },
      el('h2', { text: t('conflictTitle') }), el('p', { text: t('conflictText', current ? current.version : '?') }), table,
      el('div', { class: 'toolbar' }, take, keep)));
  }

  async remove(i) {
    const row = this.rows[i];
    if (!window.confirm(t('deleteRow') + ' ' + (row.id || t('rowN', row.row)))) return;
    try {
      await api('DELETE', this.ctx.base + '/' + this.name + '/row:' + row.row, undefined, { 'If-Match': String(row.version) });
      saved(this.ctx, t('deleted'));
      this.ctx.refresh();
    } catch (e) {
      if (e.status === 422 && e.body && e.body.problems) toast(t('refused', e.body.problems.map(problemText).join(' · ')));
      else if (e.status === 409) {
        toast(t('conflictTitle'));
        this.ctx.refresh();
      } else toast(describe(e));
    }
  }

  onKey(e) {
    const ed = this.editing;
    if (ed) {
      if (e.key === 'Escape') { e.preventDefault(); this.cancel(); }
      else if (e.key === 'Enter') { e.preventDefault(); this.commit(1, 0); }
      else if (e.key === 'Tab') { e.preventDefault(); this.commit(0, e.shiftKey ? -1 : 1); }
      return;
    }
    const td = e.target.closest && e.target.closest('td.cell');
    if (!td) return;
    const i = +td.dataset.r, j = +td.dataset.c;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) { e.preventDefault(); this.focus(i + moves[e.key][0], j + moves[e.key][1]); }
    else if (e.key === 'Tab') { e.preventDefault(); this.focus(i, j + (e.shiftKey ? -1 : 1)); }
    else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); this.edit(td); }
  }
}

function saved(ctx, msg) {
  window.__glassboxUi.saves++;
  toast(msg);
  ctx.reload();
}

function addForm(ctx, table, grid, reload) {
  const cols = grid ? grid.cols : COLUMNS[table];
  const inputs = {};
  const msg = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'card', id: 'add-form' }, el('h2', { text: t('addRow') + ' — ' + t(table) }),
    el('div', { class: 'addform' }, cols.map(c => {
      inputs[c] = el('input', { name: c, 'data-col': c });
      return el('label', null, c, inputs[c]);
    })), msg,
    el('div', { class: 'toolbar' }, el('button', { class: 'btn', type: 'submit', id: 'add-save', text: t('save') }),
      el('button', { class: 'btn secondary', type: 'button', text: t('cancel'), onclick: () => form.remove() })));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = {};
    for (const c of cols) {
      const v = inputs[c].value.trim();
      if (v !== '') body[c] = fromText(v, grid ? grid.lists.has(c) : (LISTS[table] || []).includes(c));
    }
    Object.values(inputs).forEach(x => x.classList.remove('bad'));
    try {
      await api('POST', ctx.base + '/' + table, body);
      form.remove();
      saved(ctx, t('added'));
      reload();
    } catch (e) {
      if (e.status === 422 && e.body && e.body.problems) {
        for (const p of e.body.problems) if (inputs[p.field]) inputs[p.field].classList.add('bad');
        msg.textContent = t('invalid', e.body.problems.map(p => (p.field ? p.field + ': ' : '') + problemText(p)).join(' · '));
      } else msg.textContent = describe(e);
    }
  });
  return form;
}

// ---------------------------------------------------------------- history

async function renderHistory(ctx) {
  const { data } = await api('GET', ctx.base + '/history');
  const out = el('div', { id: 'history-msg', role: 'status' });
  if (data.length === 0) {
    ctx.pane.replaceChildren(el('p', { class: 'muted', text: t('noHistory') }));
    return;
  }
  const words = { create: t('create2'), update: t('update'), delete: t('delete2') };
  const rows = data.map(ch => {
    const btn = el('button', { class: 'btn secondary', type: 'button', 'data-revert': ch.n, text: t('revert') });
    btn.addEventListener('click', async () => {
      try {
        await api('POST', ctx.base + '/history/' + ch.n + '/revert');
        saved(ctx, t('reverted', ch.n));
        await renderHistory(ctx);
      } catch (e) {
        out.replaceChildren(el('p', { class: 'error', role: 'alert', id: 'revert-error',
          text: e.status === 409 ? t('revertConflict', ch.n) : describe(e) }));
      }
    });
    return el('tr', { 'data-change': ch.n }, el('td', { text: ch.n }),
      el('td', { text: new Date(ch.at).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB') }), el('td', { text: ch.user }),
      el('td', { text: words[ch.action] || ch.action }), el('td', { text: ch.table }), el('td', { text: ch.id || ('row:' + ch.row) }),
      el('td', null, diff(ch.before, ch.after)), el('td', null, btn));
  });
  ctx.pane.replaceChildren(out, el('table', { class: 'list', id: 'history' },
    el('thead', null, el('tr', null, ['n', 'at', 'who', 'action', 'table', 'id', 'change', ''].map(k => el('th', { text: k === 'n' ? '#' : k ? t(k) : '' })))),
    el('tbody', null, rows)));
}

function diff(before, after) {
  const b = before || {}, a = after || {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(k => k !== 'row' && k !== 'version');
  const changed = keys.filter(k => asText(b[k]) !== asText(a[k]));
  const shown = before && after ? changed : keys.filter(k => asText(a[k] ?? b[k]) !== '');
  return el('div', null, shown.slice(0, 12).map(k => el('div', null, el('b', { text: k + ': ' }),
    before ? el('span', { class: 'diff-before', text: asText(b[k]) }) : null, before && after ? ' → ' : null,
    after ? el('span', { class: 'diff-after', text: asText(a[k]) }) : null)));
}

// ---------------------------------------------------------------- start

document.getElementById('lang').addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('glassbox.lang', state.lang);
  if (current) current();
});
document.getElementById('logout').addEventListener('click', logout);
window.addEventListener('hashchange', route);

(async () => {
  try {
    const r = await fetch('/api/session', { credentials: 'same-origin' });
    if (r.ok) {
      const s = await r.json();
      state.user = s.user;
      state.csrf = s.csrf;
    }
  } catch (e) {
    // offline server: the login form says so on submit
  }
  route();
})();
