export const id = 282;
export const ids = [282,247,56];
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

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadProbes: () => (/* binding */ loadProbes)
});

// UNUSED EXPORTS: parseJsonPath, parseStatus, probesSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(81);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
;// CONCATENATED MODULE: ./src/config/expand.ts
// A probes file is read as it is: the runner fills in `${{ ... }}` only in the workflow itself.
// So that a file can still carry a token, `${{ env.NAME }}` in any of its strings is filled
// from the step's environment (`env: { NAME: ${{ secrets.NAME }} }`), after parsing, so a value
// can never change the document's structure.

const EXPR = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const ENV = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
function expandEnv(value, root, env) {
    const problems = [];
    const walk = (v, path) => {
        if (typeof v === 'string') {
            if (!v.includes('${{'))
                return v;
            return v.replace(EXPR, (whole, expr) => {
                const m = ENV.exec(expr);
                const at = (0,errors/* joinPath */.uJ)(root, path);
                if (!m) {
                    problems.push({
                        path: at,
                        message: `${whole} is not filled in from a file: pass the value in the step's env (env: { NAME: \${{ ${expr} }} }) and write \${{ env.NAME }}`,
                    });
                    return whole;
                }
                const got = env[m[1]];
                if (got === undefined || got === '') {
                    problems.push({ path: at, message: `${whole}: ${m[1]} is not set in the step's env` });
                    return whole;
                }
                return got;
            });
        }
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, [...path, i]));
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
        return v;
    };
    const out = walk(value, []);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return out;
}

// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/verify/probe-schema.ts
// The probes YAML as zod schemas: the single source of the probe types and their errors.
// Everything that can be checked before a request is sent is checked here: URLs, regexes,
// JSON paths, status specs and durations.





