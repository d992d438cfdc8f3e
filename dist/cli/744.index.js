export const id = 744;
export const ids = [744];
export const modules = {

/***/ 2744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/standin/server.ts + 10 modules
var server = __webpack_require__(4077);
// EXTERNAL MODULE: ./src/standin/issues.ts
var issues = __webpack_require__(7087);
// EXTERNAL MODULE: ./src/standin/git.ts
var git = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/standin/objects.ts
var objects = __webpack_require__(1703);
// EXTERNAL MODULE: ./src/standin/cli.ts
var cli = __webpack_require__(3101);
;// CONCATENATED MODULE: ./src/standin/index.ts
// The GitHub API stand-in: start it with startStandIn; see server.ts. `deploy-guard standin`
// (cli.ts) runs it on its own, with its /_standin/ endpoints (control.ts).







// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
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
        gh = await (0,server/* startStandIn */.a1)({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN });
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
