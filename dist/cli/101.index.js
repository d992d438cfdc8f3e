export const id = 101;
export const ids = [101];
export const modules = {

/***/ 3101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   standinCli: () => (/* binding */ standinCli)
/* harmony export */ });
/* unused harmony exports DEFAULT_REPOSITORY, newRepository */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7827);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4077);
// `deploy-guard standin`: the demo's GitHub stand-in on its own, for trying a workflow's steps
// locally and for tests outside the project. It prints its base URL as the first line of stdout
// and serves until SIGTERM (or SIGINT), then exits 0.







const DEFAULT_REPOSITORY = 'acme/shop';
/**
 * Runs the stand-in until SIGTERM, SIGINT or `signal`; returns the exit code (0). Bad flags throw
 * InputError (exit 2 in the CLI).
 */
async function standinCli(args, out, err, opts = {}) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
        args,
        options: {
            port: { type: 'string' },
            repo: { type: 'string' },
            repository: { type: 'string', default: DEFAULT_REPOSITORY },
            token: { type: 'string' },
        },
        strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
        throw _config_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz.at('port', `expected a port number from 0 to 65535, got "${values.port}"`);
    }
    const [owner, repo, ...extra] = values.repository.split('/');
    if (!owner || !repo || extra.length > 0 || !/^[\w.-]+\/[\w.-]+$/.test(values.repository)) {
        throw _config_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz.at('repository', `expected OWNER/NAME, got "${values.repository}"`);
    }
    const created = values.repo === undefined;
    const dir = created ? newRepository() : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(values.repo);
    if (!created && !isGitRepository(dir)) {
        throw _config_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz.at('repo', `"${values.repo}" is not a git repository`);
    }
    try {
        const gh = await (0,_server_js__WEBPACK_IMPORTED_MODULE_6__/* .startStandIn */ .a1)({ repoDir: dir, owner, repo, token: values.token, port });
        out(gh.url);
        err(`deploy-guard standin: GitHub's REST API for ${owner}/${repo} at ${gh.url}, commits from ` +
            `${dir}${created ? ' (a new repository: one empty commit on main)' : ''}; ` +
            `${values.token === undefined ? 'any token is accepted' : 'only --token is accepted'}. ` +
            `State: GET ${gh.url}/_standin/state. Stop with SIGTERM.`);
        const why = await stopped(opts.signal);
        await gh.close();
        err(`deploy-guard standin: stopped (${why})`);
        return 0;
    }
    finally {
        if (created)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}
