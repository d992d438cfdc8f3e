export const id = 835;
export const ids = [835,285,211];
export const modules = {

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseYamlInput),
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
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(root, `is not valid YAML${where}: ${err.message.split('\n')[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
        throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz.at(root, 'is empty');
    return value;
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
        .replace(/#(?=\d)/g, `#${ZWSP}`);
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

/***/ 4053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $1: () => (/* binding */ decideWindow),
  KH: () => (/* binding */ iso),
  Gf: () => (/* binding */ longTime)
});

// UNUSED EXPORTS: shortTime

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/window/zone.ts + 1 modules
var zone = __webpack_require__(6213);
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



function iso(ms) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}
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
        at: iso(at),
        timezone: z.name,
        allowed: open || override !== null,
        open,
        overridden: override !== null,
        override: override
            ? { reason: override.reason.trim(), actor: override.actor, bypassed: rule ?? '' }
            : null,
        rule: open ? null : rule,
        reason,
        nextWindow: next === null ? null : iso(next),
        closesAt: closes === null ? null : iso(closes),
        denying,
        lock: req.lock,
        grid: scope && req.grid !== false ? hourGrid(scope, at) : [],
    };
}


/***/ }),

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d_: () => (/* binding */ zone_DAY),
  dp: () => (/* binding */ zone_HOUR),
  pY: () => (/* binding */ MINUTE),
  kb: () => (/* binding */ dayOf),
  Aq: () => (/* binding */ isValidTimeZone),
  Fc: () => (/* binding */ localOf),
  rg: () => (/* binding */ zone)
});

// UNUSED EXPORTS: Zone

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/window/tzif.ts
// UTC offsets from the system's compiled time-zone files (TZif, RFC 8536), when it has them.
//
// The first Intl.DateTimeFormat of a process loads ICU's time-zone data, which cost ~10 ms of
// every `window` step; reading /usr/share/zoneinfo/<zone> is a fraction of a millisecond. Both are
// the IANA database. Where a zone file is missing or unreadable, zone.ts falls back to Intl.


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ROOTS = [
    process.env.TZDIR,
    '/usr/share/zoneinfo',
    '/usr/lib/zoneinfo',
    '/usr/share/lib/zoneinfo',
];
/** Reads a zone's TZif file; null when there is none or it cannot be read. */
function loadTzif(name) {
    if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(name))
        return null;
    for (const root of ROOTS) {
        if (!root)
            continue;
        try {
            return parseTzif((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, name)));
        }
        catch {
            // next root
        }
    }
    return null;
}
function parseTzif(buf) {
    if (buf.toString('latin1', 0, 4) !== 'TZif')
        return null;
    const version = buf[4];
    const counts = (at) => [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32BE(at + 20 + i * 4));
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
    let at = 44;
    let wide = false;
    if (version !== 0 && version !== undefined && version >= 0x32) {
        // Skip the 32-bit block; the 64-bit one after it has the whole range.
        at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
        [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
        at += 44;
        wide = true;
    }
    const times = [];
    for (let i = 0; i < timecnt; i++)
        times.push((wide ? Number(buf.readBigInt64BE(at + i * 8)) : buf.readInt32BE(at + i * 4)) * 1000);
    at += timecnt * (wide ? 8 : 4);
    const index = [...buf.subarray(at, at + timecnt)];
    at += timecnt;
    const types = [];
    for (let i = 0; i < typecnt; i++)
        types.push(buf.readInt32BE(at + i * 6) * 1000);
    at += typecnt * 6 + charcnt + leap * (wide ? 12 : 8) + isstd + isut;
    let rule = null;
    if (wide) {
        const footer = buf.toString('latin1', at).split('\n')[1] ?? '';
        if (footer !== '') {
            rule = parsePosix(footer);
            if (!rule)
                return null; // a rule we cannot read: let Intl answer instead
        }
    }
    if (types.length === 0)
        return null;
    return { times, offsets: index.map((i) => types[i]), initial: types[0], rule };
}
/** "CET-1CEST,M3.5.0,M10.5.0/3", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0". */
function parsePosix(s) {
    const re = /^(?:<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,3}(?::\d{2}){0,2})(?:(?:<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,3}(?::\d{2}){0,2})?(?:,([^,]+),([^,]+))?)?$/;
    const m = re.exec(s);
    if (!m)
        return null;
    const hasDst = /^(?:<[^>]+>|[A-Za-z]{3,})[+-]?\d{1,3}(?::\d{2}){0,2}(?:<[^>]+>|[A-Za-z]{3,})/.test(s);
    // POSIX offsets are west-positive: "CET-1" is UTC+1.
    const std = -clock(m[1]) * 1000;
    if (!hasDst)
        return { std, dst: null };
    const dst = m[2] !== undefined ? -clock(m[2]) * 1000 : std + HOUR;
    if (!m[3] || !m[4])
        return null;
    const start = ruleDate(m[3]);
    const end = ruleDate(m[4]);
    if (!start || !end)
        return null;
    return { std, dst, start, end };
}
function clock(t) {
    const neg = t.startsWith('-');
    const [h = 0, mi = 0, se = 0] = t.replace(/^[+-]/, '').split(':').map(Number);
    const v = h * 3600 + mi * 60 + se;
    return neg ? -v : v;
}
function ruleDate(s) {
    const [date, time] = s.split('/');
    const t = time === undefined ? 7200 : clock(time);
    let m;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)$/.exec(date ?? '')))
        return { kind: 'M', month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: t };
    if ((m = /^J(\d{1,3})$/.exec(date ?? '')))
        return { kind: 'J', month: 0, week: 0, day: Number(m[1]), time: t };
    if ((m = /^(\d{1,3})$/.exec(date ?? '')))
        return { kind: 'n', month: 0, week: 0, day: Number(m[1]), time: t };
    return null;
}
/** Local midnight-relative instant of a rule date in a year, as UTC ms given the offset in force. */
function ruleInstant(r, year, offset) {
    let day;
    if (r.kind === 'M') {
        const first = Date.UTC(year, r.month - 1, 1) / DAY;
        const firstDow = (((first + 4) % 7) + 7) % 7;
        day = first + ((r.day - firstDow + 7) % 7) + (r.week - 1) * 7;
        if (r.week === 5) {
            const next = Date.UTC(year, r.month, 1) / DAY;
            while (day >= next)
                day -= 7;
        }
    }
    else if (r.kind === 'J') {
        // Julian 1-365, February 29 never counted
        const jan1 = Date.UTC(year, 0, 1) / DAY;
        const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
        day = jan1 + r.day - 1 + (leap && r.day >= 60 ? 1 : 0);
    }
    else
        day = Date.UTC(year, 0, 1) / DAY + r.day;
    return day * DAY + r.time * 1000 - offset;
}
/** Offset at an instant under a footer rule. */
function ruleOffset(r, ms) {
    if (r.dst === null || !r.start || !r.end)
        return r.std;
    const year = new Date(ms + r.std).getUTCFullYear();
    const start = ruleInstant(r.start, year, r.std);
    const end = ruleInstant(r.end, year, r.dst);
    // Southern zones start DST late in the year and end it early in the next.
    const inDst = start < end ? ms >= start && ms < end : ms >= start || ms < end;
    return inDst ? r.dst : r.std;
}
/** How many of the ascending `sorted` are at or before x. */
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
function tzifOffset(z, ms) {
    const t = z.times;
    if (t.length === 0 || ms < t[0])
        return t.length === 0 && z.rule ? ruleOffset(z.rule, ms) : z.initial;
    const a = countAtOrBefore(t, ms);
    if (a === t.length && z.rule)
        return ruleOffset(z.rule, ms);
    return z.offsets[a - 1];
}

