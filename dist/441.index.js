export const id = 441;
export const ids = [441];
export const modules = {

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gq: () => (/* binding */ GitHub),
  oQ: () => (/* binding */ answered)
});

// UNUSED EXPORTS: payloadKey, statusOf

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/github/proxy.ts
// The runner's proxy for GitHub calls. Self-hosted runners behind a proxy set HTTPS_PROXY and
// NO_PROXY (https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners);
// Node's own fetch ignores them, so undici's EnvHttpProxyAgent (which reads both, upper and
// lower case) carries the requests when either is set. Without a proxy, the global fetch, and
// undici is not even loaded (a `window` step's lock lookup should not pay for it).
function proxyFetch(env) {
    const pick = (name) => env[name] ?? env[name.toLowerCase()];
    const httpsProxy = pick('HTTPS_PROXY');
    const httpProxy = pick('HTTP_PROXY');
    if (!httpsProxy && !httpProxy)
        return (url, init) => fetch(url, init);
    const noProxy = pick('NO_PROXY');
    const client = __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)).then(({ EnvHttpProxyAgent, fetch: undiciFetch }) => ({
        fetch: undiciFetch,
        dispatcher: new EnvHttpProxyAgent({
            ...(httpProxy ? { httpProxy } : {}),
            ...(httpsProxy ? { httpsProxy } : {}),
            ...(noProxy !== undefined ? { noProxy } : {}),
        }),
    }));
    return (async (url, init) => {
        const { fetch: f, dispatcher } = await client;
        return f(url, { ...init, dispatcher });
    });
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one place that talks to GitHub: an Octokit of the card's packages (@octokit/core with the
// REST endpoint, retry and throttling plugins), the runner's proxy, a request counter, and the
// rules for time and for writes that must happen once.
//
// Time: every call gets its own bound when it starts (`callTimeoutMs`, retries and rate-limit
// waits included), so a long verification or rollback never leaves the failure branch without
// time for GitHub. Each attempt of a read also gets `attemptTimeoutMs`, so one unanswered GET is
// retried instead of holding the call.
//
// Writes: a POST that creates something (deployment, issue, comment, dispatch) is never retried
// by the retry plugin. A 5xx or a lost connection does not say whether GitHub acted, so the
// caller looks for the object first (`writeOnce`) and writes again only when it is not there.







