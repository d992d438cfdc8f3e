export const id = 247;
export const ids = [247];
export const modules = {

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VY: () => (/* binding */ secretsIn),
/* harmony export */   cA: () => (/* binding */ redactHeaders),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   yx: () => (/* binding */ isSensitiveHeader)
/* harmony export */ });
/* unused harmony exports MASK, redactUrl, isSecretName, secretsInEnv */
// Secrets never reach logs, summaries, reports or issues. URLs lose their userinfo and query
// values, sensitive headers their values, and any known secret is scrubbed from free text
// (a probe's response body may echo the token it was sent).
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$|token|secret|key|password|session/i;
const MASK = '***';
function isSensitiveHeader(name) {
    return SENSITIVE_HEADER.test(name);
}
function redactUrl(input) {
    let u;
    try {
        u = new URL(String(input));
    }
    catch {
        return MASK;
    }
    if (u.username)
        u.username = MASK;
    if (u.password)
        u.password = MASK;
    const keys = [...u.searchParams.keys()];
    if (keys.length > 0)
        u.search = keys.map((k) => `${encodeURIComponent(k)}=${MASK}`).join('&');
    return u.toString().replace(/%2A%2A%2A/g, MASK);
}
function redactHeaders(h) {
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, isSensitiveHeader(k) ? MASK : v]));
}
/** The secret values in a URL and headers, for masking and for scrubbing free text. */
function secretsIn(url, headers = {}) {
    const out = [];
    try {
        const u = new URL(String(url));
        for (const v of [u.username, u.password])
            if (v)
                out.push(v, decodeURIComponent(v));
        // The probe sends userinfo as a Basic header, and a service may echo that back.
        if (u.username || u.password)
            out.push(Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64'));
        // Short query values ("page=1") are redacted in URLs but too common to scrub from text.
        for (const v of u.searchParams.values())
            if (v.length >= 8)
                out.push(v, encodeURIComponent(v));
    }
    catch {
        // an invalid URL holds no secret we can name
    }
    for (const [k, v] of Object.entries(headers)) {
        if (!isSensitiveHeader(k) || !v)
            continue;
        out.push(v);
        // "Bearer X", "sid=X; theme=Y": the parts may be echoed on their own.
        const last = v.split(/\s+/).pop();
        if (last && last !== v && last.length >= 4)
            out.push(last);
        for (const part of v.split(/[\s;,=]+/))
            if (part.length >= 8)
                out.push(part);
    }
    return [...new Set(out.filter((s) => s.length >= 4))];
}
// Names that hold credentials by convention (DEPLOY_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD,
// INPUT_GITHUB-TOKEN...). The runner masks `secrets.*` in its log, but not in what deploy-guard
// writes to the summary, the report or an issue, and a deploy tool may print what it was given.
// Whole words only: GIT_AUTHOR_NAME is not an auth value, and scrubbing it would blank commit
// authors out of the incident issue.
const SECRET_WORD = /^(token|secret|password|passwd|pwd|credentials?|auth|session|cookie|apikey)$|(token|secret|password)$/;
const SECRET_PAIR = /(^|[^a-z0-9])(api|private|access|secret)[^a-z0-9]?key([^a-z0-9]|$)/;
function isSecretName(name) {
    const n = name.toLowerCase();
    return SECRET_PAIR.test(n) || n.split(/[^a-z0-9]+/).some((w) => SECRET_WORD.test(w));
}
/** Values of the environment variables whose names say they are secrets (8 characters or more). */
function secretsInEnv(env) {
    return Object.entries(env)
        .filter(([k, v]) => isSecretName(k) && v !== undefined && v.trim().length >= 8)
        .map(([, v]) => v.trim());
}
class Redactor {
    secrets;
    constructor(secrets) {
        this.secrets = [...new Set(secrets)]
            .filter((s) => s.length >= 4)
            .sort((a, b) => b.length - a.length);
    }
    /** Scrubs every known secret from text. */
    text(s) {
        let out = s;
        for (const secret of this.secrets)
            if (out.includes(secret))
                out = out.split(secret).join(MASK);
        return out;
    }
    url(u) {
        return this.text(redactUrl(u));
    }
    /** Deep-scrubs every string in a JSON-like value. */
    deep(value) {
        if (typeof value === 'string')
            return this.text(value);
        if (Array.isArray(value))
            return value.map((v) => this.deep(v));
        if (value && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)]));
        return value;
    }
}


/***/ }),

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yI: () => (/* binding */ buildVerifyReport),
  z3: () => (/* binding */ roundLine),
  verdictSentence: () => (/* binding */ verdictSentence)
});

// UNUSED EXPORTS: percentile, probeStats, renderVerifySummary