;// CONCATENATED MODULE: ./src/window/zone.ts
// Wall-clock arithmetic in an IANA zone without a date library.
//
// Offsets come from the system's zone files (tzif.ts) or, failing that, from Intl; the zone's
// transitions (DST and rule changes) are found once
// per covered year by sampling daily and bisecting to the minute, so every later conversion is
// arithmetic plus a binary search. That keeps a year-long `next-window` search in the low
// milliseconds while staying exact across DST, 30-minute DST (Lord Howe) and odd offsets (Chatham).

const MINUTE = 60_000;
const zone_HOUR = 60 * MINUTE;
const zone_DAY = 24 * zone_HOUR;
const SAMPLE = zone_DAY;
const COVER = 400 * zone_DAY;
const files = new Map();
/** The zone's TZif data, read once per process; null when the system has no usable file. */
function tzif(name) {
    if (!files.has(name))
        files.set(name, loadTzif(name));
    return files.get(name) ?? null;
}
function isValidTimeZone(name) {
    if (tzif(name))
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
const zones = new Map();
/** One shared Zone per name: its transition table is the expensive part, so it is computed once. */
function zone(name) {
    let z = zones.get(name);
    if (!z) {
        z = new Zone(name);
        zones.set(name, z);
    }
    return z;
}
class Zone {
    name;
    fmt = null;
    file;
    // transitions[i] is the first instant with offsets[i + 1]; offsets[0] applies before all of them.
    transitions = [];
    offsets = [];
    lo = 0;
    hi = 0;
    constructor(name) {
        this.name = name;
        this.file = tzif(name);
    }
    /** UTC offset in ms at an instant, from the zone file, else straight from Intl. */
    rawOffset(ms) {
        if (this.file)
            return tzifOffset(this.file, ms);
        this.fmt ??= new Intl.DateTimeFormat('en-US', {
            timeZone: this.name,
            timeZoneName: 'longOffset',
        });
        const s = this.fmt.format(ms);
        const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
        if (!m)
            return 0; // "GMT" alone is +00:00
        const v = Number(m[2]) * zone_HOUR + Number(m[3]) * MINUTE + Number(m[4] ?? 0) * 1000;
        return m[1] === '-' ? -v : v;
    }
    cover(ms) {
        if (this.hi > this.lo && ms >= this.lo && ms < this.hi)
            return;
        if (this.hi === this.lo) {
            const start = Math.floor(ms / zone_DAY) * zone_DAY - COVER / 2;
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
        for (const o of new Set([this.offsetAt(wall - zone_DAY), this.offsetAt(wall + zone_DAY)])) {
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
        return this.nextTransition(wall - this.offsetAt(wall + zone_DAY));
    }
    /**
     * The next instant after `t` at which the wall clock reads one of `minutes` (minutes of the
     * day, sorted) or the offset changes. Within one offset segment wall time is t + offset, so
     * each candidate is a subtraction; the transition itself bounds the segment.
     */
    nextWallBoundary(t, minutes) {
        const o = this.offsetAt(t);
        const end = this.nextTransition(t);
        const day = Math.floor((t + o) / zone_DAY);
        for (let d = day; d <= day + 1; d++) {
            for (const m of minutes) {
                const c = d * zone_DAY + m * MINUTE - o;
                if (c > t)
                    return Math.min(c, end);
            }
        }
        return end;
    }
}
function localOf(wall) {
    const day = Math.floor(wall / zone_DAY);
    const minute = Math.floor((wall - day * zone_DAY) / MINUTE);
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
    return Math.floor(Date.UTC(year, month - 1, date) / zone_DAY);
}


/***/ })

};
