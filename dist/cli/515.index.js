export const id = 515;
export const ids = [515];
export const modules = {

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadProbes: () => (/* binding */ loadProbes)
/* harmony export */ });
/* unused harmony exports parseJsonPath, parseStatus */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9211);
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
const regex = (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fromText */ .I)((s) => {
    try {
        return new RegExp(s);
    }
    catch (e) {
        return `not a valid regular expression: ${e.message}`;
    }
});
const jsonValue = zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J();
const expectSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]))], {
        error: 'expected a status (200), a list ([200, 204]) or a range ("200-299")',
    })
        .transform((v, ctx) => {
        const r = parseStatus(v);
        if (typeof r === 'string') {
            ctx.addIssue({ code: 'custom', message: r });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return r;
    })
        .optional(),
    'body-contains': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1, 'must not be empty').optional(),
    'body-matches': regex.optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), jsonValue)
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
    header: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()]).transform(String)).optional(),
    'max-latency': _config_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .durationField */ .T.optional(),
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
const requestHeaders = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), 
// Around a value, whitespace is not part of it (RFC 9110): a YAML block scalar's newline goes.
zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]).transform((v) => String(v).trim()))
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
const probeSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1, 'must not be empty').optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'required: the URL to probe' }).transform((s, ctx) => {
        let u;
        try {
            u = new URL(s.trim());
        }
        catch {
            ctx.addIssue({ code: 'custom', message: 'is not a valid URL' });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') {
            ctx.addIssue({
                code: 'custom',
                message: `must be http or https, got "${u.protocol.replace(':', '')}"`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return u;
    }),
    method: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST')
        .transform((s) => s.toUpperCase())
        .refine((s) => s !== 'CONNECT', 'CONNECT opens a tunnel, it cannot probe a service')
        .default('GET'),
    headers: requestHeaders.default({}),
    body: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    json: jsonValue.optional(),
    critical: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY({ error: 'expected true or false' }).default(false),
    'cache-bust': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY({ error: 'expected true or false' }).default(false),
    'follow-redirects': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'expected a whole number of redirects' })
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
const probesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(probeSchema, { error: 'expected a list of probes' })
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
function loadProbes(text, root = 'probes') {
    const raw = (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlInput */ .P)(text, root);
    const parsed = probesSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
        throw (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fromZod */ .sq)(root, parsed.error);
    return parsed.data.map((p) => ({
        ...p,
        name: p.name ?? defaultName(p.url),
        expect: { ...p.expect, status: p.expect.status ?? DEFAULT_STATUS },
    }));
}


/***/ })

};
