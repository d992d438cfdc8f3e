export const id = 56;
export const ids = [56,211];
export const modules = {

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


/***/ })

};