const ClientClass = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** GitHub answered: whether it acted is known (a 4xx says it did not). */
const answered = (e) => e instanceof request_error_dist_src/* RequestError */.G && e.status >= 400 && e.status < 500;
/** The status GitHub answered with, if any. */
const statusOf = (e) => e instanceof request_error_dist_src/* RequestError */.G ? e.status : undefined;
class GitHub {
    octokit;
    repo;
    /** Requests sent, each attempt counted. */
    requests = 0;
    cutoff = new AbortController();
    callMs;
    pace;
    log;
    constructor(opts) {
        this.pace = opts.paceMs ?? 1000;
        const pace = this.pace;
        this.repo = opts.repo;
        this.log = opts.log ?? (() => { });
        this.callMs = opts.callTimeoutMs ?? 60_000;
        const attemptMs = opts.attemptTimeoutMs ?? 20_000;
        const grace = opts.cancelGraceMs ?? 5000;
        let cancelledAt = Infinity;
        const onCancel = () => {
            cancelledAt = Date.now();
            setTimeout(() => this.cutoff.abort(), grace).unref();
        };
        if (opts.signal?.aborted)
            onCancel();
        else
            opts.signal?.addEventListener('abort', onCancel, { once: true });
        const deadlines = new WeakMap();
        const left = (o) => Math.min(deadlines.get(o) ?? Infinity, cancelledAt + grace) - Date.now();
        // Retry a rate limit only when the wait fits in what is left of this call's bound.
        const onLimit = (kind) => (after, o, _, n) => {
            const wait = n < 2 && after * pace < left(o.request ?? {}) - 1000;
            this.log(`GitHub ${kind} on ${o.method} ${o.url}; retry after ${after}s: ${wait ? 'yes' : 'no, not within the call bound'}`);
            return wait;
        };
        const inner = proxyFetch(opts.env ?? process.env);
        const debug = opts.debug;
        this.octokit = new ClientClass({
            auth: opts.token,
            baseUrl: opts.baseUrl,
            userAgent: 'deploy-guard',
            retry: { retryAfterBaseValue: pace },
            throttle: {
                retryAfterBaseValue: pace,
                // GitHub asks for a second between writes, and the plugin spaces requests that notify
                // people (issues, comments) by three; the groups are ours so the pace is too.
                write: new (lib_default()).Group({ maxConcurrent: 1, minTime: pace }),
                notifications: new (lib_default()).Group({ maxConcurrent: 1, minTime: pace * 3 }),
                onRateLimit: onLimit('rate limit'),
                onSecondaryRateLimit: onLimit('secondary rate limit'),
            },
        });
        // Registered last, so it runs once per call, outside the retry and throttling plugins; the
        // options it sets are the ones their attempts reuse.
        this.octokit.hook.before('request', (options) => {
            // A new object: the one a call arrives with may be shared with calls running beside it.
            const req = { ...options.request };
            options.request = req;
            deadlines.set(req, Date.now() + this.callMs);
            const per = options.method === 'GET' ? attemptMs : this.callMs;
            const callSignal = AbortSignal.any([AbortSignal.timeout(this.callMs), this.cutoff.signal]);
            req.signal = callSignal;
            // Each attempt (each fetch, inside the retry plugin) gets its own timeout.
            req.fetch = async (url, init = {}) => {
                this.requests++;
                const t = Date.now();
                const signal = AbortSignal.any([init.signal ?? callSignal, AbortSignal.timeout(per)]);
                const what = `GitHub ${init.method ?? 'GET'} ${new URL(url).pathname}`;
                try {
                    const res = await inner(url, { ...init, signal });
                    debug?.(`${what} -> ${res.status} in ${Date.now() - t} ms`);
                    return res;
                }
                catch (e) {
                    debug?.(`${what} -> no answer after ${Date.now() - t} ms`);
                    throw e;
                }
            };
        });
    }
    get r() {
        return { owner: this.repo.owner, repo: this.repo.repo };
    }
    /** Options for a POST that creates something: the retry plugin must not repeat it. */
    static once = { request: { retries: 0 } };
    /**
     * A write that must happen once. When GitHub's answer does not say whether it acted (a 5xx, a
     * timeout, a connection lost after sending), look for the object; wait a moment and look again
     * (a write GitHub is still finishing); write again only when it is not there. A 4xx is final.
     */
    async writeOnce(what, write, find) {
        try {
            return await write();
        }
        catch (e) {
            if (answered(e) || this.cutoff.signal.aborted)
                throw e;
            this.log(`GitHub: no clear answer to ${what} (${e.message}); looking for it`);
            for (const wait of [0, 3 * this.pace]) {
                if (wait)
                    await new Promise((r) => setTimeout(r, wait));
                const found = await find();
                if (found) {
                    this.log(`GitHub: ${what} had been done; not repeated`);
                    return found;
                }
            }
            this.log(`GitHub: ${what} was not done; trying once more`);
            return write();
        }
    }
    async getRepo() {
        const { data } = await this.octokit.rest.repos.get(this.r);
        return { default_branch: data.default_branch, html_url: data.html_url };
    }
    /** The commit SHA a branch, tag or SHA names. */
    async commitSha(ref) {
        const { data } = await this.octokit.rest.repos.getCommit({ ...this.r, ref, per_page: 1 });
        return data.sha;
    }
    /** The commit a tag points at (an annotated tag is followed once), or null if there is none. */
    async tagCommit(name) {
        try {
            const { data } = await this.octokit.rest.git.getRef({ ...this.r, ref: `tags/${name}` });
            if (data.object.type === 'commit')
                return data.object.sha;
            const tag = await this.octokit.rest.git.getTag({ ...this.r, tag_sha: data.object.sha });
            return tag.data.object.type === 'commit' ? tag.data.object.sha : null;
        }
        catch (e) {
            if (statusOf(e) === 404)
                return null;
            throw e;
        }
    }
    /** Deployments for an environment, newest first; one page only (discovery never pages). */
    async deployments(environment, filter = {}) {
        const { data } = await this.octokit.rest.repos.listDeployments({
            ...this.r,
            environment,
            ...(filter.sha ? { sha: filter.sha } : {}),
            per_page: filter.perPage ?? 30,
        });
        return data;
    }
    /**
     * Creates a deployment once: `payload.deploy_guard` carries `key`, by which a write whose
     * answer was lost is found among the environment's deployments of that commit.
     */
    async createDeployment(d) {
        const payload = { ...d.payload, deploy_guard: d.key };
        return this.writeOnce(`the deployment of ${d.sha.slice(0, 7)}`, async () => {
            const res = await this.octokit.rest.repos.createDeployment({
                ...this.r,
                ref: d.sha,
                environment: d.environment,
                description: d.description,
                payload,
                task: 'deploy',
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                ...GitHub.once,
            });
            // 202 is GitHub's answer for an auto-merge it did instead; we ask for none.
            if (!('id' in res.data))
                throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`);
            return res.data;
        }, async () => (await this.deployments(d.environment, { sha: d.sha, perPage: 10 })).find((x) => payloadKey(x) === d.key) ?? null);
    }
    async statuses(deploymentId, perPage = 10) {
        const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
            ...this.r,
            deployment_id: deploymentId,
            per_page: perPage,
        });
        return data;
    }
    /**
     * A status is a fact about the deployment, not a new thing: sending it twice leaves the same
     * latest state, so it keeps the retry plugin's retries.
     */
    async setStatus(deploymentId, s) {
        await this.octokit.rest.repos.createDeploymentStatus({
            ...this.r,
            deployment_id: deploymentId,
            state: s.state,
            // GitHub rejects descriptions over 140 characters.
            description: s.description.length > 140 ? `${s.description.slice(0, 139)}…` : s.description,
            ...(s.logUrl ? { log_url: s.logUrl } : {}),
            ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
            auto_inactive: false,
        });
    }
    /**
     * The unpaged compare. GitHub documents that with a paging parameter page 1 holds the oldest
     * commits, and without one the answer lists at most 250 commits ending with the newest
     * (https://docs.github.com/en/rest/commits/commits#compare-two-commits): the newest are where
     * a regression most likely is, so no paging parameter is sent.
     */
    async compare(base, head) {
        const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
            ...this.r,
            basehead: `${base}...${head}`,
        });
        return data;
    }
    async pullsForCommit(sha) {
        const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.r,
            commit_sha: sha,
        });
        return data.map((p) => ({ number: p.number, title: p.title, html_url: p.html_url }));
    }
    /**
     * Dispatches a workflow once. GitHub keeps no record of a dispatch's inputs that could be
     * looked up, so a dispatch without a clear answer is not repeated: it answers `unclear`, and
     * the caller learns whether it landed by probing for the restored release.
     */
    async dispatchWorkflow(workflow, ref, inputs) {
        try {
            await this.octokit.rest.actions.createWorkflowDispatch({
                ...this.r,
                workflow_id: workflow,
                ref,
                inputs,
                ...GitHub.once,
            });
            return { unclear: null };
        }
        catch (e) {
            if (answered(e) || this.cutoff.signal.aborted)
                throw e;
            return { unclear: e.message };
        }
    }
    /** Open issues carrying every label, newest first, through the issues list API (not search). */
    async openIssues(labels, perPage = 10) {
        const { data } = await this.octokit.rest.issues.listForRepo({
            ...this.r,
            state: 'open',
            labels: labels.join(','),
            sort: 'created',
            direction: 'desc',
            per_page: perPage,
        });
        return data
            .filter((i) => !i.pull_request)
            .map((i) => ({ number: i.number, html_url: i.html_url, title: i.title, body: i.body }));
    }
    /** The newest open issue carrying every label. */
    async findOpenIssue(labels) {
        return (await this.openIssues(labels, 10))[0] ?? null;
    }
    /**
     * Creates an issue once; `marker` (a hidden line in the body) finds it among the open issues
     * with its labels when the answer was lost. GitHub creates the labels an issue names that do
     * not exist yet, grey (`ededed`) and without a description (undocumented, reported in
     * https://github.com/github/docs/issues/35718), so none are created first: colouring them
     * would cost a request per label.
     */
    async createIssue(i) {
        const { marker, ...fields } = i;
        return this.writeOnce('the incident issue', async () => {
            const { data } = await this.octokit.rest.issues.create({
                ...this.r,
                ...fields,
                ...GitHub.once,
            });
            return { number: data.number, html_url: data.html_url, title: data.title, body: data.body };
        }, async () => (await this.openIssues(i.labels, 30)).find((x) => x.body?.includes(marker)) ?? null);
    }
    /** Comments on an issue once; `marker` finds the comment among the newest ones. */
    async comment(issue, body, marker) {
        const post = async () => {
            const { data } = await this.octokit.rest.issues.createComment({
                ...this.r,
                issue_number: issue,
                body,
                ...GitHub.once,
            });
            return data.html_url;
        };
        if (!marker)
            return post();
        return this.writeOnce(`the comment on #${issue}`, post, async () => {
            const found = (await this.comments(issue)).find((c) => c.body?.includes(marker));
            return found?.html_url ?? null;
        });
    }
    /** The issue's newest comments (GitHub lists them oldest first: the last page is read). */
    async comments(issue) {
        const since = new Date(Date.now() - 24 * 3600_000).toISOString();
        const { data } = await this.octokit.rest.issues.listComments({
            ...this.r,
            issue_number: issue,
            since,
            per_page: 100,
        });
        return data;
    }
    /** Adding a label the issue has is a no-op on GitHub, so this keeps its retries. */
    async addLabels(issue, labels) {
        await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: issue, labels });
    }
}
/** The key deploy-guard put in a deployment's payload, if any. */
function payloadKey(d) {
    const p = d.payload;
    if (typeof p !== 'object' || p === null)
        return null;
    const k = p.deploy_guard;
    return typeof k === 'string' ? k : null;
}