function isGitRepository(dir) {
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', '--git-dir'], { cwd: dir, stdio: 'ignore' });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The default repository: new, with one empty commit on `main`. A repository without any commit
 * would resolve no ref at all, so `main` could be neither deployed nor compared; with one empty
 * commit (fixed author and dates, so its SHA is the same on every run) `main` and HEAD resolve and
 * nothing else is assumed about the project.
 */
function newRepository() {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'deploy-guard-standin-'));
    const at = '2024-01-01T00:00:00Z';
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'deploy-guard standin',
        GIT_AUTHOR_EMAIL: 'standin@deploy-guard.invalid',
        GIT_AUTHOR_DATE: at,
        GIT_COMMITTER_NAME: 'deploy-guard standin',
        GIT_COMMITTER_EMAIL: 'standin@deploy-guard.invalid',
        GIT_COMMITTER_DATE: at,
    };
    const git = (args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: dir, env, stdio: 'ignore' });
    git(['init', '-q', '-b', 'main']);
    git(['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Initial commit']);
    return dir;
}
function stopped(signal) {
    return new Promise((done) => {
        const stop = (why) => () => {
            process.off('SIGTERM', onTerm);
            process.off('SIGINT', onInt);
            signal?.removeEventListener('abort', onAbort);
            done(why);
        };
        const onTerm = stop('SIGTERM');
        const onInt = stop('SIGINT');
        const onAbort = stop('aborted');
        process.once('SIGTERM', onTerm);
        process.once('SIGINT', onInt);
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 8763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ resolveSync),
/* harmony export */   h1: () => (/* binding */ FILE_LIMIT),
/* harmony export */   tr: () => (/* binding */ GitRepo)
/* harmony export */ });
/* unused harmony export COMPARE_COMMIT_LIMIT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1703);
// Compare and commit answers from a real repository on disk, by running the git CLI, so the
// "what changed" section of an incident issue is built from a real diff.



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** GitHub's compare limits: commits listed without pagination, files per comparison. */
const COMPARE_COMMIT_LIMIT = 250;
const FILE_LIMIT = 300;
const SEP = '\x1f';
const FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f');
const STATUS = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
};
class GitRepo {
    dir;
    ctx;
    authors;
    emptyTree;
    constructor(dir, ctx, 
    /** Commit e-mail to GitHub login, for the `author`/`committer` user objects. */
    authors) {
        this.dir = dir;
        this.ctx = ctx;
        this.authors = authors;
    }
    async git(args) {
        const { stdout } = await run('git', ['-c', 'core.quotepath=false', ...args], {
            cwd: this.dir,
            maxBuffer: 256 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        return stdout;
    }
    resolveSync(ref) {
        return resolveSync(this.dir, ref);
    }
    async resolve(ref) {
        if (!isSafeRef(ref))
            return undefined;
        try {
            const out = await this.git([
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${ref}^{commit}`,
            ]);
            return out.trim() || undefined;
        }
        catch {
            return undefined;
        }
    }
    /** True when `ref` names a branch or tag (dispatches take names, not SHAs). */
    async isBranchOrTag(ref) {
        if (!isSafeRef(ref))
            return false;
        const name = ref.replace(/^refs\/(heads|tags)\//, '');
        for (const full of [`refs/heads/${name}`, `refs/tags/${name}`]) {
            try {
                await this.git(['show-ref', '--verify', '--quiet', full]);
                return true;
            }
            catch {
                // try the next namespace
            }
        }
        return false;
    }
    async commits(range, extra = []) {
        const out = await this.git(['log', '-z', `--format=${FORMAT}`, ...extra, ...range, '--']);
        return out
            .split('\0')
            .filter((r) => r.length > 0)
            .map(parseCommit);
    }
    async diff(from, to) {
        const raw = await this.git(['diff', '--raw', '-z', '-M', '--no-abbrev', from, to, '--']);
        const num = await this.git(['diff', '--numstat', '-z', '-M', from, to, '--']);
        const counts = parseNumstat(num);
        const files = parseRaw(raw);
        return files.map((f, i) => {
            const c = counts[i] ?? { additions: 0, deletions: 0 };
            const path = encodePath(f.path);
            return {
                sha: f.sha,
                filename: f.path,
                status: f.status,
                additions: c.additions,
                deletions: c.deletions,
                changes: c.additions + c.deletions,
                blob_url: `${this.ctx.htmlRepo}/blob/${to}/${path}`,
                raw_url: `${this.ctx.htmlRepo}/raw/${to}/${path}`,
                contents_url: `${this.ctx.apiRepo}/contents/${path}?ref=${to}`,
                ...(f.previous ? { previous_filename: f.previous } : {}),
            };
        });
    }
    // A root commit is diffed against the empty tree, whose id depends on the hash algorithm.
    emptyTreeSha() {
        // stdin from /dev/null: an empty `input` is not written, and an inherited stdin can hang.
        this.emptyTree ??= (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['hash-object', '-t', 'tree', '--stdin'], {
            cwd: this.dir,
            stdio: ['ignore', 'pipe', 'pipe'],
            encoding: 'utf8',
        }).trim();
        return this.emptyTree;
    }
    /**
     * GET /compare/{base}...{head}. Without `page` or `per_page`, the newest 250 commits in
     * chronological order and up to 300 files; with them, a chronological page of commits (files
     * on page 1 only).
     */
    async compare(baseRef, headRef, paging) {
        const [base, head] = await Promise.all([this.resolve(baseRef), this.resolve(headRef)]);
        if (!base || !head)
            return undefined;
        const mergeBase = (await this.git(['merge-base', base, head]).catch(() => '')).trim();
        if (!mergeBase)
            return undefined;
        const counts = await this.git(['rev-list', '--left-right', '--count', `${base}...${head}`]);
        const [behind = 0, ahead = 0] = counts.trim().split(/\s+/).map(Number);
        let skip = 0;
        let count = Math.min(ahead, COMPARE_COMMIT_LIMIT);
        if (paging) {
            const start = (paging.page - 1) * paging.perPage;
            const end = Math.min(start + paging.perPage, ahead);
            count = Math.max(0, end - start);
            skip = ahead - end;
        }
        // `git log` lists newest first; skip the newest ones after this page, then reverse.
        const listed = count > 0 ? await this.commits([`${base}..${head}`], [`--skip=${skip}`, `-n${count}`]) : [];
        listed.reverse();
        const [baseCommit, mergeBaseCommit] = await Promise.all([
            this.commits([base], ['-n1']),
            this.commits([mergeBase], ['-n1']),
        ]);
        const status = ahead === 0 && behind === 0
            ? 'identical'
            : behind === 0
                ? 'ahead'
                : ahead === 0
                    ? 'behind'
                    : 'diverged';
        const spec = `${baseRef}...${headRef}`;
        const body = {
            url: `${this.ctx.apiRepo}/compare/${spec}`,
            html_url: `${this.ctx.htmlRepo}/compare/${spec}`,
            permalink_url: `${this.ctx.htmlRepo}/compare/${this.ctx.owner}:${base}...${this.ctx.owner}:${head}`,
            diff_url: `${this.ctx.htmlRepo}/compare/${spec}.diff`,
            patch_url: `${this.ctx.htmlRepo}/compare/${spec}.patch`,
            base_commit: this.commitObject(baseCommit[0]),
            merge_base_commit: this.commitObject(mergeBaseCommit[0]),
            status,
            ahead_by: ahead,
            behind_by: behind,
            total_commits: ahead,
            commits: listed.map((c) => this.commitObject(c)),
        };
        if (!paging || paging.page === 1) {
            body.files = (await this.diff(mergeBase, head)).slice(0, FILE_LIMIT);
        }
        return { body, totalCommits: ahead };
    }
    /** GET /commits/{ref}: the commit with stats and its files against the first parent. */
    async commit(ref, paging) {
        const sha = await this.resolve(ref);
        if (!sha)
            return undefined;
        const [c] = await this.commits([sha], ['-n1']);
        const parent = c.parents[0] ?? this.emptyTreeSha();
        const files = await this.diff(parent, sha);
        const additions = files.reduce((n, f) => n + f.additions, 0);
        const deletions = files.reduce((n, f) => n + f.deletions, 0);
        const start = (paging.page - 1) * paging.perPage;
        return {
            body: {
                ...this.commitObject(c),
                stats: { total: additions + deletions, additions, deletions },
                files: files.slice(start, start + paging.perPage),
            },
            totalFiles: files.length,
        };
    }
    user(email) {
        const login = this.authors.get(email);
        return login ? (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .simpleUser */ .U5)(login, this.ctx.api) : null;
    }
    commitObject(c) {
        const api = this.ctx.apiRepo;
        return {
            sha: c.sha,
            node_id: (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeId */ .s5)('C', c.sha),
            commit: {
                author: c.author,
                committer: c.committer,
                message: c.message,
                tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
                url: `${api}/git/commits/${c.sha}`,
                comment_count: 0,
                verification: { ..._objects_js__WEBPACK_IMPORTED_MODULE_2__/* .UNSIGNED */ .ke },
            },
            url: `${api}/commits/${c.sha}`,
            html_url: `${this.ctx.htmlRepo}/commit/${c.sha}`,
            comments_url: `${api}/commits/${c.sha}/comments`,
            author: this.user(c.author.email),
            committer: this.user(c.committer.email),
            parents: c.parents.map((p) => ({
                sha: p,
                url: `${api}/commits/${p}`,
                html_url: `${this.ctx.htmlRepo}/commit/${p}`,
            })),
        };
    }
}
/** Full SHA of a commit-ish in `dir`, or undefined. Synchronous so state seeding stays simple. */
function resolveSync(dir, ref) {
    if (!isSafeRef(ref))
        return undefined;
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
        return out.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
// Refs come from URLs; anything that git could read as an option or a range is not a ref.
function isSafeRef(ref) {
    return (ref.length > 0 && !ref.startsWith('-') && !ref.includes('..') && !/[\s\0~^:?*[\\]/.test(ref));
}
function parseCommit(record) {
    const parts = record.split(SEP);
    const field = (i) => parts[i] ?? '';
    const utc = (d) => (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(new Date(d));
    return {
        sha: field(0).trim(),
        tree: field(1),
        parents: field(2).split(' ').filter(Boolean),
        author: { name: field(3), email: field(4), date: utc(field(5)) },
        committer: { name: field(6), email: field(7), date: utc(field(8)) },
        // GitHub returns the message without git's trailing newline.
        message: parts.slice(9).join(SEP).replace(/\n+$/, ''),
    };
}
function parseRaw(out) {
    const tokens = out.split('\0');
    const files = [];
    for (let i = 0; i < tokens.length;) {
        const meta = tokens[i++];
        if (!meta || !meta.startsWith(':'))
            continue;
        const [, , srcSha, dstSha, code] = meta.slice(1).split(' ');
        const letter = (code ?? 'M')[0];
        const status = STATUS[letter] ?? 'modified';
        const zero = /^0+$/;
        const sha = dstSha && !zero.test(dstSha) ? dstSha : srcSha && !zero.test(srcSha) ? srcSha : null;
        if (letter === 'R' || letter === 'C') {
            const previous = tokens[i++] ?? '';
            files.push({ path: tokens[i++] ?? '', previous, status, sha });
        }
        else {
            files.push({ path: tokens[i++] ?? '', status, sha });
        }
    }
    return files;
}
function parseNumstat(out) {
    const tokens = out.split('\0');
    const counts = [];
    for (let i = 0; i < tokens.length;) {
        const t = tokens[i++];
        if (!t)
            continue;
        const [a, d, path] = t.split('\t');
        // Binary files report "-"; a rename leaves the path empty and puts old and new after it.
        counts.push({ additions: Number(a) || 0, deletions: Number(d) || 0 });
        if (path === '')
            i += 2;
    }
    return counts;
}
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ IssueStore)
/* harmony export */ });
/* unused harmony export BODY_LIMIT */
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1703);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8186);
// Issues, their comments and the repository's labels: the part of the stand-in's memory the
// incident issue lives in. StandInState (state.ts) adds deployments, pulls and dispatches.


/** GitHub rejects issue and comment bodies longer than this many characters. */
const BODY_LIMIT = 65536;
const DEFAULT_LABELS = [
    ['bug', 'd73a4a', "Something isn't working"],
    ['documentation', '0075ca', 'Improvements or additions to documentation'],
    ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
    ['enhancement', 'a2eeef', 'New feature or request'],
    ['good first issue', '7057ff', 'Good for newcomers'],
    ['help wanted', '008672', 'Extra attention is needed'],
    ['invalid', 'e4e669', "This doesn't seem right"],
    ['question', 'd876e3', 'Further information is requested'],
    ['wontfix', 'ffffff', 'This will not be worked on'],
];
class IssueStore {
    ctx;
    /** Login of writes that name no one (the stand-in's token login; GITHUB_TOKEN's bot by default). */
    actor = _objects_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_TOKEN_LOGIN */ .Us;
    /** Clock for timestamps; replace it to make a run deterministic. */
    now = () => new Date();
    /** Logins that may be assigned; `null` accepts anyone. */
    assignable = null;
    issues = [];
    /** Comments per issue number, oldest first. */
    comments = new Map();
    /** The repository's labels, GitHub's defaults first. */
    labels = [];
    nextId = 1_000_001;
    // Issues and pull requests share one number sequence, as on GitHub.
    nextNumber = 1;
    constructor(api, owner, repo, defaultBranch) {
        this.ctx = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .repoContext */ .u0)(api, owner, repo, defaultBranch);
        for (const [name, color, description] of DEFAULT_LABELS) {
            this.labels.push({ ...this.labelObject(name, color, description), default: true });
        }
    }
    timestamp() {
        return (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(this.now());
    }
    user(login = this.actor) {
        return (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .simpleUser */ .U5)(login, this.ctx.api);
    }
    id() {
        return this.nextId++;
    }
    // Labels --------------------------------------------------------------------------------
    labelObject(name, color, description) {
        const id = this.id();
        return {
            id,
            node_id: (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeId */ .s5)('LA', id),
            url: `${this.ctx.apiRepo}/labels/${encodeURIComponent(name)}`,
            name,
            description,
            color,
            default: false,
        };
    }
    findLabel(name) {
        const key = name.toLowerCase();
        return this.labels.find((l) => l.name.toLowerCase() === key);
    }
    createLabel(input) {
        const name = input.name.trim();
        const errors = [];
        if (name === '')
            errors.push({ resource: 'Label', code: 'missing_field', field: 'name' });
        if ([...name].length > 50) {
            errors.push(tooLong('Label', 'name', 50));
        }
        if (this.findLabel(name)) {
            errors.push({ resource: 'Label', code: 'already_exists', field: 'name' });
        }
        const color = (input.color ?? 'ededed').replace(/^#/, '');
        if (!/^[0-9a-fA-F]{6}$/.test(color)) {
            errors.push({ resource: 'Label', code: 'invalid', field: 'color' });
        }
        if (input.description !== undefined && [...input.description].length > 100) {
            errors.push(tooLong('Label', 'description', 100));
        }
        if (errors.length > 0)
            throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .validationFailed */ .$)(...errors);
        const label = this.labelObject(name, color.toLowerCase(), input.description ?? null);
        this.labels.push(label);
        return label;
    }
    /** GitHub creates labels named on an issue that the repository does not have yet. */
    labelsFor(names) {
        const out = [];
        for (const name of names) {
            const label = this.findLabel(name) ?? this.createLabel({ name });
            if (!out.includes(label))
                out.push(label);
        }
        return out;
    }
    // Issues --------------------------------------------------------------------------------
    issue(number) {
        return this.issues.find((i) => i.number === number);
    }
    mustIssue(number) {
        const issue = this.issue(number);
        if (!issue)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .h(404, { message: 'Not Found' });
        return issue;
    }
    createIssue(input) {
        if (input.title.trim() === '') {
            throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .validationFailed */ .$)({ resource: 'Issue', code: 'missing_field', field: 'title' });
        }
        checkBody(input.body, 'Issue');
        const assignees = this.checkAssignees(input.assignees ?? [], true);
        const labels = this.labelsFor(input.labels ?? []);
        const number = this.nextNumber++;
        const id = this.id();
        const at = input.created_at ?? this.timestamp();
        const url = `${this.ctx.apiRepo}/issues/${number}`;
        const issue = {
            id,
            node_id: (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeId */ .s5)('I', id),
            url,
            repository_url: this.ctx.apiRepo,
            labels_url: `${url}/labels{/name}`,
            comments_url: `${url}/comments`,
            events_url: `${url}/events`,
            html_url: `${this.ctx.htmlRepo}/issues/${number}`,
            timeline_url: `${url}/timeline`,
            number,
            state: 'open',
            state_reason: null,
            title: input.title,
            body: input.body ?? null,
            user: this.user(input.user),
            labels,
            assignee: null,
            assignees: [],
            milestone: null,
            locked: false,
            active_lock_reason: null,
            comments: 0,
            closed_at: null,
            closed_by: null,
            created_at: at,
            updated_at: at,
            author_association: 'NONE',
        };
        setAssignees(issue, assignees.map((l) => this.user(l)));
        this.issues.push(issue);
        this.comments.set(number, []);
        return issue;
    }
    updateIssue(number, patch, 
    /** Who closes it, when the patch closes it. */
    actor) {
        const issue = this.mustIssue(number);
        if (patch.body !== undefined)
            checkBody(patch.body, 'Issue');
        if (patch.title !== undefined)
            issue.title = patch.title;
        if (patch.body !== undefined)
            issue.body = patch.body;
        if (patch.labels !== undefined)
            issue.labels = this.labelsFor(patch.labels);
        if (patch.assignees !== undefined) {
            setAssignees(issue, this.checkAssignees(patch.assignees, false).map((l) => this.user(l)));
        }
        const at = this.timestamp();
        if (patch.state !== undefined && patch.state !== issue.state) {
            issue.state = patch.state;
            if (patch.state === 'closed') {
                issue.closed_at = at;
                issue.closed_by = this.user(actor);
                issue.state_reason = patch.state_reason ?? 'completed';
            }
            else {
                issue.closed_at = null;
                issue.closed_by = null;
                issue.state_reason = 'reopened';
            }
        }
        issue.updated_at = at;
        return issue;
    }
    addLabels(number, names) {
        const issue = this.mustIssue(number);
        for (const label of this.labelsFor(names)) {
            if (!issue.labels.includes(label))
                issue.labels.push(label);
        }
        issue.updated_at = this.timestamp();
        return issue.labels;
    }
    addAssignees(number, logins) {
        const issue = this.mustIssue(number);
        const current = issue.assignees.map((a) => a.login);
        const added = this.checkAssignees(logins, false).filter((l) => !current.includes(l));
        setAssignees(issue, [...issue.assignees, ...added.map((l) => this.user(l))].slice(0, 10));
        issue.updated_at = this.timestamp();
        return issue;
    }
    // Creating an issue with an unassignable login fails; updating drops such logins silently.
    checkAssignees(logins, strict) {
        const ok = logins.filter((l, i) => logins.indexOf(l) === i && this.canAssign(l));
        const bad = logins.find((l) => !this.canAssign(l));
        if (strict && bad !== undefined) {
            throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .validationFailed */ .$)({ value: bad, resource: 'Issue', field: 'assignees', code: 'invalid' });
        }
        return ok.slice(0, 10);
    }
    canAssign(login) {
        return this.assignable === null || this.assignable.has(login);
    }
    commentsOf(number) {
        return this.comments.get(number) ?? [];
    }
    createComment(number, body, user) {
        const issue = this.mustIssue(number);
        if (body.trim() === '') {
            throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .validationFailed */ .$)({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
        }
        checkBody(body, 'IssueComment');
        const id = this.id();
        const at = this.timestamp();
        const comment = {
            id,
            node_id: (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeId */ .s5)('IC', id),
            url: `${this.ctx.apiRepo}/issues/comments/${id}`,
            html_url: `${issue.html_url}#issuecomment-${id}`,
            issue_url: issue.url,
            body,
            user: this.user(user),
            created_at: at,
            updated_at: at,
            author_association: 'NONE',
        };
        this.comments.get(number).push(comment);
        issue.comments++;
        issue.updated_at = at;
        return comment;
    }
    openIssueCount() {
        return this.issues.filter((i) => i.state === 'open').length;
    }
}
function setAssignees(issue, users) {
    issue.assignees = users;
    issue.assignee = users[0] ?? null;
}
function checkBody(body, resource) {
    // GitHub counts characters, not UTF-16 code units.
    if (body && [...body].length > BODY_LIMIT) {
        throw (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .validationFailed */ .$)(tooLong(resource, 'body', BODY_LIMIT));
    }
}
function tooLong(resource, field, max) {
    return {
        resource,
        code: 'custom',
        field,
        message: `${field} is too long (maximum is ${max} characters)`,
    };
}


/***/ }),

/***/ 1703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ WEB),
/* harmony export */   KV: () => (/* binding */ repositoryObject),
/* harmony export */   U5: () => (/* binding */ simpleUser),
/* harmony export */   Us: () => (/* binding */ GITHUB_TOKEN_LOGIN),
/* harmony export */   ke: () => (/* binding */ UNSIGNED),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   s5: () => (/* binding */ nodeId),
/* harmony export */   u0: () => (/* binding */ repoContext)
/* harmony export */ });
/* unused harmony exports userId, REPO_ID */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Builders for the GitHub objects that many responses embed (users, the repository), shaped as the
// OpenAPI description requires so that Octokit-style clients and the response validator accept them.