// EXTERNAL MODULE: ./src/report/time.ts
var time = __webpack_require__(5813);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Neutralising text from users, commits and services before it lands in markdown that people
// read (job summaries, issues): no pings, no raw HTML, no broken tables or code spans.
const ZWSP = '\u200b';
/** Text safe inside a markdown paragraph or table cell. */
function markdown_md(text) {
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
function markdown_code(text) {
    const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\u2758');
    // "``" is not an empty span but an opener that pairs with the next "``" on the line.
    if (flat === '')
        return '` `';
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function markdown_table(head, rows) {
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
function markdown_link(label, url) {
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

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/verify/verdict.ts
var verdict = __webpack_require__(3156);
;// CONCATENATED MODULE: ./src/verify/report.ts
// The verification as people read it: one log line a round, per-probe detail, the job summary
// with the verdict first, a table per probe and charts; and the redacted JSON report.




function percentile(xs, p) {
    if (xs.length === 0)
        return 0;
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const ms = (x) => `${Math.round(x)} ms`;
function roundLine(r, c) {
    const passing = r.results.filter((x) => x.ok).length;
    const planned = (0,verdict/* plannedRounds */.O4)(c);
    const of = r.number <= planned ? `${r.number}/${planned}` : `${r.number} (past the soak)`;
    const failed = r.results.filter((x) => !x.ok).map((x) => `${x.probe}: ${x.error}`);
    return `round ${of}  ${passing}/${r.results.length} passing  p95 ${ms(percentile(r.results.map((x) => x.latencyMs), 95))}${failed.length ? `  failed: ${failed.join(', ')}` : ''}`;
}
/** The report with every secret removed: URLs, sensitive headers, and known values in bodies. */
function buildVerifyReport(v, probes, c, meta, redactor) {
    return redactor.deep({
        command: 'verify',
        target: meta.target,
        environment: meta.environment,
        startedAt: (0,time/* iso */.K)(v.startedAt),
        endedAt: (0,time/* iso */.K)(v.endedAt),
        config: c,
        probes: probes.map((p) => ({
            name: p.name,
            method: p.method,
            url: redactor.url(p.url),
            headers: (0,redact/* redactHeaders */.cA)(p.headers),
            critical: p.critical,
        })),
        verdict: v.verdict,
        rounds: v.rounds.map((r) => ({
            number: r.number,
            startedAt: (0,time/* iso */.K)(r.startedAt),
            passed: r.passed,
            results: r.results.map((x) => ({
                ...x,
                ...(x.redirects ? { redirects: x.redirects.map((u) => redactor.url(u)) } : {}),
            })),
        })),
    });
}
function probeStats(report) {
    return report.probes.map((p) => {
        const results = report.rounds.flatMap((r) => r.results.filter((x) => x.probe === p.name));
        const lat = results.map((x) => x.latencyMs);
        return {
            name: p.name,
            passed: results.filter((x) => x.ok).length,
            failed: results.filter((x) => !x.ok).length,
            p50: percentile(lat, 50),
            p95: percentile(lat, 95),
            last: [...results].reverse().find((x) => !x.ok),
        };
    });
}
function verdictSentence(r) {
    const v = r.verdict;
    const what = `${markdown_md(r.target)} on ${markdown_md(r.environment)}`;
    if (v.healthy)
        return `${what} is healthy: ${v.reason}`;
    if (v.outcome === 'cancelled')
        return `Verification of ${what} was cancelled: ${v.reason}`;
    return `${what} is unhealthy (${v.severity}): ${v.reason}`;
}
function charts(r) {
    if (r.rounds.length === 0)
        return [];
    const x = r.rounds.map((round) => round.number).join(', ');
    const p95 = r.rounds.map((round) => Math.round(percentile(round.results.map((res) => res.latencyMs), 95)));
    const failed = r.rounds.map((round) => round.results.filter((res) => !res.ok).length);
    const top = Math.max(10, ...p95);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "p95 latency per round (ms)"',
        `  x-axis "round" [${x}]`,
        `  y-axis "ms" 0 --> ${Math.ceil(top * 1.1)}`,
        `  line [${p95.join(', ')}]`,
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "failed probes per round"',
        `  x-axis "round" [${x}]`,
        `  y-axis "failed" 0 --> ${Math.max(1, r.probes.length)}`,
        `  bar [${failed.join(', ')}]`,
        '```',
    ];
}
function renderVerifySummary(r) {
    const icon = r.verdict.healthy ? '🟢' : r.verdict.outcome === 'cancelled' ? '⚪' : '🔴';
    const strip = r.rounds.map((round) => (round.passed ? '✅' : '❌')).join('');
    const rows = probeStats(r).map((s) => [
        md(s.name),
        String(s.passed),
        String(s.failed),
        ms(s.p50),
        ms(s.p95),
        s.last
            ? `${code(s.last.error ?? '')} ${md(s.last.message ?? '')}${s.last.evidence ? `<br>${code(s.last.evidence.slice(0, 200))}` : ''}`
            : '',
    ]);
    return [
        `### ${icon} ${verdictSentence(r)}`,
        '',
        `Rounds: ${strip || '(none)'} · interval ${r.config.intervalMs} ms · soak ${r.config.durationMs} ms · thresholds ${r.config.failureThreshold} failed / ${r.config.successThreshold} passed`,
        '',
        table(['Probe', 'Passed', 'Failed', 'p50', 'p95', 'Last error'], rows),
        '',
        ...charts(r),
        '',
    ].join('\n');
}


/***/ }),

/***/ 3156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ cancelledVerdict),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   O4: () => (/* binding */ plannedRounds)
/* harmony export */ });
/* unused harmony export capMs */
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// The health verdict from probe rounds: the analysis model of Argo Rollouts and Flagger.
// Pure: rounds in, a verdict (or "keep probing") out.
//
// - Unhealthy as soon as `failureThreshold` consecutive rounds fail, without waiting out the soak.
// - Healthy only once `duration` has passed since the first round and the last
//   `successThreshold` rounds passed.
// - Otherwise keep probing up to `duration + failureThreshold x interval`, then unhealthy:
//   "flapping" when rounds kept switching between passing and failing.

