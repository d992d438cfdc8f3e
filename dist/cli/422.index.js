export const id = 422;
export const ids = [422];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
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
        if (fault.retryAfter !== undefined)
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/standin/objects.ts
// Builders for the GitHub objects that many responses embed (users, the repository), shaped as the
// OpenAPI description requires so that Octokit-style clients and the response validator accept them.

const WEB = 'https://github.com';
// The identity GITHUB_TOKEN acts as; ids are GitHub's real ones so logs look familiar.
const KNOWN_IDS = { 'github-actions[bot]': 41898282, octocat: 583231 };
/** Deterministic id for a login, so the same login is the same user across runs. */
function userId(login) {
    const known = KNOWN_IDS[login];
    if (known !== undefined)
        return known;
    return 10_000_000 + ((0,external_node_crypto_.createHash)('sha1').update(login).digest().readUInt32BE(0) % 80_000_000);
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

;// CONCATENATED MODULE: ./src/standin/git.ts
// Compare and commit answers from a real repository on disk, by running the git CLI, so the
// "what changed" section of an incident issue is built from a real diff.



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
        this.emptyTree ??= (0,external_node_child_process_.execFileSync)('git', ['hash-object', '-t', 'tree', '--stdin'], {
            cwd: this.dir,
            stdio: ['ignore', 'pipe', 'pipe'],
            encoding: 'utf8',
        }).trim();
        return this.emptyTree;
    }
    /**
     * GET /compare/{base}...{head}. Without `page`, the newest 250 commits in chronological order
     * and up to 300 files; with it, a chronological page of commits (files on page 1 only).
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
        return login ? simpleUser(login, this.ctx.api) : null;
    }
    commitObject(c) {
        const api = this.ctx.apiRepo;
        return {
            sha: c.sha,
            node_id: nodeId('C', c.sha),
            commit: {
                author: c.author,
                committer: c.committer,
                message: c.message,
                tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
                url: `${api}/git/commits/${c.sha}`,
                comment_count: 0,
                verification: {
                    verified: false,
                    reason: 'unsigned',
                    signature: null,
                    payload: null,
                    verified_at: null,
                },
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
        const out = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
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
    const utc = (d) => isoSeconds(new Date(d));
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

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/standin/jsonschema.ts
// A validator for the JSON-schema dialect of GitHub's OpenAPI 3.0 description. It interprets the
// schema objects directly (no compile step), so only the parts a request or response touches are
// ever visited and startup costs nothing beyond parsing the description.
// GitHub's description nests oneOf inside large objects; past this depth a cycle is far more
// likely than a real payload, so stop instead of overflowing the stack.
const MAX_DEPTH = 64;
class SchemaValidator {
    resolveRef;
    patterns = new Map();
    constructor(resolveRef) {
        this.resolveRef = resolveRef;
    }
    /** Returns human-readable errors, empty when `value` conforms. */
    validate(schema, value, at = '$') {
        const errors = [];
        this.check(schema, value, at, errors, 0);
        return errors;
    }
    deref(schema, errors, at) {
        let s = schema;
        for (let hops = 0; s?.$ref !== undefined; hops++) {
            const ref = s.$ref;
            s = this.resolveRef(ref);
            if (!s || hops > 32) {
                errors.push(`${at}: unresolvable $ref ${ref}`);
                return undefined;
            }
        }
        return s;
    }
    check(schema0, value, at, errors, depth) {
        if (depth > MAX_DEPTH)
            return;
        const schema = this.deref(schema0, errors, at);
        if (!schema)
            return;
        if (value === null && schema.nullable === true)
            return;
        if (schema.allOf)
            for (const sub of schema.allOf)
                this.check(sub, value, at, errors, depth + 1);
        if (schema.anyOf && !schema.anyOf.some((s) => this.passes(s, value, at, depth))) {
            errors.push(`${at}: matches none of anyOf${this.hint(schema.anyOf, value, at, depth)}`);
        }
        if (schema.oneOf) {
            const matching = schema.oneOf.filter((s) => this.passes(s, value, at, depth)).length;
            if (matching === 0) {
                errors.push(`${at}: matches none of oneOf${this.hint(schema.oneOf, value, at, depth)}`);
            }
            else if (matching > 1) {
                errors.push(`${at}: matches ${matching} alternatives of oneOf, expected exactly one`);
            }
        }
        if (schema.type !== undefined) {
            const types = Array.isArray(schema.type) ? schema.type : [schema.type];
            if (!types.some((t) => hasType(value, t))) {
                errors.push(`${at}: expected ${types.join(' or ')}, got ${describe(value)}`);
                return;
            }
        }
        if (schema.enum && !schema.enum.some((e) => e === value)) {
            errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
        }
        if (typeof value === 'number') {
            if (schema.minimum !== undefined && value < schema.minimum) {
                errors.push(`${at}: ${value} is below the minimum ${schema.minimum}`);
            }
            if (schema.maximum !== undefined && value > schema.maximum) {
                errors.push(`${at}: ${value} is above the maximum ${schema.maximum}`);
            }
        }
        else if (typeof value === 'string') {
            const len = [...value].length;
            if (schema.minLength !== undefined && len < schema.minLength) {
                errors.push(`${at}: shorter than ${schema.minLength} characters`);
            }
            if (schema.maxLength !== undefined && len > schema.maxLength) {
                errors.push(`${at}: longer than ${schema.maxLength} characters`);
            }
            if (schema.pattern !== undefined) {
                const re = this.pattern(schema.pattern);
                if (re && !re.test(value))
                    errors.push(`${at}: does not match /${schema.pattern}/`);
            }
        }
        else if (Array.isArray(value)) {
            if (schema.minItems !== undefined && value.length < schema.minItems) {
                errors.push(`${at}: fewer than ${schema.minItems} items`);
            }
            if (schema.maxItems !== undefined && value.length > schema.maxItems) {
                errors.push(`${at}: more than ${schema.maxItems} items`);
            }
            if (schema.items) {
                for (let i = 0; i < value.length; i++) {
                    this.check(schema.items, value[i], `${at}[${i}]`, errors, depth + 1);
                }
            }
        }
        else if (isObject(value)) {
            this.checkObject(schema, value, at, errors, depth);
        }
    }
    checkObject(schema, value, at, errors, depth) {
        for (const key of schema.required ?? []) {
            if (!(key in value) || value[key] === undefined)
                errors.push(`${at}.${key} is required`);
        }
        const props = schema.properties ?? {};
        const keys = Object.keys(value).filter((k) => value[k] !== undefined);
        if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
            errors.push(`${at}: more than ${schema.maxProperties} properties`);
        }
        for (const key of keys) {
            const sub = props[key];
            if (sub) {
                this.check(sub, value[key], `${at}.${key}`, errors, depth + 1);
            }
            else if (schema.additionalProperties === false) {
                errors.push(`${at}.${key} is not allowed`);
            }
            else if (isObject(schema.additionalProperties)) {
                this.check(schema.additionalProperties, value[key], `${at}.${key}`, errors, depth + 1);
            }
        }
    }
    passes(schema, value, at, depth) {
        const errors = [];
        this.check(schema, value, at, errors, depth + 1);
        return errors.length === 0;
    }
    // When no alternative matches, the closest one (fewest errors) usually names the real mistake.
    hint(alternatives, value, at, depth) {
        let best;
        for (const alt of alternatives) {
            const errors = [];
            this.check(alt, value, at, errors, depth + 1);
            if (!best || errors.length < best.length)
                best = errors;
        }
        return best && best.length > 0 ? ` (closest: ${best.slice(0, 3).join('; ')})` : '';
    }
    pattern(source) {
        let re = this.patterns.get(source);
        if (re === undefined) {
            try {
                re = new RegExp(source, 'u');
            }
            catch {
                // A few patterns in the description use syntax JavaScript lacks; skip rather than guess.
                re = null;
            }
            this.patterns.set(source, re);
        }
        return re;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function hasType(value, type) {
    switch (type) {
        case 'null':
            return value === null;
        case 'string':
            return typeof value === 'string';
        case 'boolean':
            return typeof value === 'boolean';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'array':
            return Array.isArray(value);
        case 'object':
            return isObject(value);
        default:
            // Non-standard types in the description (e.g. "blob") are not ours to judge.
            return true;
    }
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
/** Parses the description once per process; every stand-in shares it (it is read-only). */
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
        this.validator = new SchemaValidator((ref) => this.resolve(ref));
        this.compiled = Object.keys(doc.paths).map((t) => this.compile(t));
        // More literal segments first, then fewer parameters: `/commits/{sha}/pulls` must win over a
        // multi-segment `/commits/{ref}`, and `{basehead}` over Octokit's legacy `{base}...{head}`.
        this.compiled.sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);
    }
    resolve(ref) {
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

;// CONCATENATED MODULE: ./src/standin/types.ts
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
        throw new ApiError(404, { message: 'Not Found' });
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
        });
        return json(200, issue);
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (c) => {
        const b = c.body;
        const comment = c.state.createComment(issueNumber(c), b.body);
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
            throw new ApiError(404, { message: 'Not Found' });
        return json(200, label);
    },
    'POST /repos/{owner}/{repo}/labels': (c) => {
        const b = c.body;
        const label = c.state.createLabel(b);
        return json(201, label, routes_issues_location(label.url));
    },
};