const WEB = 'https://github.com';
/**
 * The login GITHUB_TOKEN acts as: what a workflow writes with its default token, GitHub attributes
 * to the GitHub Actions app's bot user.
 */
const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';
// Ids are GitHub's real ones so logs look familiar.
const KNOWN_IDS = { 'github-actions[bot]': 41898282, octocat: 583231 };
/** Deterministic id for a login, so the same login is the same user across runs. */
function userId(login) {
    const known = KNOWN_IDS[login];
    if (known !== undefined)
        return known;
    return 10_000_000 + ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(login).digest().readUInt32BE(0) % 80_000_000);
}
function nodeId(prefix, id) {
    return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}
function simpleUser(login, api) {
    const id = userId(login);
    const bot = login.endsWith('[bot]');
    const u = `${api}/users/${encodeURIComponent(login)}`;
    return {
        login,
        id,
        node_id: nodeId(bot ? 'BOT' : 'U', id),
        avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        gravatar_id: '',
        url: u,
        html_url: bot ? `${WEB}/apps/${login.slice(0, -5)}` : `${WEB}/${login}`,
        followers_url: `${u}/followers`,
        following_url: `${u}/following{/other_user}`,
        gists_url: `${u}/gists{/gist_id}`,
        starred_url: `${u}/starred{/owner}{/repo}`,
        subscriptions_url: `${u}/subscriptions`,
        organizations_url: `${u}/orgs`,
        repos_url: `${u}/repos`,
        events_url: `${u}/events{/privacy}`,
        received_events_url: `${u}/received_events`,
        type: bot ? 'Bot' : 'User',
        site_admin: false,
        user_view_type: 'public',
    };
}
function repoContext(api, owner, repo, defaultBranch) {
    return {
        api,
        owner,
        repo,
        defaultBranch,
        apiRepo: `${api}/repos/${owner}/${repo}`,
        htmlRepo: `${WEB}/${owner}/${repo}`,
    };
}
const REPO_ID = 987_654_321;
/**
 * One object satisfying both `repository` (embedded in pulls and issues) and `full-repository`
 * (GET /repos/{owner}/{repo}); the description lets objects carry extra properties.
 */
function repositoryObject(ctx, openIssues, createdAt) {
    const r = ctx.apiRepo;
    return {
        id: REPO_ID,
        node_id: nodeId('R', REPO_ID),
        name: ctx.repo,
        full_name: `${ctx.owner}/${ctx.repo}`,
        owner: simpleUser(ctx.owner, ctx.api),
        private: false,
        html_url: ctx.htmlRepo,
        description: 'Repository served by the deploy-guard GitHub API stand-in',
        fork: false,
        url: r,
        archive_url: `${r}/{archive_format}{/ref}`,
        assignees_url: `${r}/assignees{/user}`,
        blobs_url: `${r}/git/blobs{/sha}`,
        branches_url: `${r}/branches{/branch}`,
        collaborators_url: `${r}/collaborators{/collaborator}`,
        comments_url: `${r}/comments{/number}`,
        commits_url: `${r}/commits{/sha}`,
        compare_url: `${r}/compare/{base}...{head}`,
        contents_url: `${r}/contents/{+path}`,
        contributors_url: `${r}/contributors`,
        deployments_url: `${r}/deployments`,
        downloads_url: `${r}/downloads`,
        events_url: `${r}/events`,
        forks_url: `${r}/forks`,
        git_commits_url: `${r}/git/commits{/sha}`,
        git_refs_url: `${r}/git/refs{/sha}`,
        git_tags_url: `${r}/git/tags{/sha}`,
        git_url: `git://github.com/${ctx.owner}/${ctx.repo}.git`,
        issue_comment_url: `${r}/issues/comments{/number}`,
        issue_events_url: `${r}/issues/events{/number}`,
        issues_url: `${r}/issues{/number}`,
        keys_url: `${r}/keys{/key_id}`,
        labels_url: `${r}/labels{/name}`,
        languages_url: `${r}/languages`,
        merges_url: `${r}/merges`,
        milestones_url: `${r}/milestones{/number}`,
        notifications_url: `${r}/notifications{?since,all,participating}`,
        pulls_url: `${r}/pulls{/number}`,
        releases_url: `${r}/releases{/id}`,
        ssh_url: `git@github.com:${ctx.owner}/${ctx.repo}.git`,
        stargazers_url: `${r}/stargazers`,
        statuses_url: `${r}/statuses/{sha}`,
        subscribers_url: `${r}/subscribers`,
        subscription_url: `${r}/subscription`,
        tags_url: `${r}/tags`,
        teams_url: `${r}/teams`,
        trees_url: `${r}/git/trees{/sha}`,
        clone_url: `${ctx.htmlRepo}.git`,
        mirror_url: null,
        hooks_url: `${r}/hooks`,
        svn_url: ctx.htmlRepo,
        homepage: null,
        language: 'TypeScript',
        forks_count: 0,
        forks: 0,
        stargazers_count: 0,
        watchers_count: 0,
        watchers: 0,
        size: 1,
        default_branch: ctx.defaultBranch,
        open_issues_count: openIssues,
        open_issues: openIssues,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: true,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        archived: false,
        disabled: false,
        visibility: 'public',
        pushed_at: createdAt,
        created_at: createdAt,
        updated_at: createdAt,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
        allow_forking: true,
        web_commit_signoff_required: false,
        license: null,
        subscribers_count: 0,
        network_count: 0,
    };
}
/** GitHub's timestamps: UTC, second precision, `Z` suffix. */
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The `verification` GitHub gives an unsigned commit or tag. */
const UNSIGNED = {
    verified: false,
    reason: 'unsigned',
    signature: null,
    payload: null,
    verified_at: null,
};


/***/ }),

/***/ 4077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a1: () => (/* binding */ startStandIn)
});

// UNUSED EXPORTS: ApiError, Faults, StandInState, validationFailed

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/standin/types.ts
var types = __webpack_require__(8186);
;// CONCATENATED MODULE: ./src/standin/control.ts