/***/ }),

/***/ 7441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   github: () => (/* binding */ github)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2276);
// The GitHub client for a run, from its settings and environment: the one place that turns the
// token, the API URL and the runner's variables into a client. Kept apart from the commands so
// the incident lock of `window` loads only this and the lock (see main.ts).

function msFromEnv(value, key) {
    const ms = Number(value ?? '');
    return value && Number.isFinite(ms) && ms >= 0 ? { [key]: ms } : {};
}
/** The GitHub client for this run, or null when there is no token or repository. */
function github(s, ctx, io) {
    if (!s['github-token'] || !ctx.repo)
        return null;
    return new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq({
        token: s['github-token'],
        baseUrl: ctx.apiUrl,
        repo: ctx.repo,
        // Tests run GitHub's seconds as milliseconds; nobody sets these on a runner.
        ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_PACE_MS, 'paceMs'),
        ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_ATTEMPT_TIMEOUT_MS, 'attemptTimeoutMs'),
        ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_CALL_TIMEOUT_MS, 'callTimeoutMs'),
        env: io.env,
        log: (m) => io.runner.info(m),
        // Shown when the step runs with debug logging (ACTIONS_STEP_DEBUG), as github-script does.
        debug: (m) => io.runner.debug(m),
        ...(io.signal ? { signal: io.signal } : {}),
    });
}


/***/ })

};