;// CONCATENATED MODULE: ./src/standin/routes-refs.ts
// Git references and annotated tags, as GET /git/ref/{ref} and GET /git/tags/{tag_sha} answer
// them: deploy-guard asks whether a deployment's ref is a tag on its commit (a branch is never
// handed to a rollback).





const routes_refs_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(c, args) {
    try {
        return (await routes_refs_run('git', args, { cwd: c.git.dir })).stdout;
    }
    catch {
        return null;
    }
}
const notFound = () => new ApiError(404, { message: 'Not Found' });
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
            node_id: nodeId('REF', `${ref}:${sha}`),
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
            node_id: nodeId('TAG', sha),
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
            verification: {
                verified: false,
                reason: 'unsigned',
                signature: null,
                payload: null,
                verified_at: null,
            },
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
        throw new ApiError(404, { message: 'Not Found' });
    return d;
}
function noCommit(ref) {
    return new ApiError(422, { message: `No commit found for SHA: ${ref}` });
}
const deploymentRoutes = {
    'POST /repos/{owner}/{repo}/deployments': async (c) => {
        const b = c.body;
        const sha = await c.git.resolve(b.ref);
        if (!sha)
            throw new ApiError(422, { message: `No ref found for: ${b.ref}` });
        const d = c.state.createDeployment({ ...b, sha });
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
            (environment === undefined || d.environment === environment))
            .sort((a, b) => b.id - a.id);
        return paginate(c, list);
    },
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (c) => json(200, mustDeployment(c)),
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (c) => {
        const b = c.body;
        const status = c.state.createDeploymentStatus(mustDeployment(c).id, b);
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
            throw new ApiError(404, { message: 'Not Found' });
        const paged = c.query.has('page') || c.query.has('per_page');
        const p = paging(c.query);
        const result = await c.git.compare(basehead.slice(0, i), basehead.slice(i + 3), paged ? p : undefined);
        if (!result)
            throw new ApiError(404, { message: 'Not Found' });
        const lastPage = Math.max(1, Math.ceil(result.totalCommits / p.perPage));
        const link = paged ? linkHeader(c.url, p.page, lastPage) : undefined;
        return json(200, result.body, link ? { link } : undefined);
    },
    'GET /repos/{owner}/{repo}/commits/{ref}': async (c) => {
        const ref = c.params.ref ?? '';
        // Files come FILE_LIMIT to a page unless the client asks for pages explicitly.
        const p = paging(c.query, FILE_LIMIT, FILE_LIMIT);
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
            throw new ApiError(422, { message: `No ref found for: ${b.ref}` });
        }
        const workflow = c.params.workflow_id ?? '';
        c.state.recordDispatch(workflow, b.ref, b.inputs ?? {});
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