/** `$.a.b`, `$.a[0].b`, `$["odd key"]` to steps; an error sentence when it cannot be read. */
function parseJsonPath(path) {
    if (!path.startsWith('$'))
        return `JSON path "${path}" must start with "$"`;
    const steps = [];
    const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
    re.lastIndex = 1;
    while (re.lastIndex < path.length) {
        const at = re.lastIndex;
        const m = re.exec(path);
        if (!m || m.index !== at)
            return `JSON path "${path}" cannot be read at "${path.slice(at)}": use $.a.b, $.a[0].b or $["key"]`;
        if (m[3] !== undefined) {
            // A quoted key is a JSON string: "\x" or a raw tab in it is not, and says so here.
            try {
                steps.push(JSON.parse(`"${m[3]}"`));
            }
            catch {
                return `JSON path "${path}" has a key that is not a JSON string at "${path.slice(at)}"`;
            }
        }
        else
            steps.push(m[1] ?? Number(m[2]));
    }
    return steps;
}
function statusRange(lo, hi, text) {
    return { text, test: (s) => s >= lo && s <= hi };
}
/** 200, [200, 204], "200-299", "2xx". */
function parseStatus(v) {
    const one = (x) => {
        const s = String(x).trim();
        let m;
        if ((m = /^([1-5])xx$/i.exec(s)))
            return statusRange(Number(m[1]) * 100, Number(m[1]) * 100 + 99, s);
        if ((m = /^(\d{3})\s*-\s*(\d{3})$/.exec(s))) {
            const [lo, hi] = [Number(m[1]), Number(m[2])];
            if (lo < 100 || hi > 599 || hi < lo)
                return `status range "${s}" must run from 100 to 599, low to high`;
            return statusRange(lo, hi, `${lo}-${hi}`);
        }
        if (/^\d{3}$/.test(s) && Number(s) >= 100 && Number(s) <= 599)
            return statusRange(Number(s), Number(s), s);
        return `expected a status (200), a list ([200, 204]) or a range ("200-299"), got ${JSON.stringify(x)}`;
    };
    const items = Array.isArray(v) ? v : [v];
    if (items.length === 0)
        return 'expected at least one status';
    const specs = [];
    for (const item of items) {
        const r = one(item);
        if (typeof r === 'string')
            return r;
        specs.push(r);
    }
    return { text: specs.map((s) => s.text).join(', '), test: (s) => specs.some((x) => x.test(s)) };
}
const DEFAULT_STATUS = parseStatus('200-399');
const regex = (0,fields/* fromText */.I)((s) => {
    try {
        return new RegExp(s);
    }
    catch (e) {
        return `not a valid regular expression: ${e.message}`;
    }
});
const jsonValue = schemas/* unknown */.L5J();
const expectSchema = schemas/* strictObject */.rej({
    status: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]))], {
        error: 'expected a status (200), a list ([200, 204]) or a range ("200-299")',
    })
        .transform((v, ctx) => {
        const r = parseStatus(v);
        if (typeof r === 'string') {
            ctx.addIssue({ code: 'custom', message: r });
            return core/* NEVER */.tm;
        }
        return r;
    })
        .optional(),
    'body-contains': schemas/* string */.YjP().min(1, 'must not be empty').optional(),
    'body-matches': regex.optional(),
    json: schemas/* record */.g1P(schemas/* string */.YjP(), jsonValue)
        .transform((rec, ctx) => {
        const out = [];
        for (const [path, value] of Object.entries(rec)) {
            const steps = parseJsonPath(path);
            if (typeof steps === 'string') {
                ctx.addIssue({ code: 'custom', path: [path], message: steps });
                continue;
            }
            out.push({ path, steps, value });
        }
        return out;
    })
        .optional(),
    header: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String)).optional(),
    'max-latency': fields/* durationField */.T.optional(),
});
// What undici accepts in a request (it refuses anything else before sending, and the probe would
// fail every round): header names are HTTP tokens; values are tab, visible ASCII and Latin-1.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Headers the HTTP client writes itself (undici refuses most of them from callers). */
const CLIENT_HEADERS = new Set([
    'connection',
    'content-length',
    'expect',
    'keep-alive',
    'transfer-encoding',
    'upgrade',
]);
/** Request headers; values never appear in messages (they are often secrets). */
const requestHeaders = schemas/* record */.g1P(schemas/* string */.YjP(), 
// Around a value, whitespace is not part of it (RFC 9110): a YAML block scalar's newline goes.
schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).transform((v) => String(v).trim()))
    .superRefine((h, ctx) => {
    const seen = new Map();
    for (const [name, value] of Object.entries(h)) {
        const issue = (message) => ctx.addIssue({ code: 'custom', path: [name], message });
        const lower = name.toLowerCase();
        if (!TOKEN.test(name))
            issue("is not a header name: use letters, digits and !#$%&'*+-.^_`|~ only");
        else if (CLIENT_HEADERS.has(lower))
            issue('is set by the HTTP client: leave it out');
        else if (seen.has(lower))
            issue(`is also given as "${seen.get(lower)}" (names ignore case)`);
        if (!FIELD_VALUE.test(value))
            issue('the value has a line break, a control character or a character beyond Latin-1');
        seen.set(lower, name);
    }
});
const probeSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().trim().min(1, 'must not be empty').optional(),
    url: schemas/* string */.YjP({ error: 'required: the URL to probe' }).transform((s, ctx) => {
        let u;
        try {
            u = new URL(s.trim());
        }
        catch {
            ctx.addIssue({ code: 'custom', message: 'is not a valid URL' });
            return core/* NEVER */.tm;
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') {
            ctx.addIssue({
                code: 'custom',
                message: `must be http or https, got "${u.protocol.replace(':', '')}"`,
            });
            return core/* NEVER */.tm;
        }
        return u;
    }),
    method: schemas/* string */.YjP()
        .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST')
        .transform((s) => s.toUpperCase())
        .refine((s) => s !== 'CONNECT', 'CONNECT opens a tunnel, it cannot probe a service')
        .default('GET'),
    headers: requestHeaders.default({}),
    body: schemas/* string */.YjP().optional(),
    json: jsonValue.optional(),
    critical: schemas/* boolean */.zMY({ error: 'expected true or false' }).default(false),
    'cache-bust': schemas/* boolean */.zMY({ error: 'expected true or false' }).default(false),
    'follow-redirects': schemas/* number */.aig({ error: 'expected a whole number of redirects' })
        .int('expected a whole number of redirects')
        .min(0, 'must not be negative')
        .max(20, 'at most 20')
        .default(0),
    expect: expectSchema.default({}),
})
    .superRefine((p, ctx) => {
    if (p.body !== undefined && p.json !== undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['json'],
            message: 'use either "body" or "json", not both',
        });
});
const probesSchema = schemas/* array */.YOg(probeSchema, { error: 'expected a list of probes' })
    .min(1, 'expected at least one probe')
    .superRefine((list, ctx) => {
    const seen = new Map();
    list.forEach((p, i) => {
        const name = p.name ?? defaultName(p.url);
        const first = seen.get(name);
        if (first !== undefined)
            ctx.addIssue({
                code: 'custom',
                path: [i, 'name'],
                message: `"${name}" is also the name of probe [${first}]`,
            });
        else
            seen.set(name, i);
    });
});
function defaultName(u) {
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}
/** Parses and validates the probes input (YAML text). Throws InputError with field paths. */
/**
 * Probes from YAML text. `fromFile`: the environment that fills `${{ env.NAME }}` in a probes
 * file (the runner fills expressions only in the workflow itself).
 */
