export const id = 640;
export const ids = [640,285,211,24];
export const modules = {

/***/ 640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  windowCommand: () => (/* binding */ windowCommand)
});

// UNUSED EXPORTS: publishWindow

// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/report/time.ts
var time = __webpack_require__(5813);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/window/zone.ts
var zone = __webpack_require__(5488);
;// CONCATENATED MODULE: ./src/window/engine.ts
// The window engine: is a deploy allowed at t, and when does that next change?
//
// Searches jump from boundary to boundary, never minute by minute. While deny rules match, the
// search skips to the latest end among their current runs (nothing can open before then); while
// outside every allow rule, it skips to the earliest start among them. Deny beats allow.

const HORIZON = 366 * zone/* DAY */.d_;
function evaluate(scope, t) {
    const denying = scope.deny.filter((r) => r.matches(t));
    const allowing = scope.allow.find((r) => r.matches(t)) ?? null;
    const outsideAllow = scope.allow.length > 0 && allowing === null;
    return { open: denying.length === 0 && !outsideAllow, denying, allowing, outsideAllow };
}
function isOpen(scope, t) {
    return (!scope.deny.some((r) => r.matches(t)) &&
        (scope.allow.length === 0 || scope.allow.some((r) => r.matches(t))));
}
/** The next instant at or after t where `rule.matches` is `want`, or `limit` if none before it. */
function runUntil(rule, t, want, limit) {
    let x = t;
    while (x < limit && rule.matches(x) !== want)
        x = rule.nextBoundary(x);
    return Math.min(x, limit);
}
/** The earliest instant in [t, t + horizon] at which deploys are allowed, or null. */
function nextOpen(scope, t, horizon = HORIZON) {
    const limit = t + horizon;
    let x = t;
    while (x <= limit) {
        const denying = scope.deny.filter((r) => r.matches(x));
        if (denying.length > 0) {
            x = Math.max(...denying.map((r) => runUntil(r, x, false, limit + 1)));
            continue;
        }
        if (scope.allow.length > 0 && !scope.allow.some((r) => r.matches(x))) {
            x = Math.min(...scope.allow.map((r) => runUntil(r, x, true, limit + 1)));
            continue;
        }
        return x;
    }
    return null;
}
/** The next boundary of any rule after t. */
function nextBoundary(scope, t) {
    let b = Number.POSITIVE_INFINITY;
    for (const r of scope.allow)
        b = Math.min(b, r.nextBoundary(t));
    for (const r of scope.deny)
        b = Math.min(b, r.nextBoundary(t));
    return b;
}
/** The earliest instant in [t, t + horizon] at which deploys are not allowed, or null. */
function nextClose(scope, t, horizon = HORIZON) {
    const limit = t + horizon;
    let x = t;
    while (x <= limit) {
        if (!isOpen(scope, x))
            return x;
        x = nextBoundary(scope, x);
    }
    return null;
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function weekdayName(n) {
    return WEEKDAYS[n];
}
/** Open/closed state of each local hour for `days` days from t's local day, in the scope's zone. */
function hourGrid(scope, t, days = 7) {
    const z = scope.zone;
    const today = z.local(t).day;
    const rows = [];
    for (let d = today; d < today + days; d++) {
        const l = (0,zone/* localOf */.Fc)(d * zone/* DAY */.d_);
        const cells = [];
        for (let h = 0; h < 24; h++) {
            const start = z.firstAtOrAfter(d * zone/* DAY */.d_ + h * zone/* HOUR */.dp);
            const end = z.firstAtOrAfter(d * zone/* DAY */.d_ + (h + 1) * zone/* HOUR */.dp);
            if (end <= start) {
                cells.push('none'); // the hour a spring-forward skips
                continue;
            }
            let sawOpen = false;
            let sawClosed = false;
            for (let x = start; x < end && !(sawOpen && sawClosed); x = nextBoundary(scope, x)) {
                if (isOpen(scope, x))
                    sawOpen = true;
                else
                    sawClosed = true;
            }
            cells.push(sawOpen && sawClosed ? 'partial' : sawOpen ? 'open' : 'closed');
        }
        rows.push({
            date: `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.date).padStart(2, '0')}`,
            weekday: weekdayName(l.weekday),
            cells,
        });
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/window/decide.ts
// The window decision as data: what the engine said, what an override or an open incident
// changed, and the sentence a person reads. No I/O: the command around it fetches and writes.




const pad = (n) => String(n).padStart(2, '0');
/** "Fri 14:05 Europe/Berlin" */
function shortTime(ms, z) {
    const l = z.local(ms);
    return `${weekdayName(l.weekday)} ${pad(l.hour)}:${pad(l.minuteOfHour)} ${z.name}`;
}
/** "Mon 2026-11-23 09:00 Europe/Berlin" */
function longTime(ms, z) {
    const l = z.local(ms);
    return `${weekdayName(l.weekday)} ${l.year}-${pad(l.month)}-${pad(l.date)} ${pad(l.hour)}:${pad(l.minuteOfHour)} ${z.name}`;
}
const quote = (s) => `"${s}"`;
function decideWindow(req) {
    const { scope, environment, at } = req;
    const z = scope?.zone ?? (0,zone/* zone */.rg)('UTC');
    const where = `Deploys to ${environment}`;
    const now = shortTime(at, z);
    const ev = scope ? evaluate(scope, at) : null;
    const policyOpen = ev?.open ?? true;
    const denying = (ev?.denying ?? []).map((r) => {
        const holiday = r.holidayAt?.(at);
        return { name: r.name, path: r.path, ...(holiday ? { holiday } : {}) };
    });
    let rule = null;
    let why = '';
    if (ev && ev.denying.length > 0) {
        const first = denying[0];
        rule = first.name;
        const others = denying.slice(1).map((d) => quote(d.name));
        why = `${quote(first.name)} (${first.holiday ? `${first.holiday}, ` : ''}${now})${others.length ? `; also ${others.join(', ')}` : ''}`;
    }
    else if (ev?.outsideAllow) {
        rule = scope.allow.map((r) => r.name).join(', ');
        why = `outside the allowed windows ${scope.allow.map((r) => quote(r.name)).join(', ')} (${now})`;
    }
    else if (req.lock) {
        rule = `incident #${req.lock.number}`;
        why = `incident #${req.lock.number} is open ("${req.lock.title}"): deploys stay locked until it is closed`;
    }
    const open = policyOpen && !req.lock;
    const next = policyOpen ? null : scope ? nextOpen(scope, at) : null;
    const closes = open && scope ? nextClose(scope, at) : null;
    let reason;
    if (open) {
        const inside = ev?.allowing
            ? `inside ${quote(ev.allowing.name)}`
            : scope
                ? 'no deny rule matches'
                : 'no deploy-window policy is configured';
        const until = scope
            ? closes === null
                ? '; no rule closes it within a year'
                : `; it closes ${longTime(closes, z)} (in ${(0,duration/* formatDuration */.a)(closes - at)})`
            : '';
        reason = `${where} are open: ${inside}${scope ? ` (${now})` : ''}${until}.`;
    }
    else {
        let tail = '';
        if (!policyOpen)
            tail =
                next === null
                    ? ' There is no open window within a year.'
                    : ` Next window opens ${longTime(next, z)} (in ${(0,duration/* formatDuration */.a)(next - at)}).`;
        if (!policyOpen && req.lock)
            tail += ` Incident #${req.lock.number} is also open and locks deploys until it is closed.`;
        reason = `${where} are closed: ${why}.${tail}`;
    }
    const override = !open && req.override && req.override.reason.trim() !== '' ? req.override : null;
    if (override)
        reason += ` Overridden by @${override.actor}: ${quote(override.reason.trim())}.`;
    return {
        command: 'window',
        environment,
        at: (0,time/* iso */.K)(at),
        timezone: z.name,
        allowed: open || override !== null,
        open,
        overridden: override !== null,
        override: override
            ? { reason: override.reason.trim(), actor: override.actor, bypassed: rule ?? '' }
            : null,
        rule: open ? null : rule,
        reason,
        nextWindow: next === null ? null : (0,time/* iso */.K)(next),
        closesAt: closes === null ? null : (0,time/* iso */.K)(closes),
        denying,
        lock: req.lock,
        grid: scope && req.grid !== false ? hourGrid(scope, at) : [],
    };
}

// EXTERNAL MODULE: ./src/window/policy.ts + 3 modules
var window_policy = __webpack_require__(8024);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/window/render.ts
// The window decision as a job summary: the decision first, then the rule, the next window in
// the policy's zone and UTC, and a week of hours a person reads at a glance.



const CELL = { open: '🟩', closed: '🟥', partial: '🟨', none: '⬛' };
function renderWindowSummary(d, o = {}) {
    const z = (0,zone/* zone */.rg)(d.timezone);
    const at = Date.parse(d.at);
    const title = d.overridden
        ? `🟧 Deploy window for ${(0,markdown.md)(d.environment)}: closed, overridden`
        : d.allowed
            ? `🟢 Deploy window for ${(0,markdown.md)(d.environment)}: open`
            : o.audit
                ? `🟡 Deploy window for ${(0,markdown.md)(d.environment)}: would have been closed (on-closed: warn)`
                : `🔴 Deploy window for ${(0,markdown.md)(d.environment)}: closed`;
    const decision = d.overridden
        ? '**allowed by override**'
        : d.allowed
            ? '**open**'
            : o.audit
                ? '**would have been closed**; the step passes (audit mode, `on-closed: warn`)'
                : '**closed**';
    const rows = [
        ['Decision', decision],
        ['Checked at', `${(0,markdown.md)(longTime(at, z))} · ${(0,markdown/* code */.aY)(d.at)}`],
    ];
    if (d.rule) {
        const where = d.denying[0] && d.denying[0].name === d.rule ? ` (${(0,markdown/* code */.aY)(d.denying[0].path)})` : '';
        rows.push(['Closed by', `${(0,markdown.md)(d.rule)}${where}`]);
    }
    if (d.denying.length > 1)
        rows.push([
            'Also matching',
            d.denying
                .slice(1)
                .map((r) => (0,markdown.md)(r.name))
                .join(', '),
        ]);
    if (d.nextWindow) {
        const next = Date.parse(d.nextWindow);
        rows.push(['Next window', `${(0,markdown.md)(longTime(next, z))} · ${(0,markdown/* code */.aY)(d.nextWindow)}`]);
    }
    else if (!d.open && !d.lock)
        rows.push(['Next window', 'no open window within a year']);
    if (d.closesAt)
        rows.push(['Window closes', `${(0,markdown.md)(longTime(Date.parse(d.closesAt), z))} · ${(0,markdown/* code */.aY)(d.closesAt)}`]);
    if (d.lock)
        rows.push(['Incident lock', `[#${d.lock.number}](${d.lock.url}) ${(0,markdown.md)(d.lock.title)}`]);
    if (d.override)
        rows.push([
            'Override',
            `by @${(0,markdown.md)(d.override.actor)}: ${(0,markdown.md)(d.override.reason)} (bypassed ${(0,markdown.md)(d.override.bypassed)})`,
        ]);
    const out = [`### ${title}`, '', (0,markdown.md)(d.reason), '', (0,markdown/* table */.tp)(['', ''], rows)];
    if (d.grid.length > 0) {
        const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
        out.push('', `#### Next 7 days, hour by hour (${(0,markdown.md)(d.timezone)})`, '', (0,markdown/* table */.tp)(['Day', ...hours], d.grid.map((r) => [`${r.weekday} ${r.date.slice(5)}`, ...r.cells.map((c) => CELL[c])])), '', '🟩 open · 🟥 closed · 🟨 open for part of the hour · ⬛ hour skipped by a DST change');
    }
    return out.join('\n') + '\n';
}
/** The grid as plain text for terminals: one line a day. */
function renderGridText(d) {
    const sym = { open: '#', closed: '.', partial: '+', none: ' ' };
    const lines = [
        `          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[0]).join('')}`,
    ];
    lines.push(`          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[1]).join('')}`);
    for (const r of d.grid)
        lines.push(`${r.weekday} ${r.date.slice(5)} ${r.cells.map((c) => sym[c]).join('')}`);
    lines.push(`(${d.timezone}; # open, . closed, + part of the hour)`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/window.ts
// `command: window`: load the policy, ask the engine, publish the decision. The lock lookup is
// passed in so the command stays free of GitHub.





/**
 * Decides and publishes; returns the decision and whether a deploy may go on (an open window,
 * or a closed one in audit mode). Throws InputError before anything is written.
 */
async function windowCommand(s, io) {
    const policy = s.policy.trim() === ''
        ? null
        : await (0,yaml.loadLocated)((0,yaml.readYamlSource)(s.policy, 'policy', io.workspace), 'policy', (text) => (0,window_policy.loadPolicy)(text));
    const scope = policy ? await policy.scope(s.environment) : null;
    const lock = s['lock-on-incident'] && io.findIncident ? await io.findIncident(s.environment) : null;
    const decision = decideWindow({
        scope,
        environment: s.environment,
        at: io.now(),
        lock,
        override: s['override-reason'] ? { reason: s['override-reason'], actor: io.actor } : null,
    });
    // Audit mode (on-closed: warn): a closed window is said, not enforced, so a team can try a
    // policy for a week before it blocks anyone.
    const audit = !decision.allowed && s['on-closed'] === 'warn';
    publishWindow(decision, io);
    if (decision.overridden && decision.override && lock && io.recordOverride)
        await io.recordOverride(lock, `Deploy window override by @${decision.override.actor}: ${decision.override.reason} (bypassed: ${decision.override.bypassed}).`);
    await io.runner.summary(renderWindowSummary(decision, { audit }));
    if (audit)
        io.runner.warning(`on-closed: warn, so the step goes on; the window would have been closed: ${decision.reason}`);
    else if (!decision.allowed)
        io.runner.fail(decision.reason);
    return { ...decision, proceed: decision.allowed || audit };
}
function publishWindow(d, io) {
    const { runner } = io;
    const report = (0,report_file/* writeReport */.u)(io.reportDir, `deploy-guard-window-${d.environment}`, d);
    runner.output('allowed', String(d.allowed));
    runner.output('reason', d.reason);
    runner.output('next-window', d.nextWindow ?? '');
    runner.output('overridden', String(d.overridden));
    runner.output('report', report);
    if (d.overridden && d.override)
        runner.warning(`Deploy window override by @${d.override.actor}: "${d.override.reason}" (bypassed: ${d.override.bypassed})`);
    // A closed window's reason is the step's error; printing it twice helps no one.
    else if (d.allowed)
        runner.info(d.reason);
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseYamlInput),
/* harmony export */   loadLocated: () => (/* binding */ loadLocated),
/* harmony export */   readYamlSource: () => (/* binding */ readYamlSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7827);
// YAML inputs (policy, probes) arrive inline in workflow YAML or as a path to a file in the repo.




/** Parses YAML 1.2 (core schema: dates stay text, `on`/`yes` are not booleans). */
function parseYamlInput(text, root) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        prettyErrors: false,
        lineCounter,
    });
    const err = doc.errors[0];
    if (err) {
        const pos = lineCounter.linePos(err.pos[0]);
        const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz([
            {
                path: root,
                message: `is not valid YAML${where}: ${err.message.split('\n')[0]}`,
                ...(pos ? { line: pos.line } : {}),
            },
        ]);
    }
    let value;
    try {
        // Throws for an alias without its anchor ("*a" alone) and for alias bombs.
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(root, `is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    if (cyclic(value))
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(root, 'is not valid YAML here: an alias refers to a node that contains it');
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(root, 'is empty');
    return value;
}
/**
 * Whether a value contains itself: YAML allows `&a [*a]`, and nothing that reads a config (zod
 * with open fields, JSON.stringify, deep equality) expects a cycle. Shared nodes are fine.
 */
function cyclic(root) {
    const open = new Set();
    const done = new Set();
    const visit = (v) => {
        if (v === null || typeof v !== 'object' || done.has(v))
            return false;
        if (open.has(v))
            return true;
        open.add(v);
        const children = v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v);
        for (const c of children)
            if (visit(c))
                return true;
        open.delete(v);
        done.add(v);
        return false;
    };
    return visit(root);
}
/**
 * Inline YAML, or a path to a YAML file. Inline text always has a newline or a `:` (a mapping
 * or a list item needs one); a single line without either is a path.
 */
function readYamlSource(value, input, workspace) {
    const v = value.trim();
    const looksInline = v.includes('\n') || (v.includes(':') && !/^[A-Za-z]:[\\/]/.test(v)) || /^[[{-]/.test(v);
    if (looksInline)
        return { text: value };
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(v) ? v : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, v);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(input, `file "${v}" does not exist (looked in ${workspace === process.cwd() ? 'the current directory' : 'the workspace'})`);
    return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file: v };
}
/** `policy.deny[2].hours` back to the keys below the root: `['deny', 2, 'hours']`. */
function keysOf(path, root) {
    if (path !== root && !path.startsWith(`${root}.`) && !path.startsWith(`${root}[`))
        return null;
    const keys = [];
    const re = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
    re.lastIndex = root.length;
    while (re.lastIndex < path.length) {
        const m = re.exec(path);
        if (!m)
            return null;
        keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3])));
    }
    return keys;
}
/**
 * Runs `load` on a YAML input; when the input was a file, each problem it reports also names the
 * file and the line of its field (the nearest enclosing node that exists), so the step can put
 * an error annotation on that line.
 */
async function loadLocated(src, root, load) {
    try {
        return await load(src.text);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz) || !src.file)
            throw e;
        const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(src.text, { version: '1.2', lineCounter });
        const lineOf = (keys) => {
            for (let n = keys.length; n >= 0; n--) {
                const node = (n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true));
                const at = node?.range?.[0];
                if (at !== undefined)
                    return lineCounter.linePos(at).line;
            }
            return undefined;
        };
        const problems = e.problems.map((p) => {
            const keys = keysOf(p.path, root);
            const line = p.line ?? (keys && doc.errors.length === 0 ? lineOf(keys) : undefined);
            return { ...p, file: src.file, ...(line ? { line } : {}) };
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(problems);
    }
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export safeUrl */
// Neutralising text from users, commits and services before it lands in markdown that people
// read (job summaries, issues): no pings, no raw HTML, no broken tables or code spans.
const ZWSP = '\u200b';
/** Text safe inside a markdown paragraph or table cell. */
function md(text) {
    // Backslashes first: escaping them after the pipes would turn "\|" into "\\|", a cell break.
    // "GH-12" is the other spelling of "#12": GitHub links it and cross-references the issue.
    return text
        .replace(/\r\n?|\n/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, "'")
        .replace(/([*_~[\]])/g, '\\$1')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/(gh-)(?=\d)/gi, `$1${ZWSP}`);
}
/** A code span that cannot be escaped from, whatever backticks the text holds. */
function code(text) {
    const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\u2758');
    // "``" is not an empty span but an opener that pairs with the next "``" on the line.
    if (flat === '')
        return '` `';
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function table(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
// Control characters (but tab and line breaks) and bidirectional overrides can hide or reorder
// text in a review ("Trojan Source"); they have no business in an incident report.
// eslint-disable-next-line no-control-regex -- matching them is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
// Half a surrogate pair is not text: JSON carries it, GitHub does not store it faithfully.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The text without control characters (but tab and line breaks), bidi overrides or lone surrogates. */
function visible(text) {
    return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
}
/** At most `max` code points, so a cut never leaves half a surrogate pair; "…" marks a cut. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/**
 * A fenced code block that no line of `text` can close early: the fence is longer than any
 * backtick run in the text, and tilde fences are not used, so a "~~~" line is just text.
 */
function fence(text, lang = 'text') {
    const body = visible(text).replace(/\r\n?/g, '\n');
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${body}\n${f}`;
}
/**
 * An http(s) URL that cannot break out of a link destination or a table cell, or null.
 * Parsing percent-encodes spaces and angle brackets; what it leaves alone but markdown cares
 * about (parentheses, pipes, backslashes, and "@", which reads like a mention) is encoded here.
 */
function safeUrl(text) {
    let u;
    try {
        u = new URL(text);
    }
    catch {
        return null;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return null;
    // Credentials have no place in an issue, and without them an "@" is only ever in the path.
    if (u.username || u.password)
        return null;
    return u.href.replace(/[()|\\[\]`"<>\s@]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[label](url)`, or the label alone when the URL is not a safe http(s) URL. `label` is markdown. */
function link(label, url) {
    const href = url ? safeUrl(url) : null;
    return href ? `[${label}](${href})` : label;
}
/**
 * Text for a mermaid label: letters, digits and a little punctuation, nothing that mermaid
 * parses (colons, semicolons, hashes, percent directives, brackets, quotes) or that could end
 * the fence (backticks).
 */
function mermaidText(text, max = 80) {
    const flat = text
        .replace(/[^\p{L}\p{N} .,/+()'-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return clip(flat, max) || '-';
}


/***/ }),

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The `report` output: the whole decision and its evidence as JSON on disk, so nothing is lost
// when GitHub cannot be written to.


function writeReport(dir, name, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${name.replace(/[^\w.-]+/g, '_')}.json`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, JSON.stringify(data, null, 2) + '\n');
    return file;
}


/***/ }),

/***/ 5813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ iso)
/* harmony export */ });
// Instants as the outputs, reports and issues print them. A module of its own so that verify,
// rollback and the incident renderer do not pull the window engine into their bundles.
/** ISO-8601 in UTC, without milliseconds when there are none: `2026-11-23T08:00:00Z`. */
function iso(ms) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 8024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/window/zone.ts
var zone = __webpack_require__(5488);
;// CONCATENATED MODULE: ./src/window/cron.ts
// Five-field cron (minute hour day-of-month month day-of-week) read on the local wall clock.
// Vixie semantics: when both day fields are restricted, a day matches if either does.
// A fire is an instant whose local wall clock reads a matching minute, so a time inside a
// spring-forward gap does not fire that day and one inside a fall-back overlap fires twice.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DOWS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day-of-month', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
    { name: 'day-of-week', min: 0, max: 7, names: DOWS, namesFrom: 0 },
];
function atom(s, f) {
    const lower = s.toLowerCase();
    const named = f.names?.indexOf(lower) ?? -1;
    if (named >= 0)
        return named + (f.namesFrom ?? 0);
    if (!/^\d+$/.test(s))
        throw new Error(`${f.name} field: "${s}" is not a number`);
    const n = Number(s);
    if (n < f.min || n > f.max)
        throw new Error(`${f.name} field: ${n} is outside ${f.min}-${f.max}`);
    return n;
}
function field(src, f) {
    const out = new Set();
    let star = false;
    for (const part of src.split(',')) {
        const [range, stepText, extra] = part.split('/');
        if (extra !== undefined || range === undefined || range === '')
            throw new Error(`${f.name} field: cannot read "${part}"`);
        let step = 1;
        if (stepText !== undefined) {
            if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
                throw new Error(`${f.name} field: step "${stepText}" must be a positive number`);
            step = Number(stepText);
        }
        let lo;
        let hi;
        if (range === '*') {
            lo = f.min;
            hi = f.name === 'day-of-week' ? 6 : f.max;
            if (stepText === undefined)
                star = true;
        }
        else if (range.includes('-')) {
            const [a, b, c] = range.split('-');
            if (a === undefined || b === undefined || c !== undefined)
                throw new Error(`${f.name} field: cannot read range "${range}"`);
            lo = atom(a, f);
            hi = atom(b, f);
            if (hi < lo)
                throw new Error(`${f.name} field: range "${range}" runs backwards`);
        }
        else {
            lo = atom(range, f);
            hi = stepText === undefined ? lo : f.max;
        }
        for (let v = lo; v <= hi; v += step)
            out.add(f.name === 'day-of-week' && v === 7 ? 0 : v);
    }
    return { values: [...out].sort((a, b) => a - b), star };
}
/** Parses a cron expression; throws an Error whose message names the bad field. */
function parseCron(source) {
    const parts = source.trim().split(/\s+/);
    if (parts.length !== 5)
        throw new Error(`expected 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`);
    const [mi, h, dom, mon, dow] = parts.map((p, i) => field(p, FIELDS[i]));
    return {
        source,
        minutes: mi.values,
        hours: h.values,
        doms: new Set(dom.values),
        months: new Set(mon.values),
        dows: new Set(dow.values),
        domStar: dom.star,
        dowStar: dow.star,
    };
}
function dayMatches(c, day) {
    const l = (0,zone/* localOf */.Fc)(day * zone/* DAY */.d_);
    if (!c.months.has(l.month))
        return false;
    const domOk = c.doms.has(l.date);
    const dowOk = c.dows.has(l.weekday);
    if (c.domStar && c.dowStar)
        return true;
    if (c.domStar)
        return dowOk;
    if (c.dowStar)
        return domOk;
    return domOk || dowOk;
}
/** Fire instants of one cron on one local day, memoised per (cron, zone, day). */
class CronClock {
    cron;
    zone;
    memo = new Map();
    /** The last run of windows `runEnd` walked. */
    run = null;
    constructor(cron, zone) {
        this.cron = cron;
        this.zone = zone;
    }
    firesOn(day) {
        let fires = this.memo.get(day);
        if (fires)
            return fires;
        fires = [];
        if (dayMatches(this.cron, day)) {
            // Most days have one offset from two days before to two after: every wall time is then
            // one instant, a subtraction. Otherwise ask the zone per fire (gaps and overlaps).
            const from = (day - 2) * zone/* DAY */.d_;
            const o = this.zone.offsetAt(from);
            const steady = this.zone.nextTransition(from) > (day + 3) * zone/* DAY */.d_;
            for (const h of this.cron.hours)
                for (const m of this.cron.minutes) {
                    const wall = day * zone/* DAY */.d_ + (h * 60 + m) * zone/* MINUTE */.pY;
                    if (steady)
                        fires.push(wall - o);
                    else
                        fires.push(...this.zone.instantsOf(wall));
                }
            fires.sort((a, b) => a - b);
        }
        if (this.memo.size > 4096)
            this.memo.clear();
        this.memo.set(day, fires);
        return fires;
    }
    /** The latest fire at or before t, looking back at most `within` ms. */
    latestAtOrBefore(t, within) {
        const today = this.zone.local(t).day;
        const oldest = Math.floor((t - within) / zone/* DAY */.d_) - 2;
        // Binary searches: "* * * * *" fires 1,440 times a day, and a year's search asks per fire.
        for (let d = today + 1; d >= oldest; d--) {
            const fires = this.firesOn(d);
            const n = (0,zone/* countAtOrBefore */.b0)(fires, t);
            if (n > 0) {
                const f = fires[n - 1];
                return f >= t - within ? f : null;
            }
        }
        return null;
    }
    /**
     * Where the run of windows [fire, fire + length) covering t ends, looking at most `within` ms
     * ahead; null when no window covers t. A fire that starts before the run ends extends it, so
     * "* * * * *" for 1m is one run, not a boundary every minute. Walking the fires in order may
     * stop early across a fall-back overlap at midnight, which only ends a run too soon: safe.
     */
    runEnd(t, length, within) {
        // Every instant of a run found before has the same end: the hour grid asks 168 times.
        const r = this.run;
        if (r && r.length === length && t >= r.from && t < r.end)
            return r.end;
        const first = this.latestAtOrBefore(t, length);
        if (first === null || t >= first + length)
            return null;
        const end = this.walk(first, t, length, within);
        this.run = { from: first, end, length };
        return end;
    }
    walk(first, t, length, within) {
        let end = first + length;
        const limit = t + within;
        const today = this.zone.local(first).day;
        const last = this.zone.local(t).day + Math.ceil(within / zone/* DAY */.d_) + 1;
        for (let d = today; d <= last && end <= limit; d++) {
            for (const f of this.firesOn(d)) {
                if (f <= first)
                    continue;
                if (f > end)
                    return end;
                if (f + length > end)
                    end = f + length;
            }
        }
        return end;
    }
    /** The first fire strictly after t, looking ahead at most `within` ms. */
    nextAfter(t, within) {
        const today = this.zone.local(t).day;
        const last = today + Math.ceil(within / zone/* DAY */.d_) + 1;
        for (let d = today - 1; d <= last; d++) {
            const fires = this.firesOn(d);
            const n = (0,zone/* countAtOrBefore */.b0)(fires, t);
            if (n < fires.length)
                return fires[n];
        }
        return Number.POSITIVE_INFINITY;
    }
}

;// CONCATENATED MODULE: ./src/window/holidays.ts
// Holiday calendars from date-holidays, as sets of local day numbers.
//
// The package carries every country's rules (~1 MB of data), so it is imported only when a
// policy names holidays. A holiday is the whole local day (or days) its date names, read in the
// policy's zone: date-holidays' own start/end instants are in the country's zone and some start
// at 14:00, which is not what "no deploys on Christmas Eve" means.

const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'];
let ctor;
function load() {
    ctor ??= __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 5026)).then((m) => m.default);
    return ctor;
}
function parseHolidayCode(code) {
    const [country = '', state, region] = code.split('-');
    return {
        country: country.toUpperCase(),
        state: state?.toUpperCase(),
        region: region?.toUpperCase(),
    };
}
/** Checks a country[-state[-region]] code; returns an error sentence, or null when it exists. */
async function checkHolidayCode(code) {
    if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,4}){0,2}$/.test(code))
        return `expected country[-state[-region]] such as "US", "DE-BY" or "GB-SCT", got "${code}"`;
    const Holidays = await load();
    const hd = new Holidays();
    const { country, state, region } = parseHolidayCode(code);
    if (!hd.getCountries()[country])
        return `unknown holiday country "${country}"`;
    if (state) {
        const states = hd.getStates(country) ?? {};
        if (!states[state])
            return `unknown state "${state}" of ${country} (known: ${Object.keys(states).join(', ') || 'none'})`;
        if (region) {
            const regions = hd.getRegions(country, state) ?? {};
            if (!regions[region])
                return `unknown region "${region}" of ${country}-${state} (known: ${Object.keys(regions).join(', ') || 'none'})`;
        }
    }
    return null;
}
async function holidayCalendar(spec) {
    const Holidays = await load();
    const hd = spec.region
        ? new Holidays(spec.country, spec.state ?? '', spec.region)
        : spec.state
            ? new Holidays(spec.country, spec.state)
            : new Holidays(spec.country);
    // Measure spans in UTC: in the country's zone a holiday on a fall-back day lasts 25 h, which
    // rounded up to whole days would also close the next day. Dates (`h.date`) do not change.
    hd.setTimezone('UTC');
    const types = new Set(spec.types);
    const listed = new Map();
    const list = (y) => {
        let l = listed.get(y);
        if (!l)
            listed.set(y, (l = hd.getHolidays(y)));
        return l;
    };
    // A substitute (observed) day is date-holidays' own entry with `substitute: true`, named
    // "<holiday> (substitute day)" in English. Its type is usually the holiday's, but not always:
    // the US data types Veterans Day observed `bank` ("Federal Government offices are closed",
    // data/countries/US.yaml), so `types: [public]` left Friday 2023-11-10 open. A substitute day
    // therefore counts as the holiday it stands in for: it closes when its own type or that
    // holiday's type is among `types`. The holiday is the non-substitute entry whose name the
    // substitute's name extends, in its year or a neighbour (New Year's Day 2022 is observed on
    // 2021-12-31). Except a substitute typed `observance`: Spain's national data types its observed
    // days so (data/countries/ES.yaml, no reason given; in Spain each autonomous community decides
    // whether a Sunday holiday moves to Monday, and the regional data does not record which did),
    // so those follow their own type.
    const standsInFor = (sub, y) => {
        let best;
        for (const yy of [y, y + 1, y - 1])
            for (const h of list(yy))
                if (!h.substitute &&
                    (sub.name === h.name || sub.name.startsWith(`${h.name} (`)) &&
                    (!best || h.name.length > best.name.length))
                    best = h;
        return best?.type;
    };
    const counts = (h, y) => types.has(h.type) ||
        (h.substitute === true && h.type !== 'observance' && types.has(standsInFor(h, y) ?? h.type));
    const years = new Map();
    const year = (y) => {
        let days = years.get(y);
        if (days)
            return days;
        days = new Map();
        for (const h of list(y)) {
            if (!counts(h, y))
                continue;
            const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date);
            if (!m)
                continue;
            const first = (0,zone/* dayOf */.kb)(Number(m[1]), Number(m[2]), Number(m[3]));
            const span = Math.max(1, Math.ceil((h.end.getTime() - h.start.getTime()) / zone/* DAY */.d_));
            for (let d = first; d < first + span; d++)
                if (!days.has(d))
                    days.set(d, h.name);
        }
        years.set(y, days);
        return days;
    };
    return {
        on(day) {
            const y = new Date(day * zone/* DAY */.d_).getUTCFullYear();
            // A holiday listed under one year can spill into the next (multi-day spans).
            return year(y).get(day) ?? year(y - 1).get(day);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/window/policy-schema.ts
// The policy YAML as zod schemas: the single source of the policy types and of their errors.
// Field-level formats are parsed here (hours to minutes, days to weekdays, cron to fields), so
// a value that passes the schema is ready for the engine.





const DAY_NAMES = {
    sun: 0,
    sunday: 0,
    mon: 1,
    monday: 1,
    tue: 2,
    tues: 2,
    tuesday: 2,
    wed: 3,
    wednesday: 3,
    thu: 4,
    thur: 4,
    thurs: 4,
    thursday: 4,
    fri: 5,
    friday: 5,
    sat: 6,
    saturday: 6,
};
const ALIASES = {
    weekdays: [1, 2, 3, 4, 5],
    weekends: [6, 0],
    weekend: [6, 0],
};
/** Weekday numbers (0 = Sunday) from "mon-thu", "mon,wed,fri", "fri-mon" or a list; or an error. */
function parseDays(input) {
    const items = (Array.isArray(input) ? input : input.split(','))
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
    if (items.length === 0)
        return 'expected days such as "mon-thu" or "mon,wed,fri", got nothing';
    const out = new Set();
    for (const item of items) {
        if (ALIASES[item]) {
            ALIASES[item].forEach((d) => out.add(d));
            continue;
        }
        const [a, b, extra] = item.split('-').map((s) => s.trim());
        const from = DAY_NAMES[a ?? ''];
        const to = b === undefined ? from : DAY_NAMES[b];
        if (extra !== undefined || from === undefined || to === undefined)
            return `unknown day "${item}": use mon, tue, wed, thu, fri, sat, sun, ranges such as "mon-thu", or lists such as "mon,wed"`;
        for (let d = from;; d = (d + 1) % 7) {
            out.add(d);
            if (d === to)
                break;
        }
    }
    return [...out].sort((x, y) => x - y);
}
/** Minutes of the day [start, end); end < start runs past midnight; "24:00" ends at midnight. */
function parseHours(text) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
    if (!m)
        return `expected "HH:MM-HH:MM", got "${text}"`;
    const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number);
    if (sh > 23 || sm > 59)
        return `start "${m[1]}:${m[2]}" is not a time of day (00:00-23:59)`;
    if (eh > 24 || em > 59 || (eh === 24 && em !== 0))
        return `end "${m[3]}:${m[4]}" is not a time of day (00:00-24:00)`;
    const start = sh * 60 + sm;
    // 24:00 stays 1440, so "00:00-24:00" is the whole day and not an empty range.
    const end = eh * 60 + em;
    if (start === end % 1440 && end !== 1440)
        return `start and end are both ${m[1]}:${m[2]}: the range is empty`;
    return { start, end };
}
/** "-1d", "+2d", "0d": whole days to shift each holiday by. */
function parseOffset(text) {
    const m = /^\s*([+-]?)(\d{1,3})d\s*$/.exec(text);
    if (!m)
        return `expected whole days such as "-1d" or "+1d", got "${text}"`;
    const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
    if (Math.abs(n) > 31)
        return `must be within 31 days, got "${text}"`;
    return n;
}
/** A date ("2026-12-19"), a local date-time ("2026-12-19T18:00") or an instant with an offset. */
function parseTimeSpec(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
    if (!m)
        return `expected a date "YYYY-MM-DD" or a date-time "YYYY-MM-DDTHH:MM[:SS][offset]", got "${text}"`;
    const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Date.UTC reads years 0-99 as 19xx; "from: 1000-01-01" (since ever) still works.
    if (year < 1000)
        return `"${text}": the year must be 1000 or later`;
    const probe = new Date(Date.UTC(year, month - 1, date));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date)
        return `"${text}" is not a calendar date`;
    if (m[4] === undefined)
        return { kind: 'date', year, month, date };
    const [h, mi] = [Number(m[4]), Number(m[5])];
    if (h > 23 || mi > 59 || Number(m[6] ?? 0) > 59)
        return `"${text}" is not a time of day`;
    if (m[7] !== undefined) {
        const ms = Date.parse(text.trim().replace(' ', 'T'));
        if (Number.isNaN(ms))
            return `"${text}" is not a valid date-time`;
        return { kind: 'instant', ms };
    }
    return { kind: 'local', year, month, date, minute: h * 60 + mi };
}
/**
 * A zone name, replaced by its canonical IANA name (zone.ts, canonicalTimeZone): other spellings
 * of the same zone (case, links such as `Europe/Kiev` or `US/Pacific`) are accepted and read as
 * that zone, here and so everywhere a policy names a zone (top level, environments, rules).
 */
const timeZone = schemas/* string */.YjP().transform((s, ctx) => {
    const name = (0,zone/* canonicalTimeZone */.g4)(s.trim());
    if (name === null) {
        ctx.addIssue({
            code: 'custom',
            message: `unknown time zone "${s}": use an IANA name such as "Europe/Berlin" or "UTC"`,
        });
        return core/* NEVER */.tm;
    }
    return name;
});
const days = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
    error: 'expected days such as "mon-thu", "mon,wed,fri" or a list [mon, wed]',
})
    .transform((v, ctx) => {
    const r = parseDays(v);
    if (typeof r === 'string') {
        ctx.addIssue({ code: 'custom', message: r });
        return core/* NEVER */.tm;
    }
    return r;
});
const cron = schemas/* string */.YjP().transform((s, ctx) => {
    try {
        return parseCron(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `bad cron "${s}": ${e.message}` });
        return core/* NEVER */.tm;
    }
});
const duration = fields/* durationField */.T.refine((ms) => ms > 0, 'must be longer than 0');
const ruleSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().trim().min(1, 'must not be empty').optional(),
    timezone: timeZone.optional(),
    days: days.optional(),
    hours: (0,fields/* fromText */.I)(parseHours).optional(),
    holidays: schemas/* string */.YjP()
        .trim()
        .min(2, 'expected country[-state[-region]] such as "US" or "DE-BY"')
        .optional(),
    types: schemas/* array */.YOg(schemas/* enum */.k5n(HOLIDAY_TYPES, { error: `expected one of ${HOLIDAY_TYPES.join(', ')}` }))
        .min(1, 'must name at least one holiday type')
        .optional(),
    offset: (0,fields/* fromText */.I)(parseOffset).optional(),
    from: (0,fields/* fromText */.I)(parseTimeSpec).optional(),
    to: (0,fields/* fromText */.I)(parseTimeSpec).optional(),
    cron: cron.optional(),
    duration: duration.optional(),
})
    .superRefine((r, ctx) => {
    const need = (key, message) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (r.types && !r.holidays)
        need('types', 'only applies with "holidays"');
    if (r.offset !== undefined && !r.holidays)
        need('offset', 'only applies with "holidays"');
    if (r.cron && r.duration === undefined)
        need('duration', 'required with "cron" (how long each window lasts, e.g. "2h")');
    if (r.duration !== undefined && !r.cron)
        need('cron', 'required with "duration" (when each window starts)');
    if (!r.days && !r.hours && !r.holidays && !r.from && !r.to && !r.cron)
        ctx.addIssue({
            code: 'custom',
            message: 'a rule needs at least one of days, hours, holidays, from/to or cron',
        });
});
const rules = schemas/* array */.YOg(ruleSchema);
const scopeShape = {
    timezone: timeZone,
    allow: rules.optional(),
    deny: rules.optional(),
};
const policySchema = schemas/* strictObject */.rej({
    ...scopeShape,
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ ...scopeShape, timezone: timeZone.optional() }, { error: 'expected a mapping' }))
        .optional(),
});

;// CONCATENATED MODULE: ./src/window/policy.ts
// From policy text to rules the engine can ask two questions of: "do you match at t?" and
// "when might your answer change next?". Every check that can fail runs here, before any
// decision, so a bad policy is an input error and never a half-applied window.






const CRON_LOOKAHEAD = 367 * zone/* DAY */.d_;
function instantOf(spec, z, endOfDay) {
    switch (spec.kind) {
        case 'instant':
            return spec.ms;
        case 'date':
            return z.firstAtOrAfter(((0,zone/* dayOf */.kb)(spec.year, spec.month, spec.date) + (endOfDay ? 1 : 0)) * zone/* DAY */.d_);
        case 'local':
            return z.firstAtOrAfter((0,zone/* dayOf */.kb)(spec.year, spec.month, spec.date) * zone/* DAY */.d_ + spec.minute * zone/* MINUTE */.pY);
    }
}
function compileRule(r, path, zoneName, cal) {
    const z = (0,zone/* zone */.rg)(r.timezone ?? zoneName);
    const mask = r.days ? new Set(r.days) : null;
    const shift = r.offset ?? 0;
    const hasDay = mask !== null || cal !== undefined;
    const hours = r.hours;
    const dayOk = (day) => (mask === null || mask.has((((day + 4) % 7) + 7) % 7)) &&
        (cal === undefined || cal.on(day - shift) !== undefined);
    const wallOk = (l) => {
        if (!hours)
            return dayOk(l.day);
        if (hours.start < hours.end)
            return l.minute >= hours.start && l.minute < hours.end && dayOk(l.day);
        // Overnight: the part after midnight belongs to the day the range started on.
        return (l.minute >= hours.start && dayOk(l.day)) || (l.minute < hours.end && dayOk(l.day - 1));
    };
    const hasWall = hasDay || hours !== undefined;
    const wallMinutes = [
        ...new Set([...(hasDay ? [0] : []), ...(hours ? [hours.start, hours.end % 1440] : [])]),
    ].sort((a, b) => a - b);
    const from = r.from ? instantOf(r.from, z, false) : Number.NEGATIVE_INFINITY;
    const to = r.to ? instantOf(r.to, z, r.to.kind === 'date') : Number.POSITIVE_INFINITY;
    const clock = r.cron ? new CronClock(r.cron, z) : null;
    const length = r.duration ?? 0;
    return {
        name: r.name ?? path,
        path,
        zone: z,
        matches(t) {
            if (t < from || t >= to)
                return false;
            if (hasWall && !wallOk(z.local(t)))
                return false;
            if (clock) {
                const fire = clock.latestAtOrBefore(t, length);
                if (fire === null || t >= fire + length)
                    return false;
            }
            return true;
        },
        nextBoundary(t) {
            let b = Number.POSITIVE_INFINITY;
            if (wallMinutes.length > 0)
                b = z.nextWallBoundary(t, wallMinutes);
            if (from > t)
                b = Math.min(b, from);
            if (to > t)
                b = Math.min(b, to);
            if (clock) {
                // Inside a window the cron part next changes where its run of windows ends; outside,
                // at the next fire.
                const end = clock.runEnd(t, length, CRON_LOOKAHEAD);
                b = Math.min(b, end ?? clock.nextAfter(t, CRON_LOOKAHEAD));
            }
            return b;
        },
        holidayAt: cal ? (t) => cal.on(z.local(t).day - shift) : undefined,
    };
}
/** The rule lists as written (top level and each environment), for checks that span them all. */
function writtenScopes(p) {
    const out = [
        { path: [], timezone: p.timezone, allow: p.allow ?? [], deny: p.deny ?? [] },
    ];
    for (const [name, env] of Object.entries(p.environments ?? {}))
        out.push({
            path: ['environments', name],
            timezone: env.timezone ?? p.timezone,
            allow: env.allow ?? [],
            deny: env.deny ?? [],
        });
    return out;
}
/**
 * Top-level lists an environment with its own `timezone` inherits (does not replace): their rules
 * are read in the environment's zone (see `scope` below), so the checks that depend on the zone
 * run there too. Rules that name their own zone read the same everywhere and are left out.
 */
function inheritedScopes(p) {
    const out = [];
    for (const [name, env] of Object.entries(p.environments ?? {})) {
        if (env.timezone === undefined || env.timezone === p.timezone)
            continue;
        const reread = (own, top) => own === undefined ? (top ?? []).filter((r) => r.timezone === undefined) : [];
        out.push({
            environment: name,
            path: [],
            timezone: env.timezone,
            allow: reread(env.allow, p.allow),
            deny: reread(env.deny, p.deny),
        });
    }
    return out;
}
/** Checks of one rule that depend on the zone it is read in; messages without the path. */
function zoneProblems(r, zoneName) {
    const z = (0,zone/* zone */.rg)(r.timezone ?? zoneName);
    if (r.from && r.to && instantOf(r.to, z, r.to.kind === 'date') <= instantOf(r.from, z, false))
        return [{ field: 'to', message: 'must be after "from"' }];
    return [];
}
async function semanticProblems(p, root) {
    const problems = [];
    for (const s of writtenScopes(p)) {
        for (const kind of ['allow', 'deny']) {
            for (const [i, r] of s[kind].entries()) {
                const at = (field) => (0,errors/* joinPath */.uJ)(root, [...s.path, kind, i, field]);
                if (r.holidays) {
                    const err = await checkHolidayCode(r.holidays);
                    if (err)
                        problems.push({ path: at('holidays'), message: err });
                }
                for (const { field, message } of zoneProblems(r, s.timezone))
                    problems.push({ path: at(field), message });
            }
        }
    }
    // A rule valid at the top level can be empty in an inheriting environment's zone: a freeze
    // from an instant to a local time that comes earlier in Tokyo, or one inside a DST gap there.
    // Such a rule would silently never match in that environment, so it is an input error at the
    // rule's field, naming the environment.
    for (const s of inheritedScopes(p)) {
        for (const kind of ['allow', 'deny']) {
            for (const r of s[kind]) {
                const i = (p[kind] ?? []).indexOf(r);
                for (const { field, message } of zoneProblems(r, s.timezone))
                    problems.push({
                        path: (0,errors/* joinPath */.uJ)(root, [kind, i, field]),
                        message: `${message} when read in ${s.timezone}, the timezone of ` +
                            `${(0,errors/* joinPath */.uJ)('', ['environments', s.environment])}, which inherits this rule ` +
                            `(give the rule its own timezone, or the environment its own ${kind} list)`,
                    });
            }
        }
    }
    return problems;
}
/** Parses, validates and prepares a policy. Throws InputError naming `root` and the field path. */
async function loadPolicy(text, root = 'policy') {
    const raw = (0,yaml/* parseYamlInput */.P)(text, root);
    const parsed = policySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
        throw (0,errors/* fromZod */.sq)(root, parsed.error);
    const config = parsed.data;
    const problems = await semanticProblems(config, root);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return {
        config,
        async scope(environment) {
            const env = config.environments?.[environment];
            const timezone = env?.timezone ?? config.timezone;
            const build = async (rules, where) => Promise.all(rules.map(async (r, i) => {
                const cal = r.holidays
                    ? await holidayCalendar({
                        ...parseHolidayCode(r.holidays),
                        types: r.types ?? ['public'],
                    })
                    : undefined;
                return compileRule(r, `${where}[${i}]`, timezone, cal);
            }));
            // An environment replaces the lists it names and inherits the others from the top level.
            const where = (kind) => (0,errors/* joinPath */.uJ)('', env?.[kind] ? ['environments', environment, kind] : [kind]);
            return {
                environment,
                timezone,
                zone: (0,zone/* zone */.rg)(timezone),
                allow: await build(env?.allow ?? config.allow ?? [], where('allow')),
                deny: await build(env?.deny ?? config.deny ?? [], where('deny')),
            };
        },
    };
}


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ localOf),
/* harmony export */   b0: () => (/* binding */ countAtOrBefore),
/* harmony export */   d_: () => (/* binding */ DAY),
/* harmony export */   dp: () => (/* binding */ HOUR),
/* harmony export */   g4: () => (/* binding */ canonicalTimeZone),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   pY: () => (/* binding */ MINUTE),
/* harmony export */   rg: () => (/* binding */ zone)
/* harmony export */ });
/* unused harmony exports isValidTimeZone, Zone */
// Wall-clock arithmetic in an IANA zone without a date library.
//
// Offsets come from one source on every runner OS: the time-zone data compiled into Node's ICU,
// read through Intl. The system's zone files (/usr/share/zoneinfo, TZDIR) are never read: they
// were a second copy of the database that disagreed with ICU's whenever the two releases
// differed, so a window's decision changed with the runner image. The zone's transitions (DST and
// rule changes) are found once per covered year by sampling Intl daily and bisecting to the
// minute, so every later conversion is arithmetic plus a binary search, never an Intl call. That
// keeps a year-long `next-window` search in the low milliseconds while staying exact across DST,
// 30-minute DST (Lord Howe) and odd offsets (Chatham).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SAMPLE = DAY;
const COVER = 400 * DAY;
/** Beyond this from the covered range, a lookup starts a new table rather than extend it. */
const FAR = 4 * COVER;
/**
 * Zones ICU still calls by the name CLDR froze before IANA renamed them, mapped to the IANA name
 * (the one in IANA's zone.tab). ICU canonicalises every spelling of these zones to the old name
 * (`Europe/Kyiv` resolves to `Europe/Kiev`), while IANA's own name is the new one; the
 * canonical-tz proposal for ECMAScript (tc39/proposal-canonical-tz) describes the same gap. Found
 * by resolving each zone.tab name through Node 24's ICU (tz 2026c): exactly these 19 differ.
 */
const RENAMED = {
    'Africa/Asmera': 'Africa/Asmara',
    'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
    'America/Catamarca': 'America/Argentina/Catamarca',
    'America/Coral_Harbour': 'America/Atikokan',
    'America/Cordoba': 'America/Argentina/Cordoba',
    'America/Godthab': 'America/Nuuk',
    'America/Indianapolis': 'America/Indiana/Indianapolis',
    'America/Jujuy': 'America/Argentina/Jujuy',
    'America/Louisville': 'America/Kentucky/Louisville',
    'America/Mendoza': 'America/Argentina/Mendoza',
    'Asia/Calcutta': 'Asia/Kolkata',
    'Asia/Katmandu': 'Asia/Kathmandu',
    'Asia/Rangoon': 'Asia/Yangon',
    'Asia/Saigon': 'Asia/Ho_Chi_Minh',
    'Atlantic/Faeroe': 'Atlantic/Faroe',
    'Europe/Kiev': 'Europe/Kyiv',
    'Pacific/Enderbury': 'Pacific/Kanton',
    'Pacific/Ponape': 'Pacific/Pohnpei',
    'Pacific/Truk': 'Pacific/Chuuk',
};
const canonical = new Map();
/**
 * The canonical IANA name of a zone, or null when ICU does not know it. Any spelling ICU accepts
 * names the same zone: case is ignored (ECMA-402 matches zone names ASCII-case-insensitively) and
 * links resolve to their zone (`US/Pacific` is `America/Los_Angeles`, `Europe/Kiev` is
 * `Europe/Kyiv`); `UTC`, `Etc/UTC` and `GMT` are `UTC`, as ECMA-402 has it.
 */
function canonicalTimeZone(name) {
    let c = canonical.get(name);
    if (c === undefined) {
        try {
            const icu = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
            c = RENAMED[icu] ?? icu;
        }
        catch {
            c = null;
        }
        canonical.set(name, c);
    }
    return c;
}
function isValidTimeZone(name) {
    return canonicalTimeZone(name) !== null;
}
const zones = new Map();
/**
 * One shared Zone per zone, whatever the spelling: its transition table is the expensive part, so
 * it is computed once. The policy schema has already canonicalised every name it passes here.
 */
function zone(name) {
    const id = canonicalTimeZone(name) ?? name;
    let z = zones.get(id);
    if (!z) {
        z = new Zone(id);
        zones.set(id, z);
    }
    return z;
}
class Zone {
    name;
    fmt = null;
    // transitions[i] is the first instant with offsets[i + 1]; offsets[0] applies before all of them.
    transitions = [];
    offsets = [];
    lo = 0;
    hi = 0;
    constructor(name) {
        this.name = name;
    }
    /** UTC offset in ms at an instant, straight from Intl: only the table's scans call this. */
    rawOffset(ms) {
        this.fmt ??= new Intl.DateTimeFormat('en-US', {
            timeZone: this.name,
            timeZoneName: 'longOffset',
        });
        const s = this.fmt.format(ms);
        const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
        if (!m)
            return 0; // "GMT" alone is +00:00
        const v = Number(m[2]) * HOUR + Number(m[3]) * MINUTE + Number(m[4] ?? 0) * 1000;
        return m[1] === '-' ? -v : v;
    }
    cover(ms) {
        if (this.hi > this.lo && ms >= this.lo && ms < this.hi)
            return;
        // Far from the table (a freeze "to: 9999-12-31" after a check at today): start a new table
        // there instead of scanning every year between, which took seconds per policy.
        if (this.hi === this.lo || ms >= this.hi + FAR || ms < this.lo - FAR) {
            const start = Math.floor(ms / DAY) * DAY - COVER / 2;
            this.offsets = [this.rawOffset(start)];
            this.transitions = [];
            this.lo = start;
            this.hi = start;
            this.scan(start, start + COVER, true);
            return;
        }
        while (ms >= this.hi)
            this.scan(this.hi, this.hi + COVER, true);
        while (ms < this.lo)
            this.scan(this.lo - COVER, this.lo, false);
    }
    /** Finds the transitions in [from, to) and appends or prepends them to the table. */
    scan(from, to, forward) {
        const found = [];
        const after = [];
        let prevT = from;
        let prevO = this.rawOffset(from);
        const first = prevO;
        for (let t = from + SAMPLE; t <= to; t += SAMPLE) {
            const o = this.rawOffset(t);
            if (o !== prevO) {
                let a = prevT / MINUTE;
                let b = t / MINUTE;
                while (b - a > 1) {
                    const mid = Math.floor((a + b) / 2);
                    if (this.rawOffset(mid * MINUTE) === prevO)
                        a = mid;
                    else
                        b = mid;
                }
                found.push(b * MINUTE);
                after.push(o);
                prevO = o;
            }
            prevT = t;
        }
        if (forward) {
            this.transitions.push(...found);
            this.offsets.push(...after);
            this.hi = to;
        }
        else {
            this.transitions.unshift(...found);
            this.offsets.splice(0, 1, first, ...after);
            this.lo = from;
        }
    }
    /** The number of transitions at or before ms. */
    index(ms) {
        this.cover(ms);
        return countAtOrBefore(this.transitions, ms);
    }
    offsetAt(ms) {
        const i = this.index(ms); // first: it may replace the tables
        return this.offsets[i];
    }
    /** The first transition strictly after `ms`, or +Infinity if none within the covered year. */
    nextTransition(ms) {
        this.cover(ms + COVER / 2);
        const i = this.index(ms);
        return this.transitions[i] ?? Number.POSITIVE_INFINITY;
    }
    local(ms) {
        return localOf(ms + this.offsetAt(ms));
    }
    /**
     * Instants whose local wall clock reads `wall` (local ms since the epoch): none in a
     * spring-forward gap, two in a fall-back overlap, otherwise one. Sorted ascending.
     */
    instantsOf(wall) {
        const out = [];
        for (const o of new Set([this.offsetAt(wall - DAY), this.offsetAt(wall + DAY)])) {
            const c = wall - o;
            if (this.offsetAt(c) === o)
                out.push(c);
        }
        return out.sort((x, y) => x - y);
    }
    /** The first instant whose wall clock reads `wall` or later (a gap resolves to its end). */
    firstAtOrAfter(wall) {
        const hits = this.instantsOf(wall);
        if (hits.length > 0)
            return hits[0];
        return this.nextTransition(wall - this.offsetAt(wall + DAY));
    }
    /**
     * The next instant after `t` at which the wall clock reads one of `minutes` (minutes of the
     * day, sorted) or the offset changes. Within one offset segment wall time is t + offset, so
     * each candidate is a subtraction; the transition itself bounds the segment.
     */
    nextWallBoundary(t, minutes) {
        const o = this.offsetAt(t);
        const end = this.nextTransition(t);
        const day = Math.floor((t + o) / DAY);
        for (let d = day; d <= day + 1; d++) {
            for (const m of minutes) {
                const c = d * DAY + m * MINUTE - o;
                if (c > t)
                    return Math.min(c, end);
            }
        }
        return end;
    }
}
/** How many of `sorted` (ascending) are at or before x: a binary search. */
function countAtOrBefore(sorted, x) {
    let a = 0;
    let b = sorted.length;
    while (a < b) {
        const mid = (a + b) >> 1;
        if (sorted[mid] <= x)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}
function localOf(wall) {
    const day = Math.floor(wall / DAY);
    const minute = Math.floor((wall - day * DAY) / MINUTE);
    // Days to a civil date with integer arithmetic (H. Hinnant's algorithm): this runs for every
    // boundary a search visits, and a Date per call showed in the start-up profile.
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const month = mp < 10 ? mp + 3 : mp - 9;
    return {
        day,
        minute,
        weekday: (((day + 4) % 7) + 7) % 7,
        year: yoe + era * 400 + (month <= 2 ? 1 : 0),
        month,
        date: doy - Math.floor((153 * mp + 2) / 5) + 1,
        hour: Math.floor(minute / 60),
        minuteOfHour: minute % 60,
    };
}
/** Local day number of a calendar date. */
function dayOf(year, month, date) {
    return Math.floor(Date.UTC(year, month - 1, date) / DAY);
}


/***/ })

};