const CONTROL_PREFIX = '/_standin/';
const STATES = [
    'error',
    'failure',
    'inactive',
    'in_progress',
    'queued',
    'pending',
    'success',
];
function deploymentView(state, d) {
    return {
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment,
        original_environment: d.original_environment,
        task: d.task,
        description: d.description,
        created_at: d.created_at,
        creator: d.creator?.login ?? null,
        statuses: state.statusesOf(d.id).map((s) => ({
            state: s.state,
            description: s.description,
            log_url: s.log_url,
            environment_url: s.environment_url,
            created_at: s.created_at,
            creator: s.creator?.login ?? null,
        })),
        starts_workflows: state.startsWorkflows(d.id),
    };
}
function stateView(c) {
    const { state } = c;
    return {
        repository: {
            full_name: `${state.ctx.owner}/${state.ctx.repo}`,
            default_branch: state.ctx.defaultBranch,
        },
        deployments: state.deployments.map((d) => deploymentView(state, d)),
        issues: state.issues.map((i) => ({
            number: i.number,
            title: i.title,
            state: i.state,
            state_reason: i.state_reason,
            labels: i.labels.map((l) => l.name),
            body: i.body,
            user: i.user?.login ?? null,
            assignees: i.assignees.map((a) => a.login),
            created_at: i.created_at,
            comments: state.commentsOf(i.number).map((c) => ({
                id: c.id,
                body: c.body,
                user: c.user?.login ?? null,
                created_at: c.created_at,
            })),
        })),
        dispatches: state.dispatches.map((d) => ({ ...d })),
        requests: c.requests.map(({ method, path, status }) => ({ method, path, status })),
        violations: [...c.violations],
        unimplemented: [...new Set(c.unimplemented)],
    };
}
/** Answers a request under /_standin/. `raw` is the request body as sent. */
function control(c, method, path, raw) {
    try {
        const route = `${method} ${path.replace(/\/+$/, '')}`;
        switch (route) {
            case 'GET /_standin/state':
                return { status: 200, body: stateView(c) };
            case 'POST /_standin/deployments': {
                const d = c.state.recordDeployment(deploymentInput(parse(raw)));
                return { status: 201, body: deploymentView(c.state, d) };
            }
            case 'POST /_standin/faults':
                return { status: 201, body: faultView(c.faults.inject(faultInput(parse(raw)))) };
            case 'GET /_standin/faults':
                return { status: 200, body: c.faults.active.map(faultView) };
            case 'DELETE /_standin/faults':
                c.faults.clear();
                return { status: 204 };
            default:
                return { status: 404, body: { message: `Not Found: ${method} ${path}` } };
        }
    }
    catch (err) {
        if (err instanceof types/* ApiError */.h)
            return { status: err.status, body: err.body };
        throw err;
    }
}
function bad(message) {
    return new types/* ApiError */.h(400, { message });
}
function parse(raw) {
    let body;
    try {
        body = JSON.parse(raw);
    }
    catch {
        throw bad('the body must be a JSON object');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw bad('the body must be a JSON object');
    }
    return body;
}
function optional(body, key, check, expected) {
    const v = body[key];
    if (v === undefined || v === null)
        return undefined;
    if (!check(v))
        throw bad(`${key}: expected ${expected}, got ${JSON.stringify(v)}`);
    return v;
}
const isString = (v) => typeof v === 'string';
const isCount = (v) => Number.isInteger(v) && v >= 0;
const isBoolean = (v) => typeof v === 'boolean';
const isState = (v) => typeof v === 'string' && STATES.includes(v);
function deploymentInput(body) {
    const sha = optional(body, 'sha', isString, 'a commit SHA or ref');
    if (!sha)
        throw bad('sha: required (a commit SHA or any ref the repository resolves)');
    const statuses = optional(body, 'statuses', Array.isArray, 'a list') ?? [];
    return {
        sha,
        ref: optional(body, 'ref', isString, 'a string'),
        environment: optional(body, 'environment', isString, 'a string'),
        creator: optional(body, 'creator', isString, 'a login'),
        task: optional(body, 'task', isString, 'a string'),
        description: optional(body, 'description', isString, 'a string'),
        created_at: optional(body, 'created_at', isString, 'an ISO 8601 time'),
        statuses: statuses.map((s, i) => {
            if (isState(s))
                return s;
            const o = typeof s === 'object' && s !== null ? s : {};
            if (!isState(o.state)) {
                throw bad(`statuses[${i}]: expected one of ${STATES.join(', ')} or {state, description?, log_url?, environment_url?}`); // prettier-ignore
            }
            return {
                state: o.state,
                description: optional(o, 'description', isString, 'a string'),
                log_url: optional(o, 'log_url', isString, 'a URL'),
                environment_url: optional(o, 'environment_url', isString, 'a URL'),
            };
        }),
    };
}
function faultInput(body) {
    const source = optional(body, 'path', isString, 'a regular expression');
    let path;
    if (source !== undefined) {
        try {
            path = new RegExp(source);
        }
        catch (err) {
            throw bad(`path: not a regular expression: ${err.message}`);
        }
    }
    const status = optional(body, 'status', isCount, 'an HTTP status');
    if (status !== undefined && (status < 100 || status > 599))
        throw bad(`status: ${status} is not an HTTP status`); // prettier-ignore
    const retryAfter = body.retry_after === null ? null : optional(body, 'retry_after', isCount, 'seconds'); // prettier-ignore
    const headers = optional(body, 'headers', isStringMap, 'an object of strings');
    const spec = {
        method: optional(body, 'method', isString, 'an HTTP method'),
        path,
        status,
        times: optional(body, 'times', isCount, 'a count'),
        skip: optional(body, 'skip', isCount, 'a count'),
        afterWrite: optional(body, 'after_write', isBoolean, 'true or false'),
        delayMs: optional(body, 'delay_ms', isCount, 'milliseconds'),
        hang: optional(body, 'hang', isBoolean, 'true or false'),
        message: optional(body, 'message', isString, 'a string'),
        retryAfter,
        headers,
    };
    if (spec.status === undefined && !spec.hang && spec.delayMs === undefined) {
        throw bad('a fault needs status, hang or delay_ms');
    }
    return Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined));
}
function isStringMap(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === 'string'));
}
function faultView(f) {
    return {
        method: f.method ?? null,
        // RegExp#source escapes every "/"; the view shows the expression as it was given.
        path: f.path instanceof RegExp ? f.path.source.replace(/\\\//g, '/') : (f.path ?? null),
        status: f.status ?? null,
        times: f.times ?? 1,
        skip: f.skip ?? 0,
        after_write: f.afterWrite ?? false,
        delay_ms: f.delayMs ?? null,
        hang: f.hang ?? false,
        ...(f.retryAfter !== undefined ? { retry_after: f.retryAfter } : {}),
        message: f.message ?? null,
        headers: f.headers ?? {},
        hits: f.hits,
    };
}

;// CONCATENATED MODULE: ./src/standin/faults.ts
// Injected faults: what GitHub does on a bad day (5xx, secondary rate limits, slow or stuck
// answers), so tests can prove the product rolls back first and communicates second.
const SECONDARY_RATE_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID';
const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
class Faults {
    /** Faults still waiting for requests, in the order they were injected. */
    active = [];
    /** Adds a fault; the first matching active fault answers a request. */
    inject(spec) {
        const fault = { ...spec, hits: 0, passed: 0 };
        this.active.push(fault);
        return fault;
    }
    clear() {
        this.active.length = 0;
    }
    /**
     * Claims the fault for a request, counting it against `times`. `template` is the matched
     * description path, so a fault can name an endpoint independent of owner and repo.
     */
    take(method, path, template) {
        const i = this.active.findIndex((f) => matches(f, method, path, template));
        if (i < 0)
            return undefined;
        const fault = this.active[i];
        if (fault.passed < (fault.skip ?? 0)) {
            fault.passed++;
            return undefined;
        }
        fault.hits++;
        if (fault.hits >= (fault.times ?? 1))
            this.active.splice(i, 1);
        return fault;
    }
}
function matches(f, method, path, template) {
    if (f.method && f.method.toUpperCase() !== method.toUpperCase())
        return false;
    if (f.path === undefined)
        return true;
    if (f.path instanceof RegExp) {
        f.path.lastIndex = 0;
        return f.path.test(path);
    }
    return f.path === path || f.path === template;
}
/** The answer GitHub gives for a fault's status, with GitHub's headers and JSON error shape. */
function faultReply(fault, requestId) {
    const status = fault.status;
    if (status === undefined)
        return undefined;
    const headers = {};
    let body;
    const secondary = (status === 403 || status === 429) && fault.message === undefined;
    if (secondary) {
        body = {
            message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`,
            documentation_url: SECONDARY_DOCS,
            status: String(status),
        };
        if (fault.retryAfter !== null)
            headers['retry-after'] = String(fault.retryAfter ?? 1);
    }
    else {
        body = { message: fault.message ?? defaultMessage(status) };
        if (status < 500) {
            body.documentation_url = 'https://docs.github.com/rest';
            body.status = String(status);
        }
        if (status === 422)
            body.errors = [];
        if (fault.retryAfter != null)
            headers['retry-after'] = String(fault.retryAfter);
    }
    Object.assign(headers, fault.headers);
    return { status, headers, body };
}
function defaultMessage(status) {
    switch (status) {
        case 404:
            return 'Not Found';
        case 409:
            return 'Conflict';
        case 422:
            return 'Validation Failed';
        case 502:
            return 'Bad Gateway';
        case 503:
            return 'Service Unavailable';
        case 504:
            return 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.';
        default:
            return status >= 500 ? 'Server Error' : 'Error';
    }
}

// EXTERNAL MODULE: ./src/standin/git.ts
var standin_git = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/standin/objects.ts
var objects = __webpack_require__(1703);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/standin/jsonschema.ts
// Schema validation for the stand-in with Ajv (JSON Schema draft-07) and ajv-formats, over the
// schema dialect of GitHub's OpenAPI 3.0 description. The description is 13 MB, so nothing is
// compiled up front: a schema is translated and compiled the first time a request or response
// needs it, and the compiled function is kept for the rest of the process.


/** The id the whole description is registered under; `#/components/...` refs become `gh#/...`. */
const DOC_ID = 'gh';
// ajv-formats is CommonJS with `exports.default`; depending on the loader (Node's ESM interop,
// ts-jest, the ncc bundle) the default import is the plugin itself or the module object.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
// Keywords whose values are schemas (or maps or lists of schemas) in the description's dialect.
const SCHEMA_MAPS = ['properties', 'patternProperties'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const COMPOSITION = ['allOf', 'anyOf', 'oneOf', 'not', '$ref'];
const JSON_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
class SchemaValidator {
    doc;
    ajv;
    compiled = new WeakMap();
    prepared = new WeakSet();
    constructor(doc) {
        this.doc = doc;
        this.ajv = new ajv.Ajv({
            // The description carries OpenAPI-only keywords (example, discriminator, x-github, ...).
            strict: false,
            allErrors: true,
            // Errors carry the offending value, so a violation can say what was sent.
            verbose: true,
            // The description is GitHub's, not ours to lint; it is not checked against the meta-schema.
            validateSchema: false,
            logger: false,
        });
        addFormats(this.ajv);
        // Formats of OpenAPI and GitHub that ajv-formats lacks. `repo.nwo` is "owner/name".
        this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
        // Registered, not compiled: Ajv resolves `gh#/components/schemas/...` into it on demand.
        this.ajv.addSchema(doc, DOC_ID);
    }
    /** Returns human-readable errors, empty when `value` conforms. `at` names the root. */
    validate(schema, value, at = '$') {
        let fn = this.compiled.get(schema);
        if (!fn) {
            try {
                this.prepare(schema);
                fn = this.ajv.compile(schema);
            }
            catch (err) {
                return [`${at}: the description's schema cannot be compiled: ${String(err)}`];
            }
            this.compiled.set(schema, fn);
        }
        if (fn(value))
            return [];
        return describeErrors(fn.errors ?? [], at);
    }
    /** Resolves a local `#/...` reference in the description. */
    resolve(ref) {
        let node = this.doc;
        for (const raw of ref.replace(/^#\//, '').split('/')) {
            const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
            if (!isObject(node))
                return undefined;
            node = node[key];
        }
        return node;
    }
    /**
     * Translates a schema of the description, in place and once, from OpenAPI 3.0's dialect into
     * JSON Schema as Ajv reads it, following every reference it makes.
     */
    prepare(s) {
        if (this.prepared.has(s))
            return;
        this.prepared.add(s);
        if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
            const target = this.resolve(s.$ref);
            s.$ref = `${DOC_ID}${s.$ref}`;
            if (isObject(target))
                this.prepare(target);
        }
        for (const key of SCHEMA_MAPS) {
            for (const sub of Object.values(s[key] ?? {}))
                if (isObject(sub))
                    this.prepare(sub);
        }
        for (const key of SCHEMA_LISTS)
            for (const sub of s[key] ?? [])
                this.prepare(sub);
        if (isObject(s.additionalProperties))
            this.prepare(s.additionalProperties);
        if (isObject(s.not))
            this.prepare(s.not);
        for (const sub of [s.items ?? []].flat())
            if (isObject(sub))
                this.prepare(sub);
        // A type JSON Schema does not know (none today) would make Ajv refuse the whole schema.
        if (typeof s.type === 'string' && !JSON_TYPES.has(s.type))
            delete s.type;
        // GitHub's description contradicts itself for a few URL fields, such as a deployment status's
        // `target_url`, `log_url` and `environment_url`: `format: uri` together with `default: ""`,
        // and GitHub answers `""` when no URL was given. The description's own default is taken as a
        // legal value: such a field is a URI or exactly its default, the empty string. Every other
        // `format` is enforced as written.
        if (typeof s.format === 'string' && s.default === '') {
            const either = { anyOf: [{ format: s.format }, { const: '' }] };
            delete s.format;
            s.allOf = [...(s.allOf ?? []), either];
        }
        // OpenAPI 3.0's `nullable: true` lets null through. Ajv supports it only next to a `type` and
        // without extending `enum`, while GitHub writes it next to `anyOf`/`allOf` and on enums
        // without null (and answers null there, e.g. an issue's `state_reason`).
        if (s.nullable !== true) {
            delete s.nullable;
            return;
        }
        delete s.nullable;
        const composed = COMPOSITION.some((k) => s[k] !== undefined);
        if (typeof s.type === 'string' && !composed) {
            s.type = [s.type, 'null'];
            if (Array.isArray(s.enum) && !s.enum.includes(null))
                s.enum = [...s.enum, null];
            return;
        }
        const inner = { ...s };
        for (const key of Object.keys(s))
            delete s[key];
        s.anyOf = [{ type: 'null' }, inner];
    }
}
/** Ajv's errors as sentences naming the path (`response.labels[0].name is required`). */
function describeErrors(errors, at) {
    const out = [];
    for (const e of errors) {
        const path = e.instancePath;
        const where = `${at}${jsonPath(path)}`;
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
            if (e.keyword === 'oneOf' && Array.isArray(e.params.passingSchemas)) {
                const n = e.params.passingSchemas.length;
                out.push({
                    path,
                    text: `${where}: matches ${n} alternatives of oneOf, expected exactly one`,
                });
                continue;
            }
            // The alternatives' own errors were reported just before, at this path or below it; the
            // first few of them usually name the real mistake.
            const branch = [];
            while (out.length > 0 && isWithin(out.at(-1).path, path))
                branch.unshift(out.pop().text);
            const hint = branch.length > 0 ? ` (closest: ${branch.slice(0, 3).join('; ')})` : '';
            out.push({ path, text: `${where}: matches none of ${e.keyword}${hint}` });
            continue;
        }
        out.push({ path, text: sentence(e, where) });
    }
    return [...new Set(out.map((o) => o.text))];
}
function sentence(e, where) {
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${where}.${String(p.missingProperty)} is required`;
        case 'type':
            return `${where}: expected ${[p.type].flat().join(' or ')}, got ${describe(e.data)}`;
        case 'enum':
            return `${where}: ${JSON.stringify(e.data)} is not one of ${JSON.stringify(p.allowedValues)}`;
        case 'additionalProperties':
            return `${where}.${String(p.additionalProperty)} is not allowed`;
        case 'format':
        case 'pattern':
        case 'const':
            return `${where}: ${JSON.stringify(e.data)} ${e.message ?? 'is invalid'}`;
        default:
            return `${where}: ${e.message ?? e.keyword}`;
    }
}
function isWithin(path, parent) {
    return path === parent || path.startsWith(`${parent}/`);
}
/** `/labels/0/name` as `.labels[0].name`. */
function jsonPath(pointer) {
    if (pointer === '')
        return '';
    return pointer
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
        .join('');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number' && Number.isInteger(value))
        return 'integer';
    return typeof value;
}

;// CONCATENATED MODULE: ./src/standin/openapi.ts
// GitHub's official OpenAPI description (the @octokit/openapi package), used as the referee for
// every request the stand-in receives and every response it sends.




const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);
const DESCRIPTION_FILE = (0,external_node_path_.join)('generated', 'api.github.com.json');
// Spelled out at run time so a bundler cannot follow it and inline the 13 MB description.
const PACKAGE_JSON = ['@octokit', 'openapi', 'package.json'].join('/');
/** Locates api.github.com.json: through module resolution, then node_modules above the cwd. */
function findDescriptionFile() {
    try {
        const require = (0,external_node_module_.createRequire)(import.meta.url);
        const resolve = require.resolve;
        const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(resolve(PACKAGE_JSON)), DESCRIPTION_FILE);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
    }
    catch {
        // fall through to the search below
    }
    for (let dir = process.cwd();; dir = (0,external_node_path_.dirname)(dir)) {
        const file = (0,external_node_path_.join)(dir, 'node_modules', '@octokit', 'openapi', DESCRIPTION_FILE);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
        if ((0,external_node_path_.dirname)(dir) === dir)
            break;
    }
    throw new Error('GitHub API stand-in: cannot find @octokit/openapi/generated/api.github.com.json; ' +
        'install the package (npm install) or run from the project directory');
}
let shared;
/**
 * Parses the description once per process; every stand-in shares it (the validator translates
 * schemas in place the first time it needs them, the same way for everyone).
 */
function loadOpenApi() {
    shared ??= new OpenApi(JSON.parse((0,external_node_fs_.readFileSync)(findDescriptionFile(), 'utf8')));
    return shared;
}
class OpenApi {
    doc;
    compiled;
    validator;
    constructor(doc) {
        this.doc = doc;
        this.validator = new SchemaValidator(doc);
        this.compiled = Object.keys(doc.paths).map((t) => this.compile(t));
        // More literal segments first, then fewer parameters: `/commits/{sha}/pulls` must win over a
        // multi-segment `/commits/{ref}`, and `{basehead}` over Octokit's legacy `{base}...{head}`.
        this.compiled.sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);
    }
    resolve(ref) {
        // Schemas the validator has prepared point at the description by its id (`gh#/...`).
        if (ref.startsWith(`${DOC_ID}#/`))
            ref = ref.slice(DOC_ID.length);
        if (!ref.startsWith('#/'))
            return undefined;
        let node = this.doc;
        for (const raw of ref.slice(2).split('/')) {
            const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
            if (!isObject(node))
                return undefined;
            node = node[key];
        }
        return node;
    }
    deref(x) {
        let cur = x;
        for (let i = 0; cur?.$ref !== undefined && i < 16; i++)
            cur = this.resolve(cur.$ref);
        return cur;
    }
    compile(template) {
        const ops = this.doc.paths[template] ?? {};
        const multi = new Set();
        for (const [m, op] of Object.entries(ops)) {
            if (!METHODS.has(m))
                continue;
            for (const p of op.parameters ?? []) {
                const param = this.deref(p);
                if (param?.['x-multi-segment'])
                    multi.add(param.name);
            }
        }
        const names = [];
        let literalSegments = 0;
        const parts = template.split('/').map((seg) => {
            if (!seg.includes('{')) {
                literalSegments++;
                return escapeRegex(seg);
            }
            return seg
                .split(/(\{[^}]+\})/)
                .map((piece) => {
                const m = /^\{([^}]+)\}$/.exec(piece);
                if (!m)
                    return escapeRegex(piece);
                names.push(m[1]);
                const whole = piece === seg;
                return multi.has(m[1]) && whole ? '(.+)' : '([^/]+?)';
            })
                .join('');
        });
        return { template, regex: new RegExp(`^${parts.join('/')}$`), names, literalSegments };
    }
    /** Finds the operation for a method and a raw (still percent-encoded) pathname. */
    match(method, pathname) {
        const m = method.toLowerCase();
        for (const c of this.compiled) {
            const operation = this.doc.paths[c.template]?.[m];
            if (!operation)
                continue;
            const found = c.regex.exec(pathname);
            if (!found)
                continue;
            const params = {};
            c.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')));
            return {
                method: m.toUpperCase(),
                template: c.template,
                operation,
                params,
                docUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
            };
        }
        return undefined;
    }
    /** Checks path and query parameters (query strings coerced to the declared type). */
    checkParameters(op, query) {
        const errors = [];
        for (const p of op.operation.parameters ?? []) {
            const param = this.deref(p);
            if (!param || (param.in !== 'path' && param.in !== 'query'))
                continue;
            const raw = param.in === 'path' ? op.params[param.name] : (query.get(param.name) ?? undefined);
            const where = `${param.in} parameter ${param.name}`;
            if (raw === undefined) {
                if (param.required)
                    errors.push(`${where} is required`);
                continue;
            }
            if (!param.schema)
                continue;
            const value = coerce(raw, this.deref(param.schema) ?? {});
            for (const e of this.validator.validate(param.schema, value, param.name)) {
                errors.push(`${where}: ${e}`);
            }
        }
        return errors;
    }
    /** Checks a parsed JSON request body against the operation's request body schema. */
    checkRequestBody(op, body) {
        const rb = this.deref(op.operation.requestBody);
        if (!rb)
            return [];
        const schema = rb.content?.['application/json']?.schema;
        if (body === undefined)
            return rb.required ? ['request body is required'] : [];
        if (!schema)
            return [];
        return this.validator.validate(schema, body, 'body');
    }
    /**
     * Checks a response the stand-in is about to send. Undocumented error statuses are allowed
     * (GitHub documents only some), an undocumented success status is not.
     */
    checkResponse(op, status, body) {
        const responses = op.operation.responses;
        const declared = this.deref(responses[String(status)] ?? responses.default);
        if (!declared) {
            return status < 300 ? [`status ${status} is not a documented response`] : [];
        }
        const content = declared.content;
        if (!content) {
            // Some errors are documented without a body (409 for POST /deployments), yet GitHub's error
            // answers carry its JSON message; only a success documented without one must have none.
            if (status >= 400)
                return [];
            return body === undefined ? [] : [`status ${status} is documented without a body`];
        }
        const schema = content['application/json']?.schema;
        if (!schema)
            return [];
        if (body === undefined)
            return [`status ${status} must have a JSON body`];
        return this.validator.validate(schema, body, 'response');
    }
}
function coerce(raw, schema) {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (type === 'integer' && /^-?\d+$/.test(raw))
        return Number(raw);
    if (type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw)))
        return Number(raw);
    if (type === 'boolean' && (raw === 'true' || raw === 'false'))
        return raw === 'true';
    return raw;
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}