function capMs(c) {
    return c.durationMs + c.failureThreshold * c.intervalMs;
}
/** Rounds planned for the soak (the first at 0, the last at or after `duration`). */
function plannedRounds(c) {
    return Math.max(Math.ceil(c.durationMs / c.intervalMs) + 1, c.successThreshold);
}
function trailing(rounds, passed) {
    let n = 0;
    for (let i = rounds.length - 1; i >= 0 && rounds[i].passed === passed; i--)
        n++;
    return n;
}
function switches(rounds) {
    let n = 0;
    for (let i = 1; i < rounds.length; i++)
        if (rounds[i].passed !== rounds[i - 1].passed)
            n++;
    return n;
}
const secs = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`);
function severityOf(deciding, critical) {
    const criticalFailed = deciding.some((r) => r.results.some((x) => !x.ok && critical.has(x.probe)));
    const allFailedEveryRound = deciding.length > 0 && deciding.every((r) => r.results.every((x) => !x.ok));
    return criticalFailed || allFailedEveryRound ? 'P1' : 'P2';
}
function failingProbes(deciding) {
    const names = new Set();
    for (const r of deciding)
        for (const x of r.results)
            if (!x.ok)
                names.add(x.probe);
    return [...names];
}
function describeFailures(deciding) {
    const last = new Map();
    for (const r of deciding)
        for (const x of r.results)
            if (!x.ok)
                last.set(x.probe, x);
    return [...last.values()].map((x) => `${x.probe} (${x.error}: ${x.message ?? ''})`).join(', ');
}
/**
 * Decides after the latest round, or returns null to keep probing.
 * `critical` names the probes whose failure alone makes it P1.
 */
function decide(c, rounds, critical) {
    const last = rounds[rounds.length - 1];
    if (!last)
        return null;
    const elapsed = last.startedAt - rounds[0].startedAt;
    const failed = rounds.filter((r) => !r.passed).length;
    const numbers = (rs) => rs.map((r) => r.number);
    const fails = trailing(rounds, false);
    if (fails >= c.failureThreshold) {
        const deciding = rounds.slice(-c.failureThreshold);
        const span = deciding.length > 1 ? `rounds ${deciding[0].number}-${last.number}` : `round ${last.number}`;
        return {
            healthy: false,
            outcome: 'failing',
            severity: severityOf(deciding, critical),
            reason: `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.failureThreshold, 'consecutive round', 'consecutive rounds')} failed (${span}): ${describeFailures(deciding)}.`,
            deciding: numbers(deciding),
            failing: failingProbes(deciding),
        };
    }
    const passes = trailing(rounds, true);
    if (elapsed >= c.durationMs && passes >= c.successThreshold) {
        const probes = last.results.length;
        return {
            healthy: true,
            outcome: 'healthy',
            severity: null,
            reason: `${probes}/${probes} probes passed the last ${c.successThreshold} rounds after ${secs(elapsed)} of observation (${rounds.length} rounds, ${failed} failed).`,
            deciding: numbers(rounds.slice(-c.successThreshold)),
            failing: [],
        };
    }
    if (elapsed >= capMs(c)) {
        const window = rounds.slice(-(c.failureThreshold + c.successThreshold));
        const deciding = window.filter((r) => !r.passed);
        const flapping = switches(rounds) >= 3 && failed >= 2;
        return {
            healthy: false,
            outcome: flapping ? 'flapping' : 'unstable',
            severity: severityOf(deciding, critical),
            reason: flapping
                ? `flapping: rounds switched between passing and failing ${switches(rounds)} times (${failed} of ${rounds.length} failed) and never held ${c.successThreshold} consecutive passes within ${secs(capMs(c))}: ${describeFailures(deciding)}.`
                : `no ${c.successThreshold} consecutive passing rounds within ${secs(capMs(c))} (${failed} of ${rounds.length} failed): ${describeFailures(deciding)}.`,
            deciding: numbers(deciding),
            failing: failingProbes(deciding),
        };
    }
    return null;
}
function cancelledVerdict(rounds) {
    return {
        healthy: false,
        outcome: 'cancelled',
        severity: null,
        reason: `verification was cancelled after ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(rounds.length, 'round')}; no verdict.`,
        deciding: [],
        failing: [],
    };
}


/***/ })

};