function loadProbes(text, root = 'probes', fromFile) {
    const parsedYaml = (0,yaml/* parseYamlInput */.P)(text, root);
    const raw = fromFile ? expandEnv(parsedYaml, root, fromFile) : parsedYaml;
    const parsed = probesSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
        throw (0,errors/* fromZod */.sq)(root, parsed.error);
    return parsed.data.map((p) => ({
        ...p,
        name: p.name ?? defaultName(p.url),
        expect: { ...p.expect, status: p.expect.status ?? DEFAULT_STATUS },
    }));
}


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysisConfig: () => (/* binding */ analysisConfig),
  prepareProbes: () => (/* binding */ prepareProbes),
  probeRelease: () => (/* binding */ probeRelease)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/verify/probe-schema.ts + 1 modules
var probe_schema = __webpack_require__(8056);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/verify/assertions.ts
// Checks one HTTP response against a probe's expectations. Pure: the HTTP adapter hands over
// what it saw, and every failure says what was expected and what was seen.
const snippet = (s, n = 80) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);
function lookup(value, steps) {
    let cur = value;
    for (const step of steps) {
        if (typeof step === 'number') {
            if (!Array.isArray(cur) || step >= cur.length)
                return { found: false };
            cur = cur[step];
        }
        else {
            if (cur === null ||
                typeof cur !== 'object' ||
                Array.isArray(cur) ||
                !Object.hasOwn(cur, step))
                return { found: false };
            cur = cur[step];
        }
    }
    return { found: true, value: cur };
}
/** JSON equality by value and type: 1 is not "1", and key order does not matter. */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => Object.hasOwn(b, k) &&
            sameJson(a[k], b[k])));
}
function header(h, name) {
    const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
    const v = key === undefined ? undefined : h[key];
    return Array.isArray(v) ? v.join(', ') : v;
}
/** The first failed expectation, or null when the response meets them all. */
function check(probe, seen) {
    const e = probe.expect;
    if (!e.status.test(seen.status))
        return { error: 'http-status', message: `expected status ${e.status.text}, got ${seen.status}` };
    if (e['body-contains'] !== undefined && !seen.body.includes(e['body-contains']))
        return {
            error: 'assertion',
            message: `expected the body to contain ${snippet(e['body-contains'])}, got ${snippet(seen.body)}`,
        };
    if (e['body-matches'] && !e['body-matches'].test(seen.body))
        return {
            error: 'assertion',
            message: `expected the body to match /${e['body-matches'].source}/, got ${snippet(seen.body)}`,
        };
    if (e.json && e.json.length > 0) {
        let doc;
        try {
            doc = JSON.parse(seen.body);
        }
        catch {
            return { error: 'assertion', message: `expected a JSON body, got ${snippet(seen.body)}` };
        }
        for (const { path, steps, value } of e.json) {
            const got = lookup(doc, steps);
            if (!got.found)
                return {
                    error: 'assertion',
                    message: `expected ${path} to be ${JSON.stringify(value)}, but it is missing`,
                };
            if (!sameJson(got.value, value))
                return {
                    error: 'assertion',
                    message: `expected ${path} to be ${JSON.stringify(value)}, got ${JSON.stringify(got.value)}`,
                };
        }
    }
    for (const [name, want] of Object.entries(e.header ?? {})) {
        const got = header(seen.headers, name);
        if (got === undefined || !got.toLowerCase().includes(want.toLowerCase()))
            return {
                error: 'assertion',
                message: `expected header ${name} to contain ${snippet(want)}, got ${got === undefined ? 'no such header' : snippet(got)}`,
            };
    }
    if (e['max-latency'] !== undefined && seen.latencyMs > e['max-latency'])
        return {
            error: 'assertion',
            message: `expected latency <= ${e['max-latency']} ms, got ${Math.round(seen.latencyMs)} ms`,
        };
    return null;
}