;// CONCATENATED MODULE: ./src/standin/reply.ts
function json(status, body, headers) {
    return headers ? { status, body, headers } : { status, body };
}
function intParam(value, fallback) {
    if (value === null || value === undefined || !/^-?\d+$/.test(value))
        return fallback;
    return Number(value);
}
function paging(query, defaultPerPage = 30, maxPerPage = 100) {
    const perPage = Math.min(maxPerPage, Math.max(1, intParam(query.get('per_page'), defaultPerPage)));
    const page = Math.max(1, intParam(query.get('page'), 1));
    return { page, perPage };
}
/** GitHub's Link header: next/last after the current page, first/prev before it. */
function linkHeader(url, page, lastPage) {
    const at = (p) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return `<${u.toString()}>`;
    };
    const links = [];
    if (page > 1)
        links.push(`${at(page - 1)}; rel="prev"`);
    if (page < lastPage)
        links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`);
    if (page > 1)
        links.push(`${at(1)}; rel="first"`);
    return links.length > 0 ? links.join(', ') : undefined;
}
/** One page of `items` with the Link header a GitHub list endpoint would send. */
function paginate(c, items) {
    const { page, perPage } = paging(c.query);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(c.url, page, lastPage);
    return json(200, slice, link ? { link } : undefined);
}

;// CONCATENATED MODULE: ./src/standin/routes-issues.ts
// Issues, issue comments and labels, with GitHub's filtering, ordering and pagination.


function labelNames(labels) {
    if (!labels)
        return undefined;
    return labels
        .map((l) => (typeof l === 'string' ? l : l.name))
        .filter((n) => typeof n === 'string');
}
function logins(body) {
    const list = body.assignees?.map((a) => (typeof a === 'string' ? a : a.login));
    const all = [...(list ?? []), ...(body.assignee ? [body.assignee] : [])];
    const out = all.filter((l) => typeof l === 'string' && l !== '');
    return body.assignees === undefined && !body.assignee ? undefined : out;
}
function issueNumber(c) {
    return Number(c.params.issue_number);
}
function mustIssue(c) {
    const issue = c.state.issue(issueNumber(c));
    if (!issue)
        throw new types/* ApiError */.h(404, { message: 'Not Found' });
    return issue;
}
const routes_issues_location = (url) => ({ location: url });
function listIssues(c) {
    const q = c.query;
    const state = q.get('state') ?? 'open';
    const wanted = (q.get('labels') ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    const creator = q.get('creator');
    const assignee = q.get('assignee');
    const milestone = q.get('milestone');
    const since = q.get('since');
    const sinceMs = since ? Date.parse(since) : NaN;
    const items = c.state.issues.filter((i) => {
        if (state !== 'all' && i.state !== state)
            return false;
        const names = i.labels.map((l) => l.name.toLowerCase());
        if (!wanted.every((w) => names.includes(w)))
            return false;
        if (creator && i.user?.login !== creator)
            return false;
        if (assignee === 'none' && i.assignees.length > 0)
            return false;
        if (assignee === '*' && i.assignees.length === 0)
            return false;
        if (assignee && assignee !== 'none' && assignee !== '*') {
            if (!i.assignees.some((a) => a.login === assignee))
                return false;
        }
        // No issue has a milestone here, so only "none" (or no filter) can match.
        if (milestone && milestone !== 'none')
            return false;
        if (!Number.isNaN(sinceMs) && Date.parse(i.updated_at) < sinceMs)
            return false;
        return true;
    });
    const sort = q.get('sort') ?? 'created';
    const sign = (q.get('direction') ?? 'desc') === 'asc' ? 1 : -1;
    const key = (i) => sort === 'updated'
        ? Date.parse(i.updated_at)
        : sort === 'comments'
            ? i.comments
            : Date.parse(i.created_at);
    // Ties (same second, same comment count) fall back to creation order, like GitHub's ids.
    items.sort((a, b) => sign * (key(a) - key(b) || a.id - b.id));
    return paginate(c, items);
}
const issueRoutes = {
    'POST /repos/{owner}/{repo}/issues': (c) => {
        const b = c.body;
        const issue = c.state.createIssue({
            title: String(b.title ?? ''),
            body: b.body ?? null,
            labels: labelNames(b.labels),
            assignees: logins(b),
            user: c.login,
        });
        return json(201, issue, routes_issues_location(issue.url));
    },
    'GET /repos/{owner}/{repo}/issues': listIssues,
    'GET /repos/{owner}/{repo}/issues/{issue_number}': (c) => json(200, mustIssue(c)),
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (c) => {
        const b = c.body;
        const issue = c.state.updateIssue(issueNumber(c), {
            title: b.title === undefined || b.title === null ? undefined : String(b.title),
            body: b.body,
            state: b.state,
            state_reason: b.state_reason,
            labels: labelNames(b.labels),
            assignees: logins(b),
        }, c.login);
        return json(200, issue);
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (c) => {
        const b = c.body;
        const comment = c.state.createComment(issueNumber(c), b.body, c.login);
        return json(201, comment, routes_issues_location(comment.url));
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (c) => {
        const issue = mustIssue(c);
        const since = c.query.get('since');
        const sinceMs = since ? Date.parse(since) : NaN;
        const comments = c.state
            .commentsOf(issue.number)
            .filter((x) => Number.isNaN(sinceMs) || Date.parse(x.updated_at) >= sinceMs);
        return paginate(c, comments);
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (c) => {
        const b = c.body;
        return json(200, c.state.addLabels(issueNumber(c), labelNames(b.labels) ?? []));
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': (c) => {
        const b = c.body;
        return json(201, c.state.addAssignees(issueNumber(c), logins(b ?? {}) ?? []));
    },
    'GET /repos/{owner}/{repo}/labels': (c) => paginate(c, c.state.labels),
    'GET /repos/{owner}/{repo}/labels/{name}': (c) => {
        const label = c.state.findLabel(c.params.name ?? '');
        if (!label)
            throw new types/* ApiError */.h(404, { message: 'Not Found' });
        return json(200, label);
    },
    'POST /repos/{owner}/{repo}/labels': (c) => {
        const b = c.body;
        const label = c.state.createLabel(b);
        return json(201, label, routes_issues_location(label.url));
    },
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/standin/routes-refs.ts
// Git references and annotated tags, as GET /git/ref/{ref} and GET /git/tags/{tag_sha} answer
// them: deploy-guard asks whether a deployment's ref is a tag on its commit (a branch is never
// handed to a rollback).





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(c, args) {
    try {
        return (await run('git', args, { cwd: c.git.dir })).stdout;
    }
    catch {
        return null;
    }
}
const notFound = () => new types/* ApiError */.h(404, { message: 'Not Found' });
const SAFE = /^(heads|tags)\/[A-Za-z0-9._/-]+$/;
const refRoutes = {
    'GET /repos/{owner}/{repo}/git/ref/{ref}': async (c) => {
        const ref = c.params.ref ?? '';
        if (!SAFE.test(ref) || ref.includes('..'))
            throw notFound();
        const sha = (await git(c, ['rev-parse', '--verify', '--quiet', `refs/${ref}`]))?.trim();
        if (!sha)
            throw notFound();
        const type = (await git(c, ['cat-file', '-t', sha]))?.trim() ?? 'commit';
        const api = c.state.ctx.apiRepo;
        return json(200, {
            ref: `refs/${ref}`,
            node_id: (0,objects/* nodeId */.s5)('REF', `${ref}:${sha}`),
            url: `${api}/git/refs/${ref}`,
            object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
        });
    },
    'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': async (c) => {
        const sha = c.params.tag_sha ?? '';
        if (!/^[0-9a-f]{40}$/.test(sha))
            throw notFound();
        const raw = await git(c, ['cat-file', 'tag', sha]);
        if (!raw)
            throw notFound();
        const [head = '', ...rest] = raw.split('\n\n');
        const field = (name) => new RegExp(`^${name} (.*)$`, 'm').exec(head)?.[1] ?? '';
        const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'));
        const api = c.state.ctx.apiRepo;
        const type = field('type');
        return json(200, {
            node_id: (0,objects/* nodeId */.s5)('TAG', sha),
            tag: field('tag'),
            sha,
            url: `${api}/git/tags/${sha}`,
            message: rest.join('\n\n'),
            tagger: {
                name: tagger?.[1] ?? '',
                email: tagger?.[2] ?? '',
                date: new Date(Number(tagger?.[3] ?? 0) * 1000).toISOString().replace('.000', ''),
            },
            object: { sha: field('object'), type, url: `${api}/git/${type}s/${field('object')}` },
            verification: { ...objects/* UNSIGNED */.ke },
        });
    },
};

;// CONCATENATED MODULE: ./src/standin/routes.ts
// The endpoints the stand-in serves, keyed by "METHOD template" as GitHub's description names them.





function deploymentId(c) {
    return Number(c.params.deployment_id);
}
function mustDeployment(c) {
    const d = c.state.deployment(deploymentId(c));
    if (!d)
        throw new types/* ApiError */.h(404, { message: 'Not Found' });
    return d;
}
function noCommit(ref) {
    return new types/* ApiError */.h(422, { message: `No commit found for SHA: ${ref}` });
}
const deploymentRoutes = {
    'POST /repos/{owner}/{repo}/deployments': async (c) => {
        const b = c.body;
        const sha = await c.git.resolve(b.ref);
        if (!sha)
            throw new types/* ApiError */.h(422, { message: `No ref found for: ${b.ref}` });
        const d = c.state.createDeployment({ ...b, sha, creator: c.login });
        return json(201, d, { location: d.url });
    },
    'GET /repos/{owner}/{repo}/deployments': (c) => {
        const q = c.query;
        // GitHub documents "none" as the default of every filter, meaning "do not filter".
        const want = (name) => {
            const v = q.get(name);
            return v === null || v === 'none' ? undefined : v;
        };
        const [sha, ref, task, environment] = ['sha', 'ref', 'task', 'environment'].map(want);
        const list = c.state.deployments
            .filter((d) => (sha === undefined || d.sha === sha) &&
            (ref === undefined || d.ref === ref) &&
            (task === undefined || d.task === task) &&
            (environment === undefined || c.state.sameEnvironment(d.environment, environment)))
            .sort((a, b) => b.id - a.id);
        return paginate(c, list);
    },
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (c) => json(200, mustDeployment(c)),
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (c) => {
        const b = c.body;
        const status = c.state.createDeploymentStatus(mustDeployment(c).id, { ...b, creator: c.login });
        return json(201, status, { location: status.url });
    },
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (c) => {
        const d = mustDeployment(c);
        return paginate(c, [...c.state.statusesOf(d.id)].reverse());
    },
};
const gitRoutes = {
    'GET /repos/{owner}/{repo}/compare/{basehead}': async (c) => {
        const basehead = c.params.basehead ?? '';
        const i = basehead.indexOf('...');
        if (i <= 0 || i + 3 >= basehead.length)
            throw new types/* ApiError */.h(404, { message: 'Not Found' });
        // GitHub's "Compare two commits" (https://docs.github.com/en/rest/commits/commits#compare-two-commits):
        // "When calling this endpoint without any paging parameter (`per_page` or `page`), the
        // returned list is limited to 250 commits, and the last commit in the list is the most recent
        // of the entire comparison." With a paging parameter, pages are chronological (page 1 holds
        // the oldest commits), files come on the first page only, up to 300 for the whole comparison,
        // and per_page is the usual one: "The number of results per page (max 100)", default 30.
        // total_commits counts every commit of the comparison either way.
        const paged = c.query.has('page') || c.query.has('per_page');
        const p = paging(c.query, 30, 100);
        const result = await c.git.compare(basehead.slice(0, i), basehead.slice(i + 3), paged ? p : undefined);
        if (!result)
            throw new types/* ApiError */.h(404, { message: 'Not Found' });
        const lastPage = Math.max(1, Math.ceil(result.totalCommits / p.perPage));
        const link = paged ? linkHeader(c.url, p.page, lastPage) : undefined;
        return json(200, result.body, link ? { link } : undefined);
    },
    'GET /repos/{owner}/{repo}/commits/{ref}': async (c) => {
        const ref = c.params.ref ?? '';
        // Files come FILE_LIMIT to a page unless the client asks for pages explicitly.
        const p = paging(c.query, standin_git/* FILE_LIMIT */.h1, standin_git/* FILE_LIMIT */.h1);
        const result = await c.git.commit(ref, p);
        if (!result)
            throw noCommit(ref);
        const link = linkHeader(c.url, p.page, Math.max(1, Math.ceil(result.totalFiles / p.perPage)));
        return json(200, result.body, link ? { link } : undefined);
    },
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': async (c) => {
        const ref = c.params.commit_sha ?? '';
        const sha = await c.git.resolve(ref);
        if (!sha)
            throw noCommit(ref);
        return paginate(c, c.state.pulls.get(sha) ?? []);
    },
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': async (c) => {
        const b = c.body;
        if (!(await c.git.isBranchOrTag(b.ref))) {
            throw new types/* ApiError */.h(422, { message: `No ref found for: ${b.ref}` });
        }
        const workflow = c.params.workflow_id ?? '';
        c.state.recordDispatch(workflow, b.ref, b.inputs ?? {}, c.login);
        if (!b.return_run_details)
            return { status: 204 };
        const runId = 5_000_000_000 + c.state.dispatches.length;
        return json(200, {
            workflow_run_id: runId,
            run_url: `${c.state.ctx.apiRepo}/actions/runs/${runId}`,
            html_url: `${c.state.ctx.htmlRepo}/actions/runs/${runId}`,
        });
    },
};
const routes = {
    'GET /repos/{owner}/{repo}': (c) => json(200, c.state.repository()),
    ...deploymentRoutes,
    ...issueRoutes,
    ...gitRoutes,
    ...refRoutes,
};

// EXTERNAL MODULE: ./src/standin/issues.ts
var issues = __webpack_require__(7087);
;// CONCATENATED MODULE: ./src/standin/pulls.ts
// The pull-request-simple object GET /commits/{sha}/pulls returns, built from what a test registers.

function pullObject(state, sha, number, input) {
    const { ctx } = state;
    const repoApi = ctx.apiRepo;
    const url = `${repoApi}/pulls/${number}`;
    const html = `${objects/* WEB */.Fo}/${ctx.owner}/${ctx.repo}/pull/${number}`;
    const at = state.timestamp();
    const closed = (input.state ?? 'closed') === 'closed';
    const mergedAt = input.merged_at !== undefined ? input.merged_at : closed ? at : null;
    const user = state.user(input.user ?? 'octocat');
    const headRef = input.head ?? `feature-${number}`;
    const baseRef = input.base ?? ctx.defaultBranch;
    const link = (href) => ({ href });
    return {
        url,
        id: 2_000_000_000 + number,
        node_id: (0,objects/* nodeId */.s5)('PR', number),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: `${repoApi}/issues/${number}`,
        commits_url: `${url}/commits`,
        review_comments_url: `${url}/comments`,
        review_comment_url: `${repoApi}/pulls/comments{/number}`,
        comments_url: `${repoApi}/issues/${number}/comments`,
        statuses_url: `${repoApi}/statuses/${sha}`,
        number,
        state: closed ? 'closed' : 'open',
        locked: false,
        title: input.title,
        user,
        body: input.body ?? null,
        labels: (input.labels ?? []).map((name, i) => ({
            id: 3_000_000 + number * 100 + i,
            node_id: (0,objects/* nodeId */.s5)('LA', `${number}-${i}`),
            url: `${repoApi}/labels/${encodeURIComponent(name)}`,
            name,
            description: '',
            color: 'ededed',
            default: false,
        })),
        milestone: null,
        active_lock_reason: null,
        created_at: at,
        updated_at: at,
        closed_at: closed ? (mergedAt ?? at) : null,
        merged_at: mergedAt,
        merge_commit_sha: mergedAt ? sha : null,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        head: { label: `${ctx.owner}:${headRef}`, ref: headRef, sha, user, repo: state.repository() },
        base: { label: `${ctx.owner}:${baseRef}`, ref: baseRef, sha, user, repo: state.repository() },
        _links: {
            self: link(url),
            html: link(html),
            issue: link(`${repoApi}/issues/${number}`),
            comments: link(`${repoApi}/issues/${number}/comments`),
            review_comments: link(`${url}/comments`),
            review_comment: link(`${repoApi}/pulls/comments{/number}`),
            commits: link(`${url}/commits`),
            statuses: link(`${repoApi}/statuses/${sha}`),
        },
        author_association: 'CONTRIBUTOR',
        auto_merge: null,
        draft: input.draft ?? false,
    };
}

;// CONCATENATED MODULE: ./src/standin/state.ts
// The stand-in's memory: everything written through the API, stored in the shape GitHub returns
// it, so tests can read it directly and seed it (deployment history, pull requests for commits).






const REPO_CREATED_AT = '2024-01-02T03:04:05Z';
class StandInState extends issues/* IssueStore */.d {
    resolveSha;
    /** Commit author e-mail to GitHub login; unmapped authors appear with `author: null`. */
    authors = new Map();
    /** Every deployment, oldest first (the list endpoint returns newest first). */
    deployments = [];
    /** Statuses per deployment id, oldest first. */
    statuses = new Map();
    dispatches = [];
    /** Pull requests per full commit SHA, as GET /commits/{sha}/pulls returns them. */
    pulls = new Map();
    /** How deployment environments are compared (see EnvironmentMatch). */
    environmentMatch = 'exact';
    /** Whether each deployment's `deployment` event starts workflow runs (see startsWorkflows). */
    startingWorkflows = new Map();
    constructor(api, owner, repo, defaultBranch, 
    /** Resolves a ref to a full SHA, or undefined when the repository has no such commit. */
    resolveSha) {
        super(api, owner, repo, defaultBranch);
        this.resolveSha = resolveSha;
    }
    // Deployments ---------------------------------------------------------------------------
    createDeployment(input) {
        const sha = input.sha ?? this.resolveSha(input.ref);
        if (!sha)
            throw validationFailedRef(input.ref);
        const id = this.id();
        const environment = input.environment ?? 'production';
        const at = input.created_at ?? this.timestamp();
        const url = `${this.ctx.apiRepo}/deployments/${id}`;
        const d = {
            url,
            id,
            node_id: (0,objects/* nodeId */.s5)('DE', id),
            sha,
            ref: input.ref,
            task: input.task ?? 'deploy',
            payload: normalisePayload(input.payload),
            original_environment: environment,
            environment,
            description: input.description ?? '',
            creator: this.user(input.creator),
            created_at: at,
            updated_at: at,
            statuses_url: `${url}/statuses`,
            repository_url: this.ctx.apiRepo,
            transient_environment: input.transient_environment ?? false,
            production_environment: input.production_environment ?? environment === 'production',
        };
        this.deployments.push(d);
        this.statuses.set(id, []);
        this.startingWorkflows.set(id, startsWorkflows(d.creator?.login ?? this.actor));
        return d;
    }
    /**
     * Whether the `deployment` event of this deployment would start workflow runs (`on:
     * deployment`). GitHub: "When you use the repository's GITHUB_TOKEN to perform tasks, events
     * triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and
     * repository_dispatch, will not create a new workflow run."
     * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow#triggering-a-workflow-from-a-workflow)
     * So a deployment created by github-actions[bot] (GITHUB_TOKEN, or a job's `environment:`)
     * starts none; one created with a personal access token or a GitHub App token does.
     */
    startsWorkflows(deploymentId) {
        return this.startingWorkflows.get(deploymentId) ?? false;
    }
    /** Whether `name` names the environment `environment` (see EnvironmentMatch). */
    sameEnvironment(environment, name) {
        if (this.environmentMatch === 'exact')
            return environment === name;
        return environment.toLowerCase() === name.toLowerCase();
    }
    /**
     * Records a deployment as if a workflow job had made it, with its statuses: the history a
     * deploy-guard run finds. Throws a 422 ApiError when the repository has no such commit.
     */
    recordDeployment(input) {
        const sha = this.resolveSha(input.sha);
        if (!sha)
            throw new types/* ApiError */.h(422, { message: `No commit found for SHA: ${input.sha}` });
        const creator = input.creator ?? objects/* GITHUB_TOKEN_LOGIN */.Us;
        const d = this.createDeployment({
            ref: input.ref ?? input.sha,
            sha,
            environment: input.environment,
            creator,
            task: input.task,
            description: input.description,
            payload: input.payload,
            created_at: input.created_at,
        });
        for (const s of input.statuses ?? []) {
            const status = typeof s === 'string' ? { state: s } : s;
            this.createDeploymentStatus(d.id, { ...status, creator });
        }
        return d;
    }
    deployment(id) {
        return this.deployments.find((d) => d.id === id);
    }
    statusesOf(id) {
        return this.statuses.get(id) ?? [];
    }
    createDeploymentStatus(deploymentId, input) {
        const d = this.deployment(deploymentId);
        if (!d)
            throw new types/* ApiError */.h(404, { message: 'Not Found' });
        const description = input.description ?? '';
        if ([...description].length > 140) {
            throw (0,types/* validationFailed */.$)({
                resource: 'DeploymentStatus',
                code: 'custom',
                field: 'description',
                message: 'description is too long (maximum is 140 characters)',
            });
        }
        const previous = this.statusesOf(deploymentId).at(-1);
        const environment = input.environment ?? previous?.environment ?? d.environment;
        const logUrl = input.log_url ?? input.target_url ?? '';
        const status = this.pushStatus(d, {
            state: input.state,
            description,
            environment,
            target_url: logUrl,
            log_url: logUrl,
            environment_url: input.environment_url ?? '',
            creator: input.creator,
            created_at: input.created_at,
        });
        d.environment = environment;
        d.updated_at = status.created_at;
        // GitHub's auto_inactive: a new success retires earlier successful deployments of the same
        // environment, but only for non-transient, non-production environments.
        if (input.state === 'success' && input.auto_inactive !== false) {
            for (const other of this.deployments) {
                if (other.id === d.id || !this.sameEnvironment(other.environment, environment))
                    continue;
                if (other.transient_environment || other.production_environment)
                    continue;
                if (other.id > d.id || this.statusesOf(other.id).at(-1)?.state !== 'success')
                    continue;
                this.pushStatus(other, {
                    state: 'inactive',
                    description: '',
                    environment,
                    target_url: '',
                    log_url: '',
                    environment_url: '',
                    created_at: status.created_at,
                });
            }
        }
        return status;
    }
    pushStatus(d, s) {
        const id = this.id();
        const at = s.created_at ?? this.timestamp();
        const status = {
            url: `${d.url}/statuses/${id}`,
            id,
            node_id: (0,objects/* nodeId */.s5)('DES', id),
            state: s.state,
            creator: this.user(s.creator),
            description: s.description,
            environment: s.environment,
            target_url: s.target_url,
            log_url: s.log_url,
            environment_url: s.environment_url,
            created_at: at,
            updated_at: at,
            deployment_url: d.url,
            repository_url: this.ctx.apiRepo,
        };
        this.statuses.get(d.id).push(status);
        return status;
    }
    // Pull requests and dispatches ------------------------------------------------------------
    /** Registers a pull request that GET /commits/{sha}/pulls returns for `sha` (any ref works). */
    registerPull(sha, input) {
        const full = this.resolveSha(sha) ?? sha;
        const number = input.number ?? this.nextNumber;
        this.nextNumber = Math.max(this.nextNumber, number + 1);
        const pr = pullObject(this, full, number, input);
        const list = this.pulls.get(full) ?? [];
        list.push(pr);
        this.pulls.set(full, list);
        return pr;
    }
    /** A workflow_dispatch: it starts a run even when GITHUB_TOKEN sends it (the documented exception). */
    recordDispatch(workflowId, ref, inputs, creator = this.actor) {
        const d = {
            workflow_id: workflowId,
            ref,
            inputs,
            created_at: this.timestamp(),
            creator,
            starts_workflows: true,
        };
        this.dispatches.push(d);
        return d;
    }
    /** The repository object GET /repos/{owner}/{repo} returns and pull requests embed. */
    repository() {
        return (0,objects/* repositoryObject */.KV)(this.ctx, this.openIssueCount(), REPO_CREATED_AT);
    }
}
/** Events a login's token triggers start workflow runs unless the login is GITHUB_TOKEN's. */
function startsWorkflows(login) {
    return login !== objects/* GITHUB_TOKEN_LOGIN */.Us;
}
function validationFailedRef(ref) {
    return new types/* ApiError */.h(422, { message: `No ref found for: ${ref}` });
}
// GitHub stores a JSON string payload as the object it encodes.
function normalisePayload(p) {
    if (p === undefined || p === '')
        return {};
    if (typeof p !== 'string')
        return p;
    try {
        const parsed = JSON.parse(p);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? parsed
            : p;
    }
    catch {
        return p;
    }
}

;// CONCATENATED MODULE: ./src/standin/server.ts
// A stateful local stand-in for GitHub's REST API, for end-to-end tests and `deploy-guard demo`.
// Every request and every response is held to GitHub's official OpenAPI description, so a
// product bug (a wrong body) and a stand-in bug (a wrong answer) both surface as violations.














const API_VERSION = '2022-11-28';
async function startStandIn(opts) {
    const openapi = loadOpenApi();
    const defaultBranch = opts.defaultBranch ?? currentBranch(opts.repoDir);
    const requests = [];
    const violations = [];
    const unimplemented = [];
    const faults = new Faults();
    const timers = new Set();
    let closed = false;
    let rateRemaining = 5000;
    const rateReset = Math.floor(Date.now() / 1000) + 3600;
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((err) => {
            violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(err)}`);
            if (!res.headersSent && !closed)
                res.writeHead(500).end();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const url = `http://127.0.0.1:${server.address().port}`;
    const state = new StandInState(url, opts.owner, opts.repo, defaultBranch, (ref) => (0,standin_git/* resolveSync */.KS)(opts.repoDir, ref));
    state.actor = opts.tokenLogin ?? objects/* GITHUB_TOKEN_LOGIN */.Us;
    state.environmentMatch = opts.environmentMatch ?? 'exact';
    const git = new standin_git/* GitRepo */.tr(opts.repoDir, state.ctx, state.authors);
    const logins = new Map(Object.entries(opts.tokens ?? {}));
    if (opts.token !== undefined)
        logins.set(opts.token, state.actor);
    /** The login a token acts as, or undefined when the stand-in does not accept it. */
    const loginOf = (token) => (logins.size === 0 ? state.actor : logins.get(token));
    const sleep = (ms) => new Promise((resolve) => {
        const t = setTimeout(() => {
            timers.delete(t);
            resolve();
        }, ms);
        timers.add(t);
    });
    async function handle(req, res) {
        const raw = await readBody(req);
        const method = (req.method ?? 'GET').toUpperCase();
        const target = new URL(req.url ?? '/', url);
        const path = target.pathname;
        if (path.startsWith(CONTROL_PREFIX)) {
            // The stand-in's own endpoints: no token, no description, not recorded (see control.ts).
            const reply = control({ state, faults, requests, violations, unimplemented }, method, path, raw);
            const headers = { 'content-type': 'application/json; charset=utf-8' };
            if (reply.body === undefined)
                res.writeHead(reply.status).end();
            else
                res.writeHead(reply.status, headers).end(JSON.stringify(reply.body, null, 2));
            return;
        }
        const requestId = (0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase();
        const record = { method, path: req.url ?? '/', status: 0 };
        requests.push(record);
        const label = `${method} ${path}`;
        const check = (reply, op) => {
            if (!op)
                return;
            for (const e of openapi.checkResponse(op, reply.status, reply.body)) {
                violations.push(`${label} response ${reply.status}: ${e}`);
            }
        };
        const send = (reply, op) => {
            if (closed)
                return;
            check(reply, op);
            record.status = reply.status;
            rateRemaining = Math.max(0, rateRemaining - 1);
            const headers = {
                'x-github-request-id': requestId,
                'x-github-api-version-selected': API_VERSION,
                'x-ratelimit-limit': '5000',
                'x-ratelimit-remaining': String(rateRemaining),
                'x-ratelimit-reset': String(rateReset),
                'x-ratelimit-used': String(5000 - rateRemaining),
                'x-ratelimit-resource': 'core',
                ...reply.headers,
            };
            if (reply.body === undefined) {
                res.writeHead(reply.status, headers).end();
                return;
            }
            headers['content-type'] = 'application/json; charset=utf-8';
            res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
        };
        const error = (status, message, op, extra = {}) => send(errorReply(status, message, op, extra), op);
        // The operation is looked up first only so that every answer, a 401 included, is held to
        // what the description documents for it. Authentication still comes first on GitHub too: a bad
        // token never reaches validation.
        const op = openapi.match(method, path);
        if (op)
            record.template = op.template;
        const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (!auth)
            return error(401, 'Requires authentication', op);
        const login = loginOf(auth[1]);
        if (login === undefined)
            return error(401, 'Bad credentials', op);
        let body;
        if (raw.length > 0) {
            try {
                body = JSON.parse(raw);
                record.body = body;
            }
            catch {
                record.body = raw;
                violations.push(`${label}: request body is not JSON`);
                return error(400, 'Problems parsing JSON', op);
            }
        }
        const paramErrors = op ? openapi.checkParameters(op, target.searchParams) : [];
        const bodyErrors = op ? openapi.checkRequestBody(op, body) : [];
        if (!op)
            violations.push(`${label}: not an operation in GitHub's OpenAPI description`);
        for (const e of [...paramErrors, ...bodyErrors])
            violations.push(`${label} request: ${e}`);
        // A fault answers before the route runs, so nothing is written; with `afterWrite` it answers
        // after the route has run, so the write is carried out and only its answer is lost.
        const fault = faults.take(method, path, op?.template);
        if (fault && !fault.afterWrite) {
            if (fault.hang)
                return;
            if (fault.delayMs)
                await sleep(fault.delayMs);
            const injected = faultReply(fault, requestId);
            // Injected answers are checked like any other: a fault must look like what GitHub sends.
            if (injected)
                return send(injected, op);
        }
        const route = async () => {
            if (!op)
                return errorReply(404, 'Not Found');
            if (paramErrors.some((e) => e.startsWith('path')))
                return errorReply(404, 'Not Found', op);
            if (paramErrors.length > 0 || bodyErrors.length > 0) {
                const detail = [...paramErrors, ...bodyErrors].join('\n');
                return errorReply(422, `Invalid request.\n\n${detail}`, op);
            }
            const { owner, repo } = op.params;
            const sameRepo = owner === undefined ||
                (owner.toLowerCase() === opts.owner.toLowerCase() &&
                    repo?.toLowerCase() === opts.repo.toLowerCase());
            if (!sameRepo)
                return errorReply(404, 'Not Found', op);
            const handler = routes[`${op.method} ${op.template}`];
            if (!handler) {
                unimplemented.push(`${op.method} ${op.template}`);
                return errorReply(404, 'Not Found', op);
            }
            try {
                const query = target.searchParams;
                return await handler({ state, git, params: op.params, query, body, url: target, login });
            }
            catch (err) {
                if (!(err instanceof types/* ApiError */.h))
                    throw err;
                const { message, ...rest } = err.body;
                return errorReply(err.status, message, op, rest);
            }
        };
        const reply = await route();
        if (fault?.afterWrite) {
            // The answer that is lost is still held to the description: it is the stand-in's.
            if (fault.hang)
                return check(reply, op);
            if (fault.delayMs)
                await sleep(fault.delayMs);
            const injected = faultReply(fault, requestId);
            if (injected) {
                check(reply, op);
                return send(injected, op);
            }
        }
        send(reply, op);
    }
    return {
        url,
        state,
        requests,
        violations,
        unimplemented,
        faults,
        close: async () => {
            if (closed)
                return;
            closed = true;
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            const done = new Promise((resolve) => server.close(() => resolve()));
            // Hanging and keep-alive connections would hold close() open forever.
            server.closeAllConnections();
            await done;
        },
    };
}
/** GitHub's JSON error answer. */
function errorReply(status, message, op, extra = {}) {
    return {
        status,
        body: {
            message,
            ...extra,
            documentation_url: op?.docUrl ?? 'https://docs.github.com/rest',
            status: String(status),
        },
    };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
function currentBranch(dir) {
    try {
        (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--git-dir'], { cwd: dir, stdio: 'ignore' });
    }
    catch {
        throw new Error(`GitHub API stand-in: ${dir} is not a git repository`);
    }
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['symbolic-ref', '--short', 'HEAD'], {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'ignore'],
            encoding: 'utf8',
        });
        return out.trim() || 'main';
    }
    catch {
        return 'main';
    }
}


/***/ }),

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ validationFailed),
/* harmony export */   h: () => (/* binding */ ApiError)
/* harmony export */ });
/** A 404 or 422 with GitHub's JSON error body; routes turn it into the response. */
class ApiError extends Error {
    status;
    body;
    constructor(status, body) {
        super(body.message);
        this.status = status;
        this.body = body;
    }
}
function validationFailed(...errors) {
    return new ApiError(422, { message: 'Validation Failed', errors });
}


/***/ })

};