;// CONCATENATED MODULE: ./src/standin/issues.ts
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
    /** Login that writes through the API (GITHUB_TOKEN acts as this bot). */
    actor = 'github-actions[bot]';
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
        this.ctx = repoContext(api, owner, repo, defaultBranch);
        for (const [name, color, description] of DEFAULT_LABELS) {
            this.labels.push({ ...this.labelObject(name, color, description), default: true });
        }
    }
    timestamp() {
        return isoSeconds(this.now());
    }
    user(login = this.actor) {
        return simpleUser(login, this.ctx.api);
    }
    id() {
        return this.nextId++;
    }
    // Labels --------------------------------------------------------------------------------
    labelObject(name, color, description) {
        const id = this.id();
        return {
            id,
            node_id: nodeId('LA', id),
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
            throw validationFailed(...errors);
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
            throw new ApiError(404, { message: 'Not Found' });
        return issue;
    }
    createIssue(input) {
        if (input.title.trim() === '') {
            throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
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
            node_id: nodeId('I', id),
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
    updateIssue(number, patch) {
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
                issue.closed_by = this.user();
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
            throw validationFailed({ value: bad, resource: 'Issue', field: 'assignees', code: 'invalid' });
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
            throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
        }
        checkBody(body, 'IssueComment');
        const id = this.id();
        const at = this.timestamp();
        const comment = {
            id,
            node_id: nodeId('IC', id),
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
        throw validationFailed(tooLong(resource, 'body', BODY_LIMIT));
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

;// CONCATENATED MODULE: ./src/standin/pulls.ts
// The pull-request-simple object GET /commits/{sha}/pulls returns, built from what a test registers.

function pullObject(state, sha, number, input) {
    const { ctx } = state;
    const repoApi = ctx.apiRepo;
    const url = `${repoApi}/pulls/${number}`;
    const html = `${WEB}/${ctx.owner}/${ctx.repo}/pull/${number}`;
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
        node_id: nodeId('PR', number),
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
            node_id: nodeId('LA', `${number}-${i}`),
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
class StandInState extends IssueStore {
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
            node_id: nodeId('DE', id),
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
            throw new ApiError(404, { message: 'Not Found' });
        const description = input.description ?? '';
        if ([...description].length > 140) {
            throw validationFailed({
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
                if (other.id === d.id || other.environment !== environment)
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
            node_id: nodeId('DES', id),
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
    recordDispatch(workflowId, ref, inputs) {
        const d = { workflow_id: workflowId, ref, inputs, created_at: this.timestamp() };
        this.dispatches.push(d);
        return d;
    }
    /** The repository object GET /repos/{owner}/{repo} returns and pull requests embed. */
    repository() {
        return repositoryObject(this.ctx, this.openIssueCount(), REPO_CREATED_AT);
    }
}
function validationFailedRef(ref) {
    return new ApiError(422, { message: `No ref found for: ${ref}` });
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
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const url = `http://127.0.0.1:${server.address().port}`;
    const state = new StandInState(url, opts.owner, opts.repo, defaultBranch, (ref) => resolveSync(opts.repoDir, ref));
    const git = new GitRepo(opts.repoDir, state.ctx, state.authors);
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
        const requestId = (0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase();
        const record = { method, path: req.url ?? '/', status: 0 };
        requests.push(record);
        const label = `${method} ${path}`;
        const send = (reply, op) => {
            if (closed)
                return;
            if (op) {
                for (const e of openapi.checkResponse(op, reply.status, reply.body)) {
                    violations.push(`${label} response ${reply.status}: ${e}`);
                }
            }
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
        const error = (status, message, op, extra = {}) => send({
            status,
            body: {
                message,
                ...extra,
                documentation_url: op?.docUrl ?? 'https://docs.github.com/rest',
                status: String(status),
            },
        }, op);
        // Authentication comes first on GitHub too: a bad token never reaches validation.
        const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (!auth)
            return error(401, 'Requires authentication');
        if (opts.token !== undefined && auth[1] !== opts.token)
            return error(401, 'Bad credentials');
        let body;
        if (raw.length > 0) {
            try {
                body = JSON.parse(raw);
                record.body = body;
            }
            catch {
                record.body = raw;
                violations.push(`${label}: request body is not JSON`);
                return error(400, 'Problems parsing JSON');
            }
        }
        const op = openapi.match(method, path);
        if (op)
            record.template = op.template;
        const paramErrors = op ? openapi.checkParameters(op, target.searchParams) : [];
        const bodyErrors = op ? openapi.checkRequestBody(op, body) : [];
        if (!op)
            violations.push(`${label}: not an operation in GitHub's OpenAPI description`);
        for (const e of [...paramErrors, ...bodyErrors])
            violations.push(`${label} request: ${e}`);
        const fault = faults.take(method, path, op?.template);
        if (fault?.hang)
            return;
        if (fault?.delayMs)
            await sleep(fault.delayMs);
        const injected = fault ? faultReply(fault, requestId) : undefined;
        if (injected)
            return send(injected);
        if (!op)
            return error(404, 'Not Found');
        if (paramErrors.some((e) => e.startsWith('path')))
            return error(404, 'Not Found', op);
        if (paramErrors.length > 0 || bodyErrors.length > 0) {
            const detail = [...paramErrors, ...bodyErrors].join('\n');
            return error(422, `Invalid request.\n\n${detail}`, op);
        }
        const { owner, repo } = op.params;
        const sameRepo = owner === undefined ||
            (owner.toLowerCase() === opts.owner.toLowerCase() &&
                repo?.toLowerCase() === opts.repo.toLowerCase());
        if (!sameRepo)
            return error(404, 'Not Found', op);
        const handler = routes[`${op.method} ${op.template}`];
        if (!handler) {
            unimplemented.push(`${op.method} ${op.template}`);
            return error(404, 'Not Found', op);
        }
        try {
            const query = target.searchParams;
            send(await handler({ state, git, params: op.params, query, body, url: target }), op);
        }
        catch (err) {
            if (!(err instanceof ApiError))
                throw err;
            const { message, ...rest } = err.body;
            error(err.status, message, op, rest);
        }
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

;// CONCATENATED MODULE: ./src/standin/index.ts
// The GitHub API stand-in: start it with startStandIn; see server.ts.





;// CONCATENATED MODULE: ./src/demo/action-process.ts
// Runs the bundled action as the GitHub runner does: `node dist/index.js` with INPUT_* and
// GITHUB_* variables, files for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH.
// Used by the demo and by the end-to-end tests.



/** Parses GITHUB_OUTPUT's heredoc format into a map. */
function parseOutputs(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
        if (!m)
            continue;
        const end = lines.indexOf(m[2], i + 1);
        out[m[1]] = lines.slice(i + 1, end).join('\n');
        i = end;
    }
    return out;
}
async function runActionProcess(o) {
    (0,external_node_fs_.mkdirSync)(o.dir, { recursive: true });
    const output = (0,external_node_path_.join)(o.dir, 'output');
    const summary = (0,external_node_path_.join)(o.dir, 'summary.md');
    const event = (0,external_node_path_.join)(o.dir, 'event.json');
    (0,external_node_fs_.writeFileSync)(output, '');
    (0,external_node_fs_.writeFileSync)(summary, '');
    (0,external_node_fs_.writeFileSync)(event, JSON.stringify({ ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? o.dir,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '4242',
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: o.dir,
        ...o.env,
    };
    for (const [k, v] of Object.entries(o.inputs))
        env[`INPUT_${k.toUpperCase()}`] = v;
    const child = (0,external_node_child_process_.spawn)(o.node ?? process.execPath, [o.action], { env, cwd: o.dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    const cancel = o.cancelAfterMs !== undefined
        ? setTimeout(() => child.kill(o.cancelSignal ?? 'SIGTERM'), o.cancelAfterMs)
        : undefined;
    let cancelledAt;
    const poll = o.cancelWhen
        ? setInterval(() => {
            if (cancelledAt === undefined && o.cancelWhen(stdout)) {
                cancelledAt = Date.now();
                child.kill(o.cancelSignal ?? 'SIGTERM');
            }
        }, 20)
        : undefined;
    const code = await new Promise((done) => child.on('close', done));
    clearTimeout(timer);
    if (cancel)
        clearTimeout(cancel);
    if (poll)
        clearInterval(poll);
    return {
        code,
        stdout,
        stderr,
        outputs: parseOutputs((0,external_node_fs_.readFileSync)(output, 'utf8')),
        summary: (0,external_node_fs_.readFileSync)(summary, 'utf8'),
        dir: o.dir,
        ...(cancelledAt !== undefined ? { exitedAfterCancelMs: Date.now() - cancelledAt } : {}),
    };
}

;// CONCATENATED MODULE: ./src/demo/repo.ts
// A real git repository for the demo and the end-to-end tests: a good release, then a bad one
// with the kinds of change responders look for first (a migration, configuration, dependencies),
// so the incident issue's "What changed" is a real diff.



function repo_git(dir, args, date) {
    return (0,external_node_child_process_.execFileSync)('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'Dana Demo',
            GIT_AUTHOR_EMAIL: 'dana@example.test',
            GIT_COMMITTER_NAME: 'Dana Demo',
            GIT_COMMITTER_EMAIL: 'dana@example.test',
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
            GIT_CONFIG_NOSYSTEM: '1',
            HOME: dir,
        },
    }).trim();
}
function write(dir, files) {
    for (const [path, text] of Object.entries(files)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, path), text);
    }
}
function commit(dir, message, files, day) {
    write(dir, files);
    const date = `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`;
    repo_git(dir, ['add', '-A'], date);
    repo_git(dir, ['commit', '-q', '-m', message], date);
    return repo_git(dir, ['rev-parse', 'HEAD'], date);
}
function createDemoRepo(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    repo_git(dir, ['init', '-q', '-b', 'main'], '2026-11-01T10:00:00Z');
    commit(dir, 'Initial shop service', {
        'src/app.js': 'export const version = 1\n',
        'package.json': '{"name":"shop","dependencies":{"express":"4.19.0"}}\n',
    }, 2);
    const good = commit(dir, 'Add order history page (#11)', { 'src/orders.js': 'export const history = []\n' }, 9);
    const commits = [
        commit(dir, 'Bump express to 5.0.0 (#12)', {
            'package.json': '{"name":"shop","dependencies":{"express":"5.0.0"}}\n',
            'package-lock.json': '{"lockfileVersion":3}\n',
        }, 16),
        commit(dir, 'Add index on orders.customer_id (#13)', {
            'db/migrations/20261117_orders_customer_idx.sql': 'CREATE INDEX orders_customer_idx ON orders (customer_id);\n',
        }, 17),
        commit(dir, 'Lower the DB pool to 2 connections, cc @everyone <b>urgent</b> | ops', { 'config/database.yml': 'pool: 2\ntimeout: 500\n' }, 18),
        commit(dir, 'Checkout: call the new pricing service', { 'src/checkout.js': 'export const pricing = "https://pricing.internal"\n' }, 19),
    ];
    return { dir, good, bad: commits[commits.length - 1], commits };
}

;// CONCATENATED MODULE: ./src/demo/service.ts
// The demo's web service: it serves whichever release was deployed last, and the bad release
// fails its health check. Deploys and rollbacks reach it through an admin endpoint, the way a
// real deploy script reaches a platform.

async function startDemoService(isBad) {
    let sha = '';
    const history = [];
    const server = (0,external_node_http_.createServer)((req, res) => {
        const m = /^\/admin\/deploy\/([0-9a-f]{7,40})$/.exec(req.url ?? '');
        if (req.method === 'POST' && m) {
            sha = m[1];
            history.push({ at: new Date().toISOString(), sha });
            res.writeHead(204).end();
            return;
        }
        if (req.url?.startsWith('/healthz')) {
            const bad = !sha || isBad(sha);
            res.writeHead(bad ? 500 : 200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({
                status: bad ? 'down' : 'up',
                db: { ok: !bad, pool: bad ? 'exhausted' : 'ok' },
                version: sha.slice(0, 7),
            }));
            return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<h1>shop</h1><p>release ${sha.slice(0, 7) || 'none'}</p>`);
    });
    server.keepAliveTimeout = 1000;
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        serving: () => sha,
        history,
        close: () => new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
        }),
    };
}

;// CONCATENATED MODULE: ./src/demo/demo.ts
// `deploy-guard demo`: the whole story on one machine. A GitHub stand-in answers from a real git
// repository, a small web service plays production, and the bundled action runs as the runner
// runs it: a good deploy, a bad deploy that is rolled back and verified, the incident issue,
// and the window locked by that incident. Everything it wrote stays under .demo/.






const TOKEN = 'ghs_demo0000000000000000000000000000';
/** A deploy script as a team might write it: it tells the platform which release to serve. */
const DEPLOY = "node -e \"fetch(process.env.DEMO_PLATFORM + '/admin/deploy/' + process.env.GITHUB_SHA, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))\"";
const ROLLBACK = 'echo "rolling back $DEPLOY_GUARD_ENVIRONMENT from ${DEPLOY_GUARD_FAILED_SHA:0:7} to ${DEPLOY_GUARD_PREVIOUS_SHA:0:7}" && ' +
    "node -e \"fetch(process.env.DEMO_PLATFORM + '/admin/deploy/' + process.env.DEPLOY_GUARD_PREVIOUS_SHA, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))\"";
async function demo(o) {
    const base = (0,external_node_path_.join)(o.root, '.demo');
    (0,external_node_fs_.rmSync)(base, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    const say = (s = '') => o.out(s);
    const repo = createDemoRepo((0,external_node_path_.join)(base, 'repo'));
    const service = await startDemoService((sha) => sha === repo.bad);
    let gh = null;
    try {
        gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN });
        const env = {
            GITHUB_REPOSITORY: 'acme/shop',
            GITHUB_API_URL: gh.url,
            GITHUB_WORKSPACE: base,
            GITHUB_REF: 'refs/heads/main',
            DEMO_PLATFORM: service.url,
            DEPLOY_GUARD_GITHUB_PACE_MS: '20',
        };
        const common = {
            environment: 'production',
            policy: 'timezone: UTC\ndeny:\n  - name: Year-end freeze\n    from: 2099-12-19\n    to: 2100-01-04\n',
            probes: `- name: homepage\n  url: ${service.url}/\n  expect: { body-contains: shop }\n- name: health\n  url: ${service.url}/healthz\n  critical: true\n  expect: { json: { "$.status": up, "$.db.ok": true } }\n`,
            interval: '200ms',
            duration: '1s',
            'failure-threshold': '3',
            'success-threshold': '3',
            'probe-timeout': '500ms',
            'rollback-strategy': 'command',
            'rollback-command': ROLLBACK,
            'deploy-command': DEPLOY,
            'issue-assignees': '@actor',
            'github-token': TOKEN,
        };
        const run = async (step, sha, inputs) => {
            const r = await runActionProcess({
                action: o.action,
                dir: (0,external_node_path_.join)(base, step),
                inputs: { ...common, ...inputs },
                env: { ...env, GITHUB_SHA: sha },
                timeoutMs: 120_000,
            });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(base, step, 'log.txt'), r.stdout + r.stderr);
            return r;
        };
        const short = (s) => s.slice(0, 7);
        say('deploy-guard demo: a GitHub stand-in, a web service playing production, and dist/index.js run as the runner runs it.');
        say(`  repository  ${repo.dir} (good release ${short(repo.good)}, bad release ${short(repo.bad)})`);
        say(`  GitHub      ${gh.url} (stand-in; every request checked against GitHub's OpenAPI description)`);
        say(`  service     ${service.url}`);
        say();
        say(`1. Deploy the good release ${short(repo.good)} (command: deploy)`);
        const one = await run('1-deploy-good', repo.good, { command: 'deploy' });
        say(`   exit ${one.code}, allowed=${one.outputs.allowed}, healthy=${one.outputs.healthy}; serving ${short(service.serving())}`);
        say();
        say(`2. Deploy the bad release ${short(repo.bad)}: it fails its probes, deploy-guard rolls back and opens the incident`);
        const two = await run('2-deploy-bad', repo.bad, { command: 'deploy' });
        say(`   exit ${two.code}, healthy=${two.outputs.healthy}, severity=${two.outputs.severity}, rolled-back=${two.outputs['rolled-back']}, previous-sha=${short(two.outputs['previous-sha'] ?? '')}`);
        say(`   service history: ${service.history.map((h) => short(h.sha)).join(' -> ')}; serving ${short(service.serving())} now`);
        const issue = gh.state.issues?.[0];
        if (issue) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(base, 'incident-issue.md'), `# ${issue.title}\n\n${issue.body}\n`);
            say(`   incident issue #${issue.number}: ${issue.title}`);
        }
        say();
        say('3. Try to deploy again while the incident is open (command: window)');
        const three = await run('3-window-locked', repo.good, { command: 'window' });
        say(`   exit ${three.code}, allowed=${three.outputs.allowed}: ${three.outputs.reason}`);
        const four = await run('4-window-override', repo.good, {
            command: 'window',
            'override-reason': 'fix forward for the pricing outage',
        });
        say(`   with override-reason: exit ${four.code}, allowed=${four.outputs.allowed}, overridden=${four.outputs.overridden}`);
        say();
        const requests = gh.requests.length;
        say(`GitHub requests: ${requests} in all; OpenAPI violations: ${gh.violations.length}`);
        for (const v of gh.violations)
            say(`  violation: ${v}`);
        say(`Files: ${base} (each step's summary.md, log.txt and reports; incident-issue.md)`);
        if (issue) {
            say();
            say('---------------------------------------- the incident issue ----------------------------------------');
            say(`# ${issue.title}`);
            say();
            say(issue.body);
        }
        const ok = one.code === 0 &&
            two.code === 1 &&
            two.outputs['rolled-back'] === 'true' &&
            service.serving() === repo.good &&
            issue !== undefined &&
            three.code === 1 &&
            four.code === 0 &&
            gh.violations.length === 0;
        say();
        say(ok
            ? 'demo: the story ran as expected.'
            : 'demo: something did not go as expected; see the files above.');
        return ok ? 0 : 1;
    }
    finally {
        await gh?.close();
        await service.close();
    }
}


/***/ })

};