;// CONCATENATED MODULE: ./src/verify/probe.ts
// The HTTP adapter: one probe request, with a hard time bound, a bounded body, manual
// redirects that never carry credentials to another origin, and every failure classified.




const ERROR_CLASSES = (/* unused pure expression or super */ null && ([
    'dns',
    'connect-refused',
    'connect-timeout',
    'tls',
    'timeout',
    'reset',
    'http-status',
    'assertion',
    'body-too-large',
]));
const MAX_BODY = 1024 * 1024;
const EVIDENCE = 2048;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
function codeOf(e) {
    let cur = e;
    for (let depth = 0; cur && depth < 5; depth++) {
        if (cur.code && cur.code !== 'UND_ERR')
            return cur.code;
        cur = cur.cause;
    }
    return '';
}
function classify(e, timedOut) {
    const code = codeOf(e);
    const msg = String(e?.message ?? '');
    if (/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/.test(code))
        return 'dns';
    if (code === 'ECONNREFUSED')
        return 'connect-refused';
    if (code === 'UND_ERR_CONNECT_TIMEOUT')
        return 'connect-timeout';
    if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ERR_OSSL)/.test(code))
        return 'tls';
    if (timedOut ||
        /^(UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|UND_ERR_ABORTED|ABORT_ERR)$/.test(code))
        return 'timeout';
    if (/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/.test(code))
        return 'reset';
    if (/other side closed|socket hang up/i.test(msg))
        return 'reset';
    if (code === 'ETIMEDOUT')
        return 'connect-timeout';
    return 'reset';
}
function describe(cls, e, timeoutMs) {
    const code = codeOf(e);
    switch (cls) {
        case 'timeout':
            return `no complete response within ${timeoutMs} ms`;
        case 'connect-timeout':
            return `could not connect within ${timeoutMs} ms`;
        case 'connect-refused':
            return 'connection refused';
        case 'dns':
            return `the host name could not be resolved (${code})`;
        default:
            return `${e?.message ?? String(e)}${code ? ` (${code})` : ''}`;
    }
}
/**
 * Reads a body up to MAX_BODY. Events, not `for await`: the async iterator costs a promise per
 * chunk, which showed in the engine benchmark. Past the cap the stream is destroyed, so the rest
 * is never read.
 */
