export const id = 211;
export const ids = [211];
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


/***/ })

};