function readCapped(body) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        body.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY) {
                body.destroy();
                resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: true });
            }
            else
                chunks.push(chunk);
        });
        body.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: false }));
        body.on('error', reject);
        // Destroyed at the deadline: settle, so nothing waits on it.
        body.on('close', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: false }));
    });
}
/** Builds the first request of a probe: no-cache headers, cache-bust, URL credentials as Basic. */
function firstRequest(p) {
    const url = new URL(p.url);
    const headers = { 'cache-control': 'no-cache', pragma: 'no-cache' };
    for (const [k, v] of Object.entries(p.headers))
        headers[k.toLowerCase()] = v;
    if (url.username || url.password) {
        if (!headers.authorization) {
            const user = decodeURIComponent(url.username);
            const pass = decodeURIComponent(url.password);
            headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
        }
        url.username = '';
        url.password = '';
    }
    if (p['cache-bust'])
        url.searchParams.set('_deploy_guard', (0,external_node_crypto_.randomUUID)());
    let body;
    if (p.json !== undefined) {
        body = JSON.stringify(p.json);
        headers['content-type'] ??= 'application/json';
    }
    else if (p.body !== undefined)
        body = p.body;
    return { url, headers, body };
}
class ProbeClient {
    opts;
    agent;
    /** Connection attempts in flight: tells a connect timeout from a slow response. */
    connecting = new Set();
    constructor(opts) {
        this.opts = opts;
        const base = (0,undici/* buildConnector */.gU)({
            timeout: opts.timeoutMs,
            ...(opts.lookup ? { lookup: opts.lookup } : {}),
        });
        this.agent = new undici/* Agent */.g6({
            connections: opts.connections ?? 32,
            keepAliveTimeout: 30_000,
            headersTimeout: opts.timeoutMs,
            bodyTimeout: opts.timeoutMs,
            connect: (o, cb) => {
                const attempt = {
                    key: `${o.protocol}//${o.hostname}:${o.port || (o.protocol === 'https:' ? '443' : '80')}`,
                    at: performance.now(),
                };
                this.connecting.add(attempt);
                // An attempt whose socket is torn down by an abort may never call back: drop it anyway.
                setTimeout(() => this.connecting.delete(attempt), opts.timeoutMs * 2).unref();
                base(o, (...args) => {
                    this.connecting.delete(attempt);
                    cb(...args);
                });
            },
        });
    }
    /**
     * Whether a connection to url's origin has been pending for most of this request's budget:
     * begun after the request started, and in its first half (a socket torn down by another
     * probe's abort reconnects late and explains nothing).
     */
    connectingTo(url, since) {
        const key = `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
        const latest = since + this.opts.timeoutMs / 2;
        for (const a of this.connecting)
            if (a.key === key && a.at >= since && a.at <= latest)
                return true;
        return false;
    }
    async close() {
        await this.agent.destroy();
    }
    /**
     * Runs one probe; never throws. The answer comes within the timeout whatever the socket
     * does: the attempt races a timer of our own and loses nothing but its late result. The
     * request itself is not aborted (an AbortSignal per request cost ~6% of the engine's
     * throughput, and an abort does not cut a pending connect anyway): a body in flight is
     * destroyed, and undici's own headers and connect timeouts, set to the same budget, free
     * the socket of a request still waiting.
     */
    async run(p) {
        const started = performance.now();
        const state = { url: p.url, headers: false, body: null, late: false };
        let timer;
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => {
                state.late = true;
                state.body?.destroy();
                const error = !state.headers && this.connectingTo(state.url, started) ? 'connect-timeout' : 'timeout';
                resolve({
                    probe: p.name,
                    ok: false,
                    latencyMs: performance.now() - started,
                    error,
                    message: describe(error, null, this.opts.timeoutMs),
                });
            }, this.opts.timeoutMs);
        });
        try {
            return await Promise.race([this.attempt(p, started, state), deadline]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async attempt(p, started, state) {
        const elapsed = () => performance.now() - started;
        try {
            const first = firstRequest(p);
            const headers = first.headers;
            let { url, body } = first;
            let method = p.method;
            const redirects = [];
            for (;;) {
                state.url = url;
                state.headers = false;
                const res = await (0,undici/* request */.Em)(url, { method, headers, body, dispatcher: this.agent });
                state.headers = true;
                state.body = res.body;
                if (state.late)
                    res.body.destroy(); // the deadline already answered
                const location = res.headers.location;
                if (REDIRECT.has(res.statusCode) &&
                    typeof location === 'string' &&
                    redirects.length < p['follow-redirects']) {
                    await res.body.dump();
                    const next = new URL(location, url);
                    if (next.origin !== url.origin)
                        for (const k of Object.keys(headers))
                            if ((0,redact/* isSensitiveHeader */.yx)(k))
                                delete headers[k];
                    if (res.statusCode === 303 ||
                        ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
                        method = 'GET';
                        body = undefined;
                        delete headers['content-type'];
                    }
                    url = next;
                    redirects.push(next.toString());
                    continue;
                }
                const read = await readCapped(res.body);
                const text = read.text;
                const latencyMs = elapsed();
                const base = {
                    probe: p.name,
                    status: res.statusCode,
                    latencyMs,
                    evidence: text.slice(0, EVIDENCE),
                    ...(redirects.length ? { redirects } : {}),
                };
                if (read.tooLarge)
                    return {
                        ...base,
                        ok: false,
                        error: 'body-too-large',
                        message: `the body is larger than ${MAX_BODY} bytes`,
                    };
                const failure = check(p, {
                    status: res.statusCode,
                    headers: res.headers,
                    body: text,
                    latencyMs,
                });
                return failure ? { ...base, ok: false, ...failure } : { ...base, ok: true };
            }
        }
        catch (e) {
            const error = classify(e, state.late);
            return {
                probe: p.name,
                ok: false,
                latencyMs: elapsed(),
                error,
                message: describe(error, e, this.opts.timeoutMs),
            };
        }
    }
}

// EXTERNAL MODULE: ./src/verify/report.ts + 1 modules
var verify_report = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/verify/verdict.ts
var verify_verdict = __webpack_require__(3156);
;// CONCATENATED MODULE: ./src/verify/run.ts
// The probing loop: rounds every `interval` after `initial-delay`, every probe of a round at
// once, until the verdict. Time and probing are passed in, so tests can drive it with a fake
// clock or real servers.

async function verifyLoop(probes, c, deps) {
    const critical = new Set(probes.filter((p) => p.critical).map((p) => p.name));
    const rounds = [];
    const startedAt = deps.now();
    const done = (verdict) => ({
        startedAt,
        firstRoundAt: rounds[0]?.startedAt ?? null,
        endedAt: deps.now(),
        rounds,
        verdict,
    });
    try {
        if (c.initialDelayMs > 0)
            await deps.sleep(c.initialDelayMs, deps.signal);
        const first = deps.now();
        for (let n = 1;; n++) {
            if (deps.signal?.aborted)
                return done((0,verify_verdict/* cancelledVerdict */.F0)(rounds));
            // Rounds keep their schedule; a round that overruns starts the next one late, not twice.
            const wait = first + (n - 1) * c.intervalMs - deps.now();
            if (wait > 0)
                await deps.sleep(wait, deps.signal);
            const roundStart = deps.now();
            const results = await Promise.all(probes.map((p) => deps.probe(p)));
            const round = {
                number: n,
                startedAt: roundStart,
                endedAt: deps.now(),
                results,
                passed: results.every((r) => r.ok),
            };
            rounds.push(round);
            deps.onRound?.(round);
            const verdict = (0,verify_verdict/* decide */.LD)(c, rounds, critical);
            if (verdict)
                return done(verdict);
        }
    }
    catch (e) {
        if (deps.signal?.aborted)
            return done((0,verify_verdict/* cancelledVerdict */.F0)(rounds));
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/verify/probing.ts
// Verification as a building block: load the probes, probe in rounds until the verdict, and
// return it as data. The commands (src/commands/) and the CLI decide what to do with it.







function analysisConfig(s) {
    return {
        initialDelayMs: s['initial-delay'],
        intervalMs: s.interval,
        durationMs: s.duration,
        failureThreshold: s['failure-threshold'],
        successThreshold: s['success-threshold'],
        probeTimeoutMs: s['probe-timeout'],
    };
}
/**
 * Probes, masks their secrets with the runner, and returns a redactor for everything written
 * (which also scrubs `known` secrets, already masked by the caller).
 */
function prepareProbes(text, runner, fromFile, known = []) {
    const probes = (0,probe_schema.loadProbes)(text, 'probes', fromFile);
    const secrets = probes.flatMap((p) => (0,redact/* secretsIn */.VY)(p.url, p.headers));
    for (const s of secrets)
        runner.secret(s);
    return { probes, redactor: new redact/* Redactor */.pO([...secrets, ...known]) };
}
/** Runs the rounds with live log lines; returns the verification and its redacted report. */
async function probeRelease(probes, c, io, meta, redactor) {
    const client = new ProbeClient({
        timeoutMs: c.probeTimeoutMs,
        connections: Math.max(8, probes.length),
    });
    io.runner.info(`Verifying ${meta.target} on ${meta.environment}: ${(0,report_text/* plural */.L)(probes.length, 'probe')}, every ${c.intervalMs} ms for ${c.durationMs} ms after ${c.initialDelayMs} ms`);
    try {
        const verification = await verifyLoop(probes, c, {
            now: io.now,
            sleep: (ms, signal) => (0,promises_.setTimeout)(ms, undefined, { signal }),
            probe: (p) => client.run(p),
            onRound: (r) => {
                io.runner.info(redactor.text((0,verify_report/* roundLine */.z3)(r, c)));
                // each attempt, for the step's debug log (URLs and bodies redacted like everything else)
                for (const x of r.results)
                    io.runner.debug(redactor.text(`round ${r.number} probe ${x.probe}: ${x.ok ? 'pass' : `FAIL ${x.error}`} status=${x.status ?? '-'} ${Math.round(x.latencyMs)} ms`));
            },
            signal: io.signal,
        });
        const report = (0,verify_report/* buildVerifyReport */.yI)(verification, probes, c, meta, redactor);
        for (const p of report.probes) {
            await io.runner.group(`probe ${p.name}: ${p.method} ${p.url}`, async () => {
                for (const r of report.rounds)
                    for (const x of r.results.filter((res) => res.probe === p.name))
                        io.runner.info(`round ${r.number}: ${x.ok ? 'pass' : `FAIL ${x.error}: ${x.message}`} status=${x.status ?? '-'} ${Math.round(x.latencyMs)} ms`);
            });
        }
        return { verification, report };
    }
    finally {
        await client.close();
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
