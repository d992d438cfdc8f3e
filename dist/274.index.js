export const id = 274;
export const ids = [274,441,335,556,904,285,211,56];
export const modules = {

/***/ 165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ failedWithoutProbing),
/* harmony export */   l: () => (/* binding */ flowDeps)
/* harmony export */ });
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9211);
/* harmony import */ var _github_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7441);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9556);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(649);
/* harmony import */ var _report_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5813);
/* harmony import */ var _verify_probing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5282);
// What every command that changes things is given: the run's IO, and the dependencies of the
// failure flow built from the settings (GitHub client, redactor, probes, analysis config).






function flowDeps(s, io, withProbes) {
    const ctx = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__.runContext)(io.env);
    // The token and the step's secret-named variables (the commands see them) are scrubbed too.
    const token = s['github-token'];
    const envSecrets = [...new Set((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsInEnv */ .Ex)(io.env))].filter((x) => x !== token);
    for (const x of envSecrets)
        io.runner.secret(x); // the token was registered on the way in
    if (token)
        envSecrets.push(token);
    let prepared = null;
    if (withProbes || s.probes.trim()) {
        const src = (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_0__.readYamlSource)(s.probes, 'probes', ctx.workspace);
        prepared = (0,_verify_probing_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareProbes */ .Hg)(src.text, io.runner, src.file ? io.env : undefined, envSecrets);
    }
    return {
        settings: s,
        runner: io.runner,
        now: io.now,
        reportDir: io.reportDir,
        ctx,
        gh: (0,_github_connect_js__WEBPACK_IMPORTED_MODULE_1__.github)(s, ctx, io),
        redactor: prepared?.redactor ?? new _report_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .Redactor */ .pO(envSecrets),
        probes: prepared?.probes ?? null,
        config: (0,_verify_probing_js__WEBPACK_IMPORTED_MODULE_3__/* .analysisConfig */ .vf)(s),
        ...(io.signal ? { signal: io.signal } : {}),
    };
}
/** A failure that no probe round measured (a rollback on demand, a deploy command that failed). */
function failedWithoutProbing(d, sha, reason) {
    const at = (0,_report_time_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .K)(d.now());
    return {
        command: 'verify',
        target: sha ? `release ${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .short */ .h)(sha)}` : 'the current release',
        environment: d.settings.environment,
        startedAt: at,
        endedAt: at,
        config: d.config,
        probes: [],
        verdict: {
            healthy: false,
            outcome: 'failing',
            severity: 'P2',
            reason,
            deciding: [],
            failing: [],
        },
        rounds: [],
    };
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ afterFailure)
});

// EXTERNAL MODULE: ./src/github/best-effort.ts
var best_effort = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(2276);
// EXTERNAL MODULE: ./src/incident/lock.ts
var lock = __webpack_require__(7335);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/incident/classify.ts
// Which changed files a responder should look at first. A bad deploy is far more often a
// migration, a config value, a bumped dependency or an infrastructure change than ordinary code,
// and those are the changes a code rollback may not undo, so the incident issue lists them first.
//
// Precedence matters: `.github/workflows/deploy.yml` is a workflow, not config; `k8s/configmap.yaml`
// is infrastructure (it ships with the manifests); `nginx.conf` is infrastructure though `*.conf`
// is config; `package.json` is a dependency manifest wherever it lives.
const KINDS = (/* unused pure expression or super */ null && ([
    'migration',
    'config',
    'dependencies',
    'infrastructure',
    'workflow',
    'code',
]));
/** The kinds listed before everything else, in the order the issue lists them. */
const RISKY_KINDS = [
    'migration',
    'config',
    'dependencies',
    'infrastructure',
    'workflow',
];
/** Headings, as the issue prints them. */
const KIND_LABELS = {
    migration: 'Migrations',
    config: 'Configuration',
    dependencies: 'Dependency manifests and lockfiles',
    infrastructure: 'Infrastructure',
    workflow: 'Workflows',
    code: 'Code',
};
/** Short names for table cells. */
const KIND_SHORT = {
    migration: 'migration',
    config: 'config',
    dependencies: 'dependencies',
    infrastructure: 'infra',
    workflow: 'workflow',
    code: 'code',
};
const WORKFLOW = {
    dirs: ['.circleci', '.buildkite', '.woodpecker'],
    paths: ['.github/workflows', '.github/actions', '.gitlab/ci', '.azure-pipelines'],
    names: /^(\.gitlab-ci\.ya?ml|jenkinsfile(\..*)?|.*\.jenkinsfile|azure-pipelines.*\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|appveyor\.ya?ml)$/,
};
const MIGRATION = {
    dirs: ['migrations', 'migration', 'migrate', 'alembic', 'flyway', 'liquibase'],
    paths: ['db/changelog', 'prisma/migrations'],
    names: /(\.sql|^schema\.rb|^structure\.sql|^schema\.prisma|^alembic\.ini|^flyway\.conf)$/,
};
const DEPENDENCIES = {
    names: new RegExp('^(' +
        [
            'package\\.json',
            'package-lock\\.json',
            'npm-shrinkwrap\\.json',
            'yarn\\.lock',
            'pnpm-lock\\.yaml',
            'pnpm-workspace\\.yaml',
            'bun\\.lockb?',
            'deno\\.(json|jsonc|lock)',
            'go\\.(mod|sum|work|work\\.sum)',
            'cargo\\.(toml|lock)',
            'requirements.*\\.(txt|in)',
            'constraints.*\\.txt',
            'pyproject\\.toml',
            'poetry\\.lock',
            'uv\\.lock',
            'pdm\\.lock',
            'setup\\.py',
            'pipfile(\\.lock)?',
            'gemfile(\\.lock)?',
            '.*\\.gemspec',
            'pom\\.xml',
            'build\\.gradle(\\.kts)?',
            'settings\\.gradle(\\.kts)?',
            'gradle\\.lockfile',
            'libs\\.versions\\.toml',
            'build\\.sbt',
            'composer\\.(json|lock)',
            '.*\\.(csproj|fsproj|vbproj)',
            'packages\\.config',
            'packages\\.lock\\.json',
            'directory\\.packages\\.props',
            'mix\\.(exs|lock)',
            'rebar\\.(config|lock)',
            'package\\.swift',
            'package\\.resolved',
            'podfile(\\.lock)?',
            'cartfile(\\.resolved)?',
            'pubspec\\.(yaml|lock)',
            'vcpkg\\.json',
            'conanfile\\.(txt|py)',
            '\\.terraform\\.lock\\.hcl',
        ].join('|') +
        ')$'),
};
const INFRASTRUCTURE = {
    dirs: [
        'helm',
        'charts',
        'k8s',
        'kubernetes',
        'kube',
        'kustomize',
        'deploy',
        'deployment',
        'deployments',
        'terraform',
        'pulumi',
        'cloudformation',
        'cdk',
        'ansible',
        'infra',
        'infrastructure',
        'nginx',
    ],
    names: /^(.*dockerfile.*|\.dockerignore|(docker-)?compose.*\.ya?ml|docker-compose.*|.*\.(tf|tfvars|hcl)|pulumi(\..*)?\.ya?ml|procfile|chart\.ya?ml|kustomization\.ya?ml|skaffold\.ya?ml|serverless\.ya?ml|fly\.toml|render\.ya?ml|app\.ya?ml|vercel\.json|netlify\.toml|nginx.*\.conf|.*\.nginx|caddyfile|haproxy\.cfg|vagrantfile|.*\.cfn\.(ya?ml|json))$/,
};
const CONFIG = {
    dirs: ['config', 'configs', 'conf', 'configuration', 'settings', '.config'],
    names: /^(\.env(\..*)?|.*\.env|.*\.ini|.*\.toml|.*\.conf|.*\.cfg|.*\.properties|settings\..*|application.*\.(ya?ml|properties|json)|appsettings.*\.json|config\..*|.*\.config\.[cm]?[jt]s|.*\.config\.json|web\.config|\.npmrc|\.yarnrc(\.yml)?)$/,
};
function matches(rules, dirs, dirPath, name) {
    if (rules.dirs?.some((d) => dirs.includes(d)))
        return true;
    if (rules.paths?.some((p) => `/${dirPath}/`.includes(`/${p}/`)))
        return true;
    return rules.names?.test(name) ?? false;
}
const ORDER = [
    ['workflow', WORKFLOW],
    ['migration', MIGRATION],
    ['dependencies', DEPENDENCIES],
    ['infrastructure', INFRASTRUCTURE],
    ['config', CONFIG],
];
/** The kind of a changed file, from its repository path (case-insensitive, `/`-separated). */
function classifyFile(path) {
    const parts = path.toLowerCase().split('/').filter(Boolean);
    const name = parts.pop() ?? '';
    const dirPath = parts.join('/');
    for (const [kind, rules] of ORDER)
        if (matches(rules, parts, dirPath, name))
            return kind;
    return 'code';
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/report/time.ts
var time = __webpack_require__(5813);
;// CONCATENATED MODULE: ./src/incident/render-parts.ts
// Parts of the incident issue that do not depend on the size budget: what failed, the mermaid
// chart, the status-page messages and the postmortem skeleton; and the text helpers that
// neutralise untrusted input for them and for render.ts.




/** Untrusted text for a paragraph or table cell, clipped first so one field cannot eat the issue. */
const untrusted = (s, max = 200) => (0,markdown.md)((0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(s), max));
/** Untrusted text as a code span. */
const untrustedCode = (s, max = 200) => (0,markdown/* code */.aY)((0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(s), max));
/** A commit's short SHA as a code span (the SHA may come from anywhere: it is neutralised). */
const shaCode = (sha) => (0,markdown/* code */.aY)(Array.from((0,markdown/* visible */.RK)(sha)).slice(0, 7).join(''));

/** "2026-03-01 10:02:15 UTC", or the neutralised text when it is not a time. */
function when(s) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? untrusted(s, 40) : `${(0,time/* iso */.K)(ms).slice(0, 19).replace('T', ' ')} UTC`;
}
/** The instant, or NaN beyond what a Date holds (a time near the end of its range, plus 30 min). */
const inRange = (ms) => (Math.abs(ms) <= 8.64e15 ? ms : NaN);
/** "10:02 UTC", for messages people read aloud; plain text, for inside code blocks. */
function hm(at) {
    const ms = inRange(typeof at === 'number' ? at : at ? Date.parse(at) : NaN);
    return Number.isNaN(ms) ? '[HH:MM UTC]' : `${(0,time/* iso */.K)(ms).slice(11, 16)} UTC`;
}
const sinceMs = (a, b) => {
    const d = Date.parse(b ?? '') - Date.parse(a ?? '');
    return Number.isNaN(d) || d < 0 ? null : (0,duration/* formatDuration */.a)(d);
};
function failures(v) {
    const failedAny = new Set(v.rounds.flatMap((r) => r.results.filter((x) => !x.ok).map((x) => x.probe)));
    const names = v.verdict.failing.length ? v.verdict.failing : [...failedAny];
    const deciding = new Set(v.verdict.deciding);
    return names.map((name) => {
        const probe = v.probes.find((x) => x.name === name);
        const results = v.rounds.flatMap((r) => r.results.filter((x) => x.probe === name).map((x) => ({ round: r.number, x })));
        const failed = results.filter(({ x }) => !x.ok);
        const last = [...failed].reverse().find(({ round }) => deciding.has(round)) ?? failed.at(-1);
        return {
            name,
            critical: probe?.critical ?? false,
            request: probe ? `${probe.method} ${probe.url}` : '',
            last: last?.x,
            failed: failed.length,
            seen: results.length,
        };
    });
}
/** Error classes in words a non-engineer follows. */
const PLAIN_ERROR = {
    dns: 'its address could not be found (DNS)',
    'connect-refused': 'it refused connections',
    'connect-timeout': 'it did not accept connections in time',
    tls: 'the secure connection (TLS) failed',
    timeout: 'it did not answer in time',
    reset: 'it dropped the connection',
    'http-status': 'it answered with an error status',
    assertion: 'it answered, but not with the expected content',
    'body-too-large': 'it answered with an unexpectedly large response',
};
const STRATEGY = {
    none: '',
    command: ' by running the rollback command',
    deployment: ' through a GitHub deployment',
    workflow: ' by running the rollback workflow',
};
function summary(i, fails, since, recoveredAt) {
    const r = i.rollback;
    const total = i.verification.probes.length;
    const named = fails
        .slice(0, 4)
        .map((f) => `${untrusted(f.name, 60)}: ${PLAIN_ERROR[f.last?.error ?? ''] ?? 'it failed'}`);
    const more = fails.length > 4 ? `; and ${(0,report_text/* count */.U)(fails.length - 4)} more` : '';
    const prev = i.previousSha
        ? `the previous release ${shaCode(i.previousSha)}`
        : 'the previous release';
    const state = r.state === 'recovered'
        ? `${prev[0].toUpperCase()}${prev.slice(1)} was put back${STRATEGY[r.strategy]} and passed the same health checks at ${recoveredAt ? when(recoveredAt) : 'the end of the rollback'}. **Current state: working again, on the previous release.** The failed release is no longer serving; its changes need a fix before they go out again.`
        : r.state === 'rollback-failed'
            ? `Putting back ${prev}${STRATEGY[r.strategy]} did not bring the service back: ${untrusted(r.detail, 500)} **Current state: still broken. A person needs to act now.**`
            : `Nothing was rolled back: ${untrusted(r.detail, 500)} **Current state: the failed release ${shaCode(i.failedSha)} is probably still serving. A person needs to decide what to do.**`;
    // A fallback release was never verified by deploy-guard: the responder must know to check it.
    const rule = i.previousSha && i.previousRule === 'fallback'
        ? `⚠️ ${shaCode(i.previousSha)} was chosen as the newest earlier successful deployment: no earlier release was verified by deploy-guard, so check that ${shaCode(i.previousSha)} is good.`
        : '';
    return [
        `**${untrusted(i.environment, 100)}** has been ${i.severity === 'P1' ? 'down or badly degraded' : 'partly degraded'} since ${when(since)}:`,
        total === 0
            ? `release ${shaCode(i.failedSha)} was declared bad without a probe: ${untrusted(i.verification.verdict.reason, 300)}.`
            : `after release ${shaCode(i.failedSha)} was deployed, ${(0,report_text/* count */.U)(fails.length)} of ${(0,report_text/* plural */.L)(total, 'health check')} failed${named.length ? ` (${named.join('; ')}${more})` : ''}.`,
        state,
        ...(rule ? [rule] : []),
    ].join(' ');
}
function severity(i, fails) {
    const crit = fails.filter((f) => f.critical).map((f) => untrustedCode(f.name, 60));
    const why = [];
    if (crit.length)
        why.push(`critical probe${crit.length > 1 ? 's' : ''} ${crit.join(', ')} failed`);
    if (fails.length > 0 && fails.length >= i.verification.probes.length)
        why.push('every probe failed');
    if (i.rollback.state === 'rollback-failed')
        why.push('the rollback did not recover the service');
    if (why.length === 0 && i.verification.probes.length === 0)
        why.push(`no probe measured it: ${untrusted(i.verification.verdict.reason, 300)}`);
    if (why.length === 0)
        why.push(i.severity === 'P1'
            ? 'escalated by the failure path'
            : `${(0,report_text/* count */.U)(fails.length)} of ${(0,report_text/* count */.U)(i.verification.probes.length)} probes failed, none of them critical: degraded, not down`);
    return `**${i.severity}**: ${why.join('; ')}. Verdict: ${untrusted(i.verification.verdict.outcome, 20)}, ${untrusted(i.verification.verdict.reason, 600)}`;
}
/**
 * A mermaid `timeline`. Every label goes through `mermaidText`, which keeps no character mermaid
 * parses or a fence could end on, so nothing can leave the block or inject a directive.
 */
function mermaidTimeline(events) {
    const lines = [
        '```mermaid',
        'timeline',
        '    title Incident timeline, time since the first event',
    ];
    let prev = '';
    for (const e of events) {
        const period = (0,markdown/* mermaidText */.Hg)(e.period, 20);
        const what = (0,markdown/* mermaidText */.Hg)(e.what);
        if (period === prev)
            lines[lines.length - 1] += ` : ${what}`;
        else
            lines.push(`    ${period} : ${what}`);
        prev = period;
    }
    lines.push('```');
    return lines.join('\n');
}
function statusMessages(i, since, recoveredAt) {
    // Inside code blocks nothing renders or pings; only the line breaks need flattening.
    const env = (0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(i.environment).replace(/\s+/g, ' ').trim(), 100);
    const next = hm(Date.parse(i.now) + 30 * 60_000);
    const deployed = hm(i.verification.startedAt);
    const what = i.severity === 'P1' ? 'an outage' : 'degraded service';
    const recovered = i.rollback.state === 'recovered';
    const messages = [
        [
            'Investigating',
            `We are investigating ${what} affecting ${env} since ${hm(since)}. Some requests may fail. We will post an update by ${next}.`,
        ],
        [
            'Identified',
            recovered
                ? `The problem was caused by a change deployed at ${deployed}. We reverted it, and the service has been working normally since ${hm(recoveredAt)}. We are monitoring. Next update by ${next}.`
                : `We have identified a change deployed at ${deployed} as the likely cause and are working on a fix. Next update by ${next}.`,
        ],
        [
            'Resolved',
            `This incident has been resolved. Between ${hm(since)} and ${hm(recoveredAt)}, ${env} ${i.severity === 'P1' ? 'was unavailable or failing' : 'was degraded'}. The service is working normally again.`,
        ],
    ];
    return [
        'Ready to paste; times are UTC. Fill in anything in brackets before posting.',
        ...messages.map(([state, text]) => `**${state}**\n\n${(0,markdown/* fence */.EU)(text)}`),
    ].join('\n\n');
}
const day = (now, days) => {
    const ms = inRange(Date.parse(now) + days * 86_400_000);
    return Number.isNaN(ms) ? 'YYYY-MM-DD' : (0,time/* iso */.K)(ms).slice(0, 10);
};
function postmortem(i, since, recoveredAt, fails, risky) {
    const v = i.verification;
    const env = `**${untrusted(i.environment, 100)}**`;
    const outcome = i.rollback.state === 'recovered'
        ? `was rolled back${i.previousSha ? ` to ${shaCode(i.previousSha)}` : ''}, which recovered the service`
        : i.rollback.state === 'rollback-failed'
            ? 'could not be rolled back to a healthy release'
            : 'was not rolled back';
    const names = fails.slice(0, 5).map((f) => untrusted(f.name, 60));
    const lasted = sinceMs(since, recoveredAt);
    const caught = sinceMs(v.startedAt, v.endedAt);
    const well = [
        caught ? `- Verification flagged the release ${caught} after it started checking.` : '',
        recoveredAt && lasted
            ? `- The automatic rollback restored service ${lasted} after the first failed check.`
            : '',
        '- _Fill in._',
    ].filter(Boolean);
    const actions = [
        ['Find and fix the cause in the failed release', '_owner_', day(i.now, 7), ''],
        ['Add a test or probe that catches this before production', '_owner_', day(i.now, 14), ''],
        i.rollback.state === 'recovered'
            ? ['Review how long detection and rollback took', '_owner_', day(i.now, 14), '']
            : ['Make the rollback path work for this failure', '_owner_', day(i.now, 7), ''],
    ];
    return [
        '_A starting point with the facts from this run; the team fills in the rest. Blameless: describe what the system and the process allowed, not who did what._',
        '### Summary',
        `On ${day(since, 0)}, release ${shaCode(i.failedSha)} deployed to ${env} failed verification (${untrusted(v.verdict.outcome, 20)}) and ${outcome}.`,
        '### Impact',
        [
            `- Severity: ${i.severity}.`,
            v.probes.length === 0
                ? `- Failing health checks: none measured (${untrusted(v.verdict.reason, 300)}).`
                : `- Failing health checks: ${fails.length} of ${v.probes.length}${names.length ? ` (${names.join(', ')}${fails.length > names.length ? ', …' : ''})` : ''}.`,
            `- Started: ${when(since)}. Ended: ${recoveredAt ? when(recoveredAt) : '_fill in_'}. Duration: ${lasted ?? '_fill in_'}.`,
            '- Users and requests affected: _fill in_.',
        ].join('\n'),
        '### Timeline',
        'The Timeline section above holds what deploy-guard saw. Add when people were alerted, joined and communicated.',
        '### Root cause',
        `_Fill in._ Start from What changed above${risky ? `: ${(0,report_text/* plural */.L)(risky, 'risky file')} (migrations, configuration, dependencies, infrastructure, workflows) are listed first` : ''}.`,
        '### Contributing factors',
        '- _Fill in: what made this possible or worse (a missing test or alert, drift between environments, a large batch of changes)._',
        '### What went well',
        well.join('\n'),
        '### Action items',
        (0,markdown/* table */.tp)(['Action', 'Owner', 'Due date', 'Tracking issue'], actions),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/incident/render.ts
// The incident issue as markdown: pure, data in and text out, so every section is testable from
// fixtures. Everything that came from commits, pull requests, probes, the environment name or the
// rollback's output is untrusted and goes through markdown.ts before it lands here.
//
// The body must fit GitHub's 65,536-character limit whatever the diff holds, so lists are
// rendered as rows first and `fit` decides how many rows of each the text can afford.




const ISSUE_LIMIT = 65_536;
/** The top-level headings of the body, in order; `fit` never drops one. */
const BODY_HEADINGS = [
    '## Summary',
    '## Severity',
    '## Failed probes',
    '## Timeline',
    '## What changed',
    '## Status page messages',
    '## Postmortem (blameless)',
];
const COMMENT_HEADINGS = ['### Failed probes', '### Timeline', '### What changed'];
/** Long paths keep their start and their file name, the parts people recognise. */
function clipPath(path, max = 160) {
    const points = Array.from((0,markdown/* visible */.RK)(path));
    if (points.length <= max)
        return points.join('');
    return `${points.slice(0, 24).join('')}…${points.slice(points.length - (max - 25)).join('')}`;
}
function prepare(input) {
    const v = input.verification;
    const ch = input.changes;
    const files = ch?.files ?? [];
    const kinds = files.map((f) => classifyFile(f.filename));
    const delta = (a, d) => `+${(0,report_text/* count */.U)(a)} −${(0,report_text/* count */.U)(d)}`;
    const name = (f) => f.previousFilename && f.previousFilename !== f.filename
        ? `${(0,markdown/* code */.aY)(clipPath(f.previousFilename, 80))} → ${(0,markdown/* code */.aY)(clipPath(f.filename, 120))}`
        : (0,markdown/* code */.aY)(clipPath(f.filename));
    const risky = RISKY_KINDS.flatMap((kind) => files.flatMap((f, i) => kinds[i] === kind
        ? [
            {
                kind,
                line: `- ${name(f)} (${untrusted(f.status, 20)}, ${delta(f.additions, f.deletions)})`,
            },
        ]
        : []));
    const commitRows = (ch?.commits ?? []).map((cm) => {
        const pr = cm.pr
            ? `${(0,markdown/* link */.nf)(`#${cm.pr.number}`, cm.pr.url)}${cm.pr.title && cm.pr.title !== cm.title ? ` ${untrusted(cm.pr.title, 100)}` : ''}`
            : '';
        return [(0,markdown/* link */.nf)(shaCode(cm.sha), cm.url), untrusted(cm.title, 150), untrusted(cm.author, 60), pr];
    });
    const fileRows = files.map((f, i) => [
        name(f),
        KIND_SHORT[kinds[i]],
        untrusted(f.status, 20),
        `+${(0,report_text/* count */.U)(f.additions)}`,
        `−${(0,report_text/* count */.U)(f.deletions)}`,
    ]);
    const firstFailed = v.rounds.find((r) => !r.passed);
    return {
        input,
        fails: failures(v),
        since: firstFailed?.startedAt ?? v.startedAt,
        recoveredAt: input.rollback.state === 'recovered' ? (input.rollback.restore?.endedAt ?? null) : null,
        risky,
        commitRows,
        fileRows,
    };
}
function probesSection(p, b) {
    const v = p.input.verification;
    const cfg = v.config;
    // A rollback on demand, or a deploy command that failed: nothing was probed.
    if (v.probes.length === 0)
        return `No probe ran for ${untrusted(v.target, 100)}: ${untrusted(v.verdict.reason, 500)}`;
    const head = `Verification of ${untrusted(v.target, 100)} on ${untrusted(v.environment, 100)} from ${when(v.startedAt)} to ${when(v.endedAt)}: ${(0,report_text/* plural */.L)(v.rounds.length, 'round')}, one every ${(0,duration/* formatDuration */.a)(cfg.intervalMs)}, unhealthy after ${(0,report_text/* plural */.L)(cfg.failureThreshold, 'failed round')} in a row.`;
    if (p.fails.length === 0)
        return `${head}\n\nNo single probe failed (the verification did not finish).`;
    const shown = p.fails.slice(0, b.probes);
    const rows = shown.map((f) => [
        untrusted(f.name, 100),
        f.critical ? 'yes' : 'no',
        untrustedCode(f.request, 120),
        f.last?.error ? (0,markdown/* code */.aY)(f.last.error) : '',
        untrusted(f.last?.message ?? '', 300),
        `${(0,report_text/* count */.U)(f.failed)} of ${(0,report_text/* count */.U)(f.seen)}`,
    ]);
    const out = [
        head,
        '',
        (0,markdown/* table */.tp)(['Probe', 'Critical', 'Request', 'Error', 'Expected vs seen', 'Failed rounds'], rows),
    ];
    if (p.fails.length > shown.length)
        out.push('', `_${(0,report_text/* plural */.L)(p.fails.length - shown.length, 'more failed probe')} not listed; the job summary has all._`);
    for (const f of shown) {
        const ev = f.last?.evidence;
        if (!ev)
            continue;
        const status = f.last?.status !== undefined ? `status ${f.last.status}, ` : '';
        const said = `**${untrusted(f.name, 100)}**, last failed response (${status}${Math.round(f.last?.latencyMs ?? 0)} ms)`;
        if (b.evidence <= 0) {
            out.push('', `${said}: evidence (${(0,report_text/* plural */.L)(ev.length, 'character')}) left out to fit the issue; it is in the run's report.`);
            continue;
        }
        const shown = (0,markdown/* visible */.RK)(ev);
        const cut = (0,markdown/* clip */.$Q)(shown, b.evidence);
        const note = cut === shown ? '' : ` (first ${(0,report_text/* count */.U)(b.evidence)} of ${(0,report_text/* count */.U)(shown.length)} characters)`;
        out.push('', `${said}, body with secrets redacted${note}:`, '', (0,markdown/* fence */.EU)(cut));
    }
    return out.join('\n');
}
function timelineSection(p, chart) {
    const events = [...p.input.timeline].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
    if (events.length === 0)
        return 'No events were recorded.';
    const t0 = Date.parse(events[0].at);
    const offset = (at) => {
        const d = Date.parse(at) - t0;
        return Number.isNaN(d) ? '' : `+${d < 1000 ? '0s' : (0,duration/* formatDuration */.a)(d)}`;
    };
    const rows = events.map((e) => [when(e.at), offset(e.at), untrusted(e.what, 300)]);
    const out = [(0,markdown/* table */.tp)(['Time (UTC)', 'Since start', 'Event'], rows)];
    if (chart)
        out.push('', mermaidTimeline(events.map((e) => ({ period: offset(e.at) || '?', what: e.what }))));
    return out.join('\n');
}
function omitted(shown, total, what, url) {
    const see = `see ${(0,markdown/* link */.nf)('the full comparison', url)}`;
    return shown > 0
        ? `_Showing ${(0,report_text/* count */.U)(shown)} of ${(0,report_text/* plural */.L)(total, what)}; ${(0,report_text/* count */.U)(total - shown)} more not listed here, ${see}._`
        : `_${(0,report_text/* plural */.L)(total, what)} not listed here, ${see}._`;
}
function changesSection(p, b, level) {
    const i = p.input;
    const ch = i.changes;
    if (!ch) {
        const why = i.changesNote ? untrusted(i.changesNote, 500) : 'nothing to compare with.';
        return `No comparison with a previous release: ${why}`;
    }
    const adds = ch.files.reduce((n, f) => n + f.additions, 0);
    const dels = ch.files.reduce((n, f) => n + f.deletions, 0);
    const out = [
        `${(0,markdown/* link */.nf)(`${shaCode(ch.base)}...${shaCode(ch.head)}`, ch.compareUrl)}: the previous good release ${shaCode(ch.base)} against the failed release ${shaCode(ch.head)}; ${(0,report_text/* plural */.L)(ch.totalCommits, 'commit')}, ${ch.capped.files ? 'at least ' : ''}${(0,report_text/* plural */.L)(ch.files.length, 'file')} changed (+${(0,report_text/* count */.U)(adds)} −${(0,report_text/* count */.U)(dels)}).`,
    ];
    if (ch.capped.commits || ch.totalCommits > ch.commits.length)
        out.push('', `> The compare API lists at most 250 commits: the newest ${(0,report_text/* count */.U)(ch.commits.length)} of the ${(0,report_text/* count */.U)(ch.totalCommits)} are listed here, and the oldest ${(0,report_text/* count */.U)(Math.max(0, ch.totalCommits - ch.commits.length))} are left out. Run ${(0,markdown/* code */.aY)(`git log --oneline ${(0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(ch.base), 40)}..${(0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(ch.head), 40)}`)} for all.`);
    if (ch.capped.files)
        out.push('', `> The compare API lists at most 300 files: more files than the ${(0,report_text/* count */.U)(ch.files.length)} here may have changed. Run ${(0,markdown/* code */.aY)(`git diff --stat ${(0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(ch.base), 40)} ${(0,markdown/* clip */.$Q)((0,markdown/* visible */.RK)(ch.head), 40)}`)} for all.`);
    out.push('', `${level} Risky files first`, '');
    if (p.risky.length === 0)
        out.push('None of the changed files are migrations, configuration, dependency manifests, infrastructure or workflows.');
    else {
        const shown = p.risky.slice(0, b.risky);
        for (const kind of RISKY_KINDS) {
            const all = p.risky.filter((r) => r.kind === kind).length;
            const lines = shown.filter((r) => r.kind === kind).map((r) => r.line);
            if (all === 0)
                continue;
            out.push(`**${KIND_LABELS[kind]}** (${(0,report_text/* count */.U)(all)})`, '', ...lines);
            if (lines.length < all)
                out.push('', omitted(lines.length, all, 'file', ch.compareUrl));
            out.push('');
        }
        out.pop();
    }
    out.push('', `${level} Commits`, '');
    const commits = p.commitRows.slice(0, b.commits);
    if (commits.length)
        out.push((0,markdown/* table */.tp)(['Commit', 'Title', 'Author', 'Pull request'], commits));
    if (p.commitRows.length === 0)
        out.push('The compare lists no commits.');
    else if (commits.length < p.commitRows.length)
        out.push(...(commits.length ? [''] : []), omitted(commits.length, p.commitRows.length, 'commit', ch.compareUrl));
    out.push('', `${level} Files`, '');
    const files = p.fileRows.slice(0, b.files);
    if (files.length)
        out.push((0,markdown/* table */.tp)(['File', 'Kind', 'Status', 'Added', 'Deleted'], files));
    if (p.fileRows.length === 0)
        out.push('The compare lists no files.');
    else if (files.length < p.fileRows.length)
        out.push(...(files.length ? [''] : []), omitted(files.length, p.fileRows.length, 'file', ch.compareUrl));
    return out.join('\n');
}
function footer(i) {
    return `---\n_Filed by deploy-guard at ${when(i.now)} from ${(0,markdown/* link */.nf)('this workflow run', i.runUrl)} (started by ${untrusted(i.actor, 60)}). The run's job summary and report file hold the full evidence._`;
}
function compose(p, b, mode) {
    const i = p.input;
    if (mode === 'comment') {
        const head = `## 🔴 Another failed deploy: ${shaCode(i.failedSha)} to ${untrusted(i.environment, 100)}`;
        return [
            head,
            summary(i, p.fails, p.since, p.recoveredAt),
            `Severity ${severity(i, p.fails)}`,
            COMMENT_HEADINGS[0],
            probesSection(p, b),
            COMMENT_HEADINGS[1],
            timelineSection(p, false),
            COMMENT_HEADINGS[2],
            changesSection(p, b, '####'),
            footer(i),
        ].join('\n\n');
    }
    return [
        BODY_HEADINGS[0],
        summary(i, p.fails, p.since, p.recoveredAt),
        BODY_HEADINGS[1],
        severity(i, p.fails),
        BODY_HEADINGS[2],
        probesSection(p, b),
        BODY_HEADINGS[3],
        timelineSection(p, true),
        BODY_HEADINGS[4],
        changesSection(p, b, '###'),
        BODY_HEADINGS[5],
        statusMessages(i, p.since, p.recoveredAt),
        BODY_HEADINGS[6],
        postmortem(i, p.since, p.recoveredAt, p.fails, p.risky.length),
        footer(i),
    ].join('\n\n');
}
const rowCost = (cells) => cells.join(' | ').length + 5;
/**
 * The most detail that fits `limit`: the whole lists if they fit; else risky files, commits and
 * files share what the rest leaves; only when the lists are gone is evidence cut, then probes.
 */
function fit(p, mode, limit, evidence) {
    const full = {
        // A comment is an update on an issue that already has the first failure's lists.
        risky: mode === 'comment' ? Math.min(50, p.risky.length) : p.risky.length,
        commits: mode === 'comment' ? Math.min(50, p.commitRows.length) : p.commitRows.length,
        files: mode === 'comment' ? Math.min(100, p.fileRows.length) : p.fileRows.length,
        evidence,
        probes: p.fails.length,
    };
    const whole = compose(p, full, mode);
    if (whole.length <= limit)
        return whole;
    let b = { ...full, risky: 0, commits: 0, files: 0 };
    let base = compose(p, b, mode);
    for (const [ev, probes] of [
        [400, 25],
        [120, 10],
        [0, 5],
        [0, 1],
    ]) {
        if (base.length <= limit)
            break;
        b = { ...b, evidence: Math.min(ev, evidence), probes: Math.min(probes, full.probes) };
        base = compose(p, b, mode);
    }
    if (base.length > limit)
        return hardCut(base, limit);
    // Room for rows, less what the "N more not listed" lines and group labels may add.
    let room = limit - base.length - 600;
    const take = (costs, share) => {
        let n = 0;
        for (let used = 0; n < costs.length && used + costs[n] <= share; n++)
            used += costs[n];
        return n;
    };
    const riskyCost = p.risky.map((r) => r.line.length + 1);
    const commitCost = p.commitRows.map(rowCost);
    const fileCost = p.fileRows.map(rowCost);
    const sum = (costs, n) => costs.slice(0, n).reduce((a, x) => a + x, 0);
    b.risky = take(riskyCost, room * 0.4);
    room -= sum(riskyCost, b.risky);
    b.commits = take(commitCost, room * 0.5);
    room -= sum(commitCost, b.commits);
    b.files = take(fileCost, room);
    room -= sum(fileCost, b.files);
    // Whatever the files left over goes back to the commits, then to the risky files.
    const more = take(commitCost.slice(b.commits), room);
    b.commits += more;
    room -= sum(commitCost.slice(b.commits - more), more);
    b.risky += take(riskyCost.slice(b.risky), room);
    let out = compose(p, b, mode);
    for (let tries = 0; out.length > limit && tries < 50; tries++) {
        const key = b.files > 0 ? 'files' : b.commits > 0 ? 'commits' : 'risky';
        b = { ...b, [key]: Math.floor(b[key] * 0.9) };
        out = compose(p, b, mode);
    }
    return out.length <= limit ? out : hardCut(out, limit);
}
/** Last resort for a limit too small for even the skeleton: cut at a line, say so. */
function hardCut(text, limit) {
    const note = '\n\n_(cut to fit the size limit)_';
    const room = Math.max(0, limit - note.length);
    const at = text.lastIndexOf('\n', room);
    return (text.slice(0, at > 0 ? at : 0) + note).slice(0, limit);
}
function incidentTitle(input) {
    // One line of plain text: line breaks in the environment or the SHA would end the title.
    const flat = (s) => (0,markdown/* visible */.RK)(s).replace(/\s+/g, ' ').trim();
    const env = (0,markdown/* clip */.$Q)(flat(input.environment), 100);
    const sha = Array.from(flat(input.failedSha)).slice(0, 7).join('');
    switch (input.rollback.state) {
        case 'recovered':
            return `Rollback: ${env} deploy of ${sha} failed verification`;
        case 'rollback-failed':
            return `Deploy of ${sha} to ${env} failed verification, rollback failed`;
        default:
            return `Deploy of ${sha} to ${env} failed verification, not rolled back`;
    }
}
function renderIncidentBody(input, limit = ISSUE_LIMIT) {
    return fit(prepare(input), 'body', limit, 1000);
}
/** The update posted on an incident issue that is already open for the environment. */
function renderIncidentComment(input, limit = ISSUE_LIMIT) {
    return fit(prepare(input), 'comment', limit, 500);
}
function renderRecoveryComment(r) {
    const lines = [
        `## ✅ Recovered: ${untrusted(r.environment, 100)} is serving ${shaCode(r.sha)}`,
        '',
        `Since ${when(r.at)}, release ${shaCode(r.sha)} is serving ${untrusted(r.environment, 100)} again and passed verification.`,
    ];
    if (r.restore) {
        const v = r.restore;
        lines.push('', `Verification of ${untrusted(v.target, 100)} from ${when(v.startedAt)} to ${when(v.endedAt)}: ${untrusted(v.verdict.reason, 600)}`);
    }
    lines.push('', 'This issue stays open for the postmortem. Close it when that is done: while it is open, deploys to this environment stay locked (with `lock-on-incident`, the default) unless `override-reason` is given.');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/incident/publish.ts
// Writes the incident to GitHub: comment on the open incident issue for the environment if there
// is one (found by labels through the issues list API, which is consistent, unlike search),
// else open one with its labels and assignees. Each write carries a hidden mark of this run and
// environment, so a write whose answer was lost, or a rerun of the job, finds it instead of
// writing a second one (SPEC: one issue and one comment of each kind per failed run).




/** The hidden line that identifies what one run wrote for one environment. */
function runMark(kind, runId, env) {
    // An HTML comment: invisible on GitHub; the environment is encoded so it cannot close it.
    return `<!-- deploy-guard:${kind} run=${runId} env=${encodeURIComponent(env.toLowerCase())} -->`;
}
/**
 * Writes the incident. Only the issue itself (or the update on the open one) is required; the
 * lookup, the severity label and the recovery note are best effort, each failure said through
 * `warn`, so a GitHub fault on a side call never costs responders the issue.
 */
async function publishIncident(gh, input, s, p) {
    const warn = p.warn ?? (() => { });
    const labels = (0,lock/* incidentLabels */.sV)(s);
    const severity = `severity:${input.severity}`;
    const mark = (kind) => runMark(kind, p.runId, s.environment);
    const recovered = input.rollback.state === 'recovered' && !!input.previousSha;
    let existing = null;
    try {
        existing = await gh.findOpenIssue(labels);
    }
    catch (e) {
        // A second issue can be closed as a duplicate; a lost one cannot be found at 2am.
        warn(`GitHub: could not look for an open incident issue (${e.message}); opening a new one`);
    }
    if (existing) {
        const ours = !!existing.body?.includes(mark('incident'));
        // This run opened it (a rerun of the job after a crash): only the end of the story is new.
        if (ours) {
            if (recovered)
                await recoveryNote(gh, existing.number, input, mark('recovery'), warn);
            return { number: existing.number, url: existing.html_url, created: false };
        }
        const note = recovered ? `\n\n${recoveryText(input)}` : '';
        const tail = `${note}\n\n${mark('update')}`;
        const update = renderIncidentComment(input, ISSUE_LIMIT - [...tail].length);
        await gh.comment(existing.number, `${update}${tail}`, mark('update'));
        await (0,best_effort.bestEffort)(warn, 'label the incident issue', () => gh.addLabels(existing.number, [severity]));
        return { number: existing.number, url: existing.html_url, created: false };
    }
    const assignees = [
        ...new Set(s['issue-assignees'].map((a) => (a === '@actor' ? p.actor : a.replace(/^@/, '')))),
    ];
    // The body says the release was put back and passed its checks: no separate recovery comment.
    const marker = mark('incident');
    const fields = {
        title: incidentTitle(input),
        body: `${renderIncidentBody(input, ISSUE_LIMIT - marker.length - 2)}\n\n${marker}`,
        labels: [...labels, severity],
        marker,
    };
    let created;
    try {
        created = await gh.createIssue({ ...fields, assignees });
    }
    catch (e) {
        // GitHub answers 422 when an assignee cannot be assigned: the issue matters more. It names
        // the login it refused; the others stay.
        if (!(0,client/* answered */.oQ)(e) || e.status !== 422 || assignees.length === 0)
            throw e;
        const refused = refusedLogins(e);
        const kept = refused.length ? assignees.filter((a) => !refused.includes(a)) : [];
        warn(`GitHub refused ${refused.length ? refused.map((r) => `@${r}`).join(', ') : 'the assignees'} as assignee (${e.message}); opening the issue ${kept.length ? `with ${kept.map((k) => `@${k}`).join(', ')}` : 'without assignees'}`);
        created = await gh.createIssue({ ...fields, assignees: kept });
    }
    return { number: created.number, url: created.html_url, created: true };
}
/** The logins a 422 names in its `errors` (`{field: "assignees", value: "login"}`). */
function refusedLogins(e) {
    const data = e.response?.data;
    return (data?.errors ?? [])
        .filter((x) => x.field === 'assignees' && typeof x.value === 'string')
        .map((x) => x.value);
}
function recoveryText(input) {
    return renderRecoveryComment({
        at: input.rollback.restore?.endedAt ?? input.now,
        sha: input.previousSha,
        environment: input.environment,
        ...(input.rollback.restore ? { restore: input.rollback.restore } : {}),
    });
}
async function recoveryNote(gh, issue, input, marker, warn) {
    await (0,best_effort.bestEffort)(warn, `comment on #${issue} that the rollback recovered`, async () => {
        const already = (await gh.comments(issue)).some((c) => c.body?.includes(marker));
        if (!already)
            await gh.comment(issue, `${recoveryText(input)}\n\n${marker}`, marker);
    });
}

// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/rollback/previous.ts
var previous = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/rollback/flow.ts + 1 modules
var flow = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/verify/report.ts
var verify_report = __webpack_require__(5271);
;// CONCATENATED MODULE: ./src/commands/failure.ts
// What a failed release publishes, whichever command found it: roll back first (the flow),
// write to GitHub second, and keep the whole report on disk and in the summary whatever GitHub
// does; then the outputs and the failed step.







/** Outputs, report file and summary for a failed release, then the failed step. */
async function afterFailure(failed, sha, d, deploymentId, startedAt) {
    const { settings: s, runner } = d;
    const incident = await (0,flow/* rollBack */.Fu)(failed, { deploymentId, startedAt }, sha, d);
    const rolledBack = incident.rollback.state === 'recovered';
    const previousSha = incident.previousSha ?? '';
    const report = (issue) => d.redactor.deep({
        command: s.command,
        environment: s.environment,
        failedSha: sha,
        healthy: false,
        severity: incident.severity,
        rolledBack,
        previousSha,
        previousRule: incident.previousRule ?? null,
        rollback: incident.rollback,
        timeline: incident.timeline,
        issue,
        verification: failed,
        changes: incident.changes,
        githubRequests: d.gh?.requests ?? 0,
    });
    const name = `deploy-guard-${s.command}-${s.environment}`;
    // On disk before the issue is written: whatever GitHub does next, the evidence is kept.
    const file = (0,report_file/* writeReport */.u)(d.reportDir, name, report(null));
    let issue = null;
    let issueError = '';
    if (!s.issue)
        issueError = 'issue: false';
    else if (s['dry-run'])
        issueError = 'dry run';
    else if (!d.gh)
        issueError = 'no GitHub token or repository';
    else {
        const gh = d.gh;
        issue = await (0,flow/* soft */.LN)(runner, 'write the incident issue', () => publishIncident(gh, incident, s, {
            actor: d.ctx.actor,
            runId: d.ctx.runId || 'local',
            warn: (m) => runner.warning(m),
        }));
        if (!issue)
            issueError = 'GitHub did not accept it';
        else
            (0,report_file/* writeReport */.u)(d.reportDir, name, report(issue));
    }
    runner.output('healthy', 'false');
    runner.output('severity', incident.severity);
    runner.output('rolled-back', String(rolledBack));
    runner.output('previous-sha', previousSha);
    runner.output('issue-number', issue ? String(issue.number) : '');
    runner.output('issue-url', issue?.url ?? '');
    runner.output('report', file);
    const lines = [
        (0,verify_report/* renderVerifySummary */.i2)(failed),
        `### Rollback: ${incident.rollback.state}`,
        '',
        (0,markdown.md)(incident.rollback.detail),
        '',
    ];
    // Which rule chose the release rolled back to; a fallback was never verified by deploy-guard.
    if (incident.previousSha && incident.previousRule)
        lines.push(`${incident.previousRule === 'fallback' ? '⚠️ ' : ''}Previous release: ${(0,markdown.md)((0,previous/* ruleSentence */.Or)({ sha: incident.previousSha, rule: incident.previousRule }))}.`, '');
    if (incident.rollback.restore)
        lines.push((0,verify_report/* renderVerifySummary */.i2)(incident.rollback.restore));
    if (issue)
        lines.push(`Incident issue: [#${issue.number}](${issue.url}) (${issue.created ? 'opened' : 'updated'})`, '');
    else
        lines.push(`The incident issue was not written (${(0,markdown.md)(issueError)}); here it is in full, and in the report file.`, '', d.redactor.text(renderIncidentBody(incident)));
    await runner.summary(lines.join('\n'));
    const where = issue
        ? ` Incident: ${issue.url}`
        : ` The incident issue was not written (${issueError}); the full report is in the job summary and at ${file}.`;
    const sentence = `${(0,verify_report/* verdictSentence */.BT)(failed)} Rollback: ${incident.rollback.detail.replace(/\.$/, '')}.${where}`;
    // A rollback someone asked for, done and verified, is a success; anything else fails the step.
    if (s.command === 'rollback' && rolledBack)
        runner.info(sentence);
    else
        runner.fail(sentence);
}


/***/ }),

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

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bestEffort: () => (/* binding */ bestEffort)
/* harmony export */ });
// The one way a GitHub call that must not stop anything is made: on failure it is said (a
// warning naming what could not be done and GitHub's answer) and the caller goes on with null.
// Rolling back, writing the report and the summary never wait on these.
async function bestEffort(warn, what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        warn(`GitHub: could not ${what}: ${e.message}`);
        return null;
    }
}


/***/ }),

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


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ short),
/* harmony export */   runContext: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The workflow run as the GITHUB_* environment describes it.

/**
 * `repository.default_branch` from the event payload (GITHUB_EVENT_PATH): every event that
 * names a repository carries it, so no request is spent on it.
 */
function defaultBranchOf(path) {
    if (!path)
        return '';
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const b = event.repository?.default_branch;
        return typeof b === 'string' ? b : '';
    }
    catch {
        return '';
    }
}
function runContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const slug = owner && repo ? `${owner}/${repo}` : '';
    return {
        repo: owner && repo ? { owner, repo } : null,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR || 'unknown',
        runUrl: slug && env.GITHUB_RUN_ID ? `${serverUrl}/${slug}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: Math.max(1, Number(env.GITHUB_RUN_ATTEMPT) || 1),
        defaultBranch: defaultBranchOf(env.GITHUB_EVENT_PATH),
    };
}
const short = (sha) => sha.slice(0, 7);


/***/ }),

/***/ 7335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findIncident: () => (/* binding */ findIncident),
/* harmony export */   sV: () => (/* binding */ incidentLabels)
/* harmony export */ });
/* unused harmony exports LABEL_LIMIT, environmentLabel */
// The incident lock: the labels that scope an environment's incident issue, and the lookup of
// the open one (the `window` command's lock and the failure branch share them). Small on
// purpose: `window` loads this and the GitHub client, nothing that renders or rolls back.
/** GitHub's limit for a label's name (https://docs.github.com/en/rest/issues/labels). */
const LABEL_LIMIT = 50;
/**
 * The label that scopes incidents to an environment. Environment names are case-insensitive on
 * GitHub, so the label is lower case; one longer than GitHub's 50 characters keeps its start
 * and ends in a hash of the whole name, so two long names never share a label.
 */
function environmentLabel(environment) {
    const label = `env:${environment.toLowerCase()}`;
    if (label.length <= LABEL_LIMIT)
        return label;
    let h = 0x811c9dc5; // FNV-1a: short, stable, and enough to tell environments apart
    for (const ch of environment.toLowerCase()) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    const hash = h.toString(16).padStart(8, '0');
    return `${Array.from(label)
        .slice(0, LABEL_LIMIT - 9)
        .join('')}~${hash}`;
}
/** The labels that find an environment's incident issue (severity may change, so it is not one). */
function incidentLabels(s) {
    return [...new Set([...s['issue-labels'], environmentLabel(s.environment)])];
}
async function findIncident(gh, s) {
    return gh.findOpenIssue(incidentLabels(s));
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

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ secretsInEnv),
/* harmony export */   VY: () => (/* binding */ secretsIn),
/* harmony export */   cA: () => (/* binding */ redactHeaders),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   yx: () => (/* binding */ isSensitiveHeader)
/* harmony export */ });
/* unused harmony exports MASK, redactUrl, isSecretName */
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   U: () => (/* binding */ count)
/* harmony export */ });
// Counted nouns for sentences people read: "1 probe", "3 rounds", "1,036 commits".
/** A count as people read it: thousands separated ("1,036"), the same in logs and issues. */
const count = (n) => n.toLocaleString('en-US');
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 5813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ iso)
/* harmony export */ });
// Instants as the outputs, reports and issues print them. A module of its own so that verify,
// rollback and the incident renderer do not pull the window engine into their bundles.
/** ISO-8601 in UTC, without milliseconds when there are none: `2026-11-23T08:00:00Z`. */
function iso(ms) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 3753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tt: () => (/* binding */ markDeployment),
  Fu: () => (/* binding */ rollBack),
  LN: () => (/* binding */ soft),
  F3: () => (/* binding */ trackDeployment)
});

// UNUSED EXPORTS: deploymentKey, failedDescription

// EXTERNAL MODULE: ./src/github/best-effort.ts
var best_effort = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
;// CONCATENATED MODULE: ./src/incident/changes.ts
// "What changed?": the compare between the previous good and the failed release, with the pull
// request behind each commit. PR numbers come from merge and squash titles first; only commits
// without one cost a request, and only the first few.
const PR_LOOKUPS = 10;
const COMPARE_COMMITS = 250;
const COMPARE_FILES = 300;
/** "Merge pull request #12 from ..." or "Title (#12)". */
function prFromTitle(title) {
    const m = /^Merge pull request #(\d+)\b/.exec(title) ?? /\(#(\d+)\)\s*$/.exec(title);
    return m ? Number(m[1]) : null;
}
async function fetchChanges(gh, base, head, htmlUrl) {
    const data = await gh.compare(base, head);
    const commits = data.commits.map((c) => {
        const title = (c.commit.message ?? '').split('\n')[0] ?? '';
        const pr = prFromTitle(title);
        return {
            sha: c.sha,
            title,
            author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
            url: c.html_url,
            ...(pr !== null ? { pr: { number: pr, url: `${htmlUrl}/pull/${pr}` } } : {}),
        };
    });
    let lookups = 0;
    for (const c of [...commits].reverse()) {
        if (c.pr || lookups >= PR_LOOKUPS)
            continue;
        lookups++;
        try {
            const [pr] = await gh.pullsForCommit(c.sha);
            if (pr)
                c.pr = { number: pr.number, title: pr.title, url: pr.html_url };
        }
        catch {
            // a PR link is a nicety; the commit is still listed
        }
    }
    const files = (data.files ?? []).map((f) => ({
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
    }));
    return {
        base,
        head,
        compareUrl: `${htmlUrl}/compare/${base}...${head}`,
        totalCommits: data.total_commits,
        commits,
        files,
        capped: {
            // The unpaged compare lists the newest commits, up to GitHub's 250 (see GitHub.compare).
            commits: data.total_commits > commits.length || commits.length >= COMPARE_COMMITS,
            files: files.length >= COMPARE_FILES,
        },
    };
}

// EXTERNAL MODULE: ./src/verify/probing.ts + 3 modules
var probing = __webpack_require__(5282);
// EXTERNAL MODULE: ./src/report/time.ts
var time = __webpack_require__(5813);
// EXTERNAL MODULE: ./src/rollback/previous.ts
var previous = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/rollback/strategies.ts
var strategies = __webpack_require__(4219);
;// CONCATENATED MODULE: ./src/rollback/flow.ts
// What happens when a release fails verification: roll back first, verify the restored
// release once, then tell GitHub (deployment status, incident issue). GitHub errors are logged
// and never stop the rollback; whatever cannot be written to GitHub stays in the report.







/** A GitHub call whose failure must not stop anything: warned about, then null. */
function soft(runner, what, fn) {
    return (0,best_effort.bestEffort)((m) => runner.warning(m), what, fn);
}
/** The key in the payload of a deployment deploy-guard creates for this run and purpose. */
function deploymentKey(d, purpose) {
    return `${purpose}:${d.ctx.runId || 'local'}:${d.settings.environment.toLowerCase()}`;
}
/**
 * The deployment for this SHA and environment (a job with `environment:` gets one from GitHub,
 * already in progress), else a new one. No `in_progress` status is written: the job's own
 * deployment has it, and the verdict's status follows within the soak (one request fewer).
 * Runs alongside the first probe round, so GitHub's pacing of writes never delays detection.
 * On a rerun of the job (attempt 2 and later) it also says whether an earlier attempt already
 * marked the release failed, so the rerun finishes that story instead of verifying the
 * restored release and calling the bad one healthy.
 */
async function trackDeployment(d, sha) {
    const { gh, settings, runner } = d;
    const none = { deploymentId: null, startedAt: null, failedBefore: null };
    if (!gh || !sha)
        return none;
    const env = settings.environment.toLowerCase();
    const found = await soft(runner, 'list deployments', () => gh.deployments(settings.environment, { perPage: 30 }));
    let dep = found?.find((x) => x.sha === sha && x.environment.toLowerCase() === env) ?? null;
    if (!dep && !settings['dry-run'] && found !== null)
        dep = await soft(runner, 'record the deployment', () => gh.createDeployment({
            sha,
            environment: settings.environment,
            description: 'recorded by deploy-guard for verification',
            payload: {},
            key: deploymentKey(d, 'verify'),
        }));
    if (!dep)
        return none;
    let failedBefore = null;
    if (d.ctx.runAttempt > 1) {
        const id = dep.id;
        const statuses = await soft(runner, 'read the deployment statuses', () => gh.statuses(id));
        const mark = statuses?.find((x) => (0,previous/* judge */.S4)([x]) === 'failed');
        failedBefore = mark ? (mark.description ?? previous/* FAILED_MARK */.AJ) : null;
    }
    return { deploymentId: dep.id, startedAt: dep.created_at, failedBefore };
}
async function markDeployment(d, t, state, description) {
    if (!d.gh || t.deploymentId === null || d.settings['dry-run'])
        return;
    const gh = d.gh;
    const id = t.deploymentId;
    await soft(d.runner, `set the deployment to ${state}`, () => gh.setStatus(id, { state, description, logUrl: d.ctx.runUrl }));
}
function firstFailedRound(r) {
    return r.rounds.find((x) => !x.passed)?.startedAt ?? null;
}
/** No release to go back to, and why (null: none is needed, the command knows its own). */
const noTarget = (skip) => ({ sha: '', ref: '', rule: null, skip });
/** The release to go back to, or why there is none (a sentence for people). */
async function previousRelease(d, failedSha, t) {
    const { settings: s, gh } = d;
    const ref = s['previous-ref'];
    const full = /^[0-9a-f]{40}$/i.test(ref);
    if (ref && (full || !gh)) {
        const sha = full ? ref.toLowerCase() : '';
        return { sha, ref: sha || ref, rule: 'explicit', skip: null };
    }
    if (!gh) {
        // Without GitHub a command can still roll back: it may know its previous release itself.
        if (s['rollback-strategy'] === 'command')
            return noTarget(null);
        return noTarget('no previous release is known (no previous-ref, no GitHub access)');
    }
    const facts = (0,previous/* refFacts */.p2)(gh, d.ctx.defaultBranch || undefined);
    if (ref) {
        // A tag or branch names a commit now; the rollback, its outputs and the diff need which,
        // and only a tag on that commit is handed on as the ref (a branch moves).
        try {
            const sha = await gh.commitSha(ref);
            return { sha, ref: await (0,previous/* stableRef */.PA)(sha, ref, facts), rule: 'explicit', skip: null };
        }
        catch (e) {
            return noTarget(`previous-ref "${ref}" could not be resolved to a commit (${e.message})`);
        }
    }
    const found = await soft(d.runner, 'find the previous release', () => (0,previous/* discoverPrevious */.Ds)(gh, s.environment, { sha: failedSha, deploymentId: t.deploymentId, ignore: d.ownDeployments ?? [] }, facts));
    if (found?.newer)
        return noTarget(`a newer deploy of ${(0,context/* short */.h)(found.newer.sha)} to ${s.environment} started after this one, so deploy-guard did not roll back over it`);
    if (!found?.previous)
        return noTarget(found?.note ?? 'the previous release could not be found');
    const { sha, ref: stable, rule } = found.previous;
    d.runner.info(`Previous release: ${(0,previous/* ruleSentence */.Or)(found.previous)}`);
    if (rule === 'fallback')
        d.runner.warning((0,previous/* ruleSentence */.Or)(found.previous));
    return { sha, ref: stable, rule, skip: null };
}
/** Runs the strategy, then verifies the restored release once (never loops). */
async function rollBackAndVerify(d, target, failed, failedSha, t) {
    const { settings: s, runner } = d;
    const to = target.sha ? (0,context/* short */.h)(target.sha) : 'the previous release';
    runner.info(`Rolling back ${s.environment} from ${(0,context/* short */.h)(failedSha)} to ${to} (${s['rollback-strategy']})`);
    let attempt;
    try {
        attempt = await (0,strategies/* runRollback */.e)({
            strategy: s['rollback-strategy'],
            environment: s.environment,
            previousSha: target.sha,
            previousRef: target.ref,
            failedSha,
            reason: failed.verdict.reason.slice(0, 500),
            command: s['rollback-command'],
            workflow: s['rollback-workflow'],
            timeoutMs: s['rollback-timeout'],
            failedDeploymentId: t.deploymentId,
            key: deploymentKey(d, 'rollback'),
            defaultBranch: d.ctx.defaultBranch,
        }, { gh: d.gh, runner, redactor: d.redactor, ...(d.signal ? { signal: d.signal } : {}) });
    }
    catch (e) {
        const at = d.now();
        attempt = {
            ok: false,
            synchronous: true,
            detail: `the rollback failed: ${e.message}`,
            startedAt: at,
            endedAt: at,
        };
    }
    if (attempt.warning) {
        runner.warning(attempt.warning);
        attempt = { ...attempt, detail: `${attempt.detail} (${attempt.warning})` };
    }
    if (!attempt.ok || !d.probes)
        return { attempt };
    // Asynchronous strategies land later in another workflow: wait for recovery up to the rollback
    // timeout instead of failing fast on the release still serving.
    const config = attempt.synchronous
        ? d.config
        : {
            ...d.config,
            failureThreshold: Math.max(d.config.failureThreshold, Math.ceil(s['rollback-timeout'] / d.config.intervalMs)),
        };
    const io = {
        runner,
        now: d.now,
        workspace: d.ctx.workspace,
        reportDir: d.reportDir,
        ...(d.signal ? { signal: d.signal } : {}),
    };
    const { report } = await (0,probing/* probeRelease */.i9)(d.probes, config, io, { target: `the restored release ${target.sha ? to : ''}`.trim(), environment: s.environment }, d.redactor);
    return { attempt, restore: report };
}
function summarise(strategy, skip, attempt, restore) {
    if (skip || !attempt)
        return { state: 'not-rolled-back', strategy, detail: skip ?? 'no rollback was attempted' };
    if (!attempt.ok)
        return { state: 'rollback-failed', strategy, detail: attempt.detail };
    if (!restore)
        return {
            state: 'recovered',
            strategy,
            detail: `${attempt.detail}; no probes to verify the restored release`,
        };
    return restore.verdict.healthy
        ? {
            state: 'recovered',
            strategy,
            detail: `${attempt.detail}; the restored release passed verification`,
            restore,
        }
        : {
            state: 'rollback-failed',
            strategy,
            detail: `${attempt.detail}, but the restored release failed verification too: ${restore.verdict.reason}`,
            restore,
        };
}
/** "What changed" between the releases, or why it is not known. */
async function changesBetween(d, previousSha, failedSha, htmlUrl) {
    const gh = d.gh;
    if (!previousSha)
        return { changes: null, changesNote: 'there is no previous release to compare with' };
    if (!gh || !failedSha)
        return { changes: null, changesNote: 'GitHub was not available to compare the releases' };
    const changes = await soft(d.runner, 'compare the releases', () => fetchChanges(gh, previousSha, failedSha, htmlUrl));
    return changes
        ? { changes }
        : {
            changes: null,
            changesNote: `the compare between ${(0,context/* short */.h)(previousSha)} and ${(0,context/* short */.h)(failedSha)} could not be fetched from GitHub`,
        };
}
/**
 * The failure branch: decides and performs the rollback, verifies the restored release once,
 * and gathers everything the incident issue says. Writes nothing to GitHub except the rollback
 * deployment or dispatch a strategy needs; the caller writes the rest, after the rollback.
 */
async function rollBack(failed, t, failedSha, d) {
    const { settings: s } = d;
    const timeline = [];
    if (t.startedAt)
        timeline.push({ at: t.startedAt, what: `deploy of ${(0,context/* short */.h)(failedSha)} started` });
    timeline.push({ at: failed.startedAt, what: 'verification started' });
    const firstFail = firstFailedRound(failed);
    if (firstFail)
        timeline.push({ at: firstFail, what: 'first failed round' });
    timeline.push({
        at: failed.endedAt,
        what: `verdict: unhealthy (${failed.verdict.severity ?? 'no severity'})`,
    });
    // The failure mark goes on the bad release's deployment before anything is rolled back, so no
    // later run (a rerun after a crash included) can take it for verified; it is written while
    // the previous release is looked up.
    const [target] = await Promise.all([
        previousRelease(d, failedSha, t),
        markDeployment(d, t, 'failure', failedDescription(failed)),
    ]);
    let skip = target.skip;
    if (s['rollback-strategy'] === 'none')
        skip = 'no rollback strategy is configured (rollback-strategy: none)';
    else if (s['dry-run'] && !skip)
        skip = `dry run: would roll back to ${target.sha ? (0,context/* short */.h)(target.sha) : 'the previous release'} with the ${s['rollback-strategy']} strategy`;
    const done = skip ? null : await rollBackAndVerify(d, target, failed, failedSha, t);
    if (done) {
        const to = target.sha ? (0,context/* short */.h)(target.sha) : 'the previous release';
        timeline.push({
            at: (0,time/* iso */.K)(done.attempt.startedAt),
            what: `rollback to ${to} started (${s['rollback-strategy']})`,
        });
        timeline.push({
            at: (0,time/* iso */.K)(done.attempt.endedAt),
            what: `rollback ${done.attempt.ok ? 'finished' : 'failed'}`,
        });
        if (done.restore)
            timeline.push({
                at: done.restore.endedAt,
                what: done.restore.verdict.healthy
                    ? 'recovery verified'
                    : 'restored release failed verification',
            });
    }
    const rollback = summarise(s['rollback-strategy'], skip, done?.attempt ?? null, done?.restore);
    const htmlUrl = d.ctx.repo ? `${d.ctx.serverUrl}/${d.ctx.repo.owner}/${d.ctx.repo.repo}` : '';
    return {
        environment: s.environment,
        repo: { owner: d.ctx.repo?.owner ?? '', name: d.ctx.repo?.repo ?? '', htmlUrl },
        failedSha,
        previousSha: target.sha || null,
        ...(target.sha && target.rule ? { previousRule: target.rule } : {}),
        severity: rollback.state === 'rollback-failed' ? 'P1' : (failed.verdict.severity ?? 'P2'),
        verification: failed,
        rollback,
        timeline,
        ...(await changesBetween(d, target.sha, failedSha, htmlUrl)),
        runUrl: d.ctx.runUrl,
        actor: d.ctx.actor,
        now: (0,time/* iso */.K)(d.now()),
    };
}
const failedDescription = (r) => `${previous/* FAILED_MARK */.AJ}: ${r.verdict.reason}`;


/***/ }),

/***/ 7403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ FAILED_MARK),
/* harmony export */   Ds: () => (/* binding */ discoverPrevious),
/* harmony export */   Or: () => (/* binding */ ruleSentence),
/* harmony export */   PA: () => (/* binding */ stableRef),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   p2: () => (/* binding */ refFacts),
/* harmony export */   rY: () => (/* binding */ VERIFIED_MARK)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
// Which release to go back to, found from the Deployments API (SPEC: "Which release is rolled
// back to"): the newest earlier deployment of the environment that deploy-guard verified healthy;
// only when there is none, the newest earlier successful one that a release job could have made
// (not a pull request's ref, not a branch other than the default), said as a fallback. A
// deployment deploy-guard marked failed is never chosen. One page of deployments and at most
// CANDIDATES status reads, so the cost does not grow with history.

/** deploy-guard's own statuses start with these, so discovery can tell them from any job's. */
const VERIFIED_MARK = 'deploy-guard: verified healthy';
const FAILED_MARK = 'deploy-guard: failed verification';
/** At most this many older deployments have their statuses read. */
const CANDIDATES = 10;
/** What a deployment's statuses say of it; a failure mark outweighs everything. */
function judge(statuses) {
    const marked = (state, mark) => statuses.some((s) => state.includes(s.state) && !!s.description?.startsWith(mark));
    if (marked(['failure', 'error'], FAILED_MARK))
        return 'failed';
    if (marked(['success'], VERIFIED_MARK))
        return 'verified';
    return statuses.some((s) => s.state === 'success') ? 'successful' : 'unknown';
}
const isSha = (ref, sha) => /^[0-9a-f]{7,40}$/i.test(ref) && sha.toLowerCase().startsWith(ref.toLowerCase());
const isPullRef = (ref) => /^(refs\/)?pull\//.test(ref) || /^gh-readonly-queue\//.test(ref);
const branchName = (ref) => ref.replace(/^refs\/heads\//, '');
/**
 * The ref a rollback may use for this commit: `ref` when it is a tag on that very commit, else
 * the SHA. A branch moves (possibly onto the bad release), so it is never handed on.
 */
async function stableRef(sha, ref, facts) {
    if (!ref || isSha(ref, sha) || isPullRef(ref) || ref.startsWith('refs/heads/'))
        return sha;
    // The default branch is known from the event payload in a workflow: no tag look-up for it.
    if (ref === (await facts.defaultBranch()))
        return sha;
    const name = ref.replace(/^refs\/tags\//, '');
    return (await facts.tagCommit(name)) === sha ? name : sha;
}
/**
 * Why a successful deployment that deploy-guard did not verify cannot be the fallback, or null
 * when it can: jobs that use `environment:` only for its secrets deploy pull requests and
 * feature branches too.
 */
async function notARelease(d, facts) {
    if (isSha(d.ref, d.sha))
        return null;
    if (isPullRef(d.ref))
        return `its ref ${d.ref} is a pull request's`;
    if (branchName(d.ref) === (await facts.defaultBranch()))
        return null;
    if (!d.ref.startsWith('refs/heads/') && (await facts.tagCommit(d.ref)) === d.sha)
        return null;
    return `its ref ${d.ref} is neither the default branch nor a tag on ${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(d.sha)}`;
}
/** The facts from GitHub, each asked at most once. */
function refFacts(gh, defaultBranch) {
    let branch = defaultBranch
        ? Promise.resolve(defaultBranch)
        : undefined;
    const tags = new Map();
    return {
        defaultBranch: () => (branch ??= gh.getRepo().then((r) => r.default_branch)),
        tagCommit: (name) => {
            if (!tags.has(name))
                tags.set(name, gh.tagCommit(name));
            return tags.get(name);
        },
    };
}
const sameEnvironment = (a, b) => a.toLowerCase() === b.toLowerCase();
async function discoverPrevious(gh, environment, current, facts = refFacts(gh)) {
    const ignore = new Set(current.ignore ?? []);
    const list = (await gh.deployments(environment)).filter((d) => !ignore.has(d.id) && sameEnvironment(d.environment, environment));
    const at = current.deploymentId !== null
        ? list.findIndex((d) => d.id === current.deploymentId)
        : list.findIndex((d) => d.sha === current.sha);
    const mine = at >= 0 ? list[at] : null;
    // Creation times have whole seconds, so two runs in one second tie: ids break the tie (GitHub
    // hands them out in order). When this run's deployment is past the first page, ids alone
    // tell older from newer, so a release deployed later is never taken for the previous one.
    const after = (d) => mine
        ? d.created_at > mine.created_at || (d.created_at === mine.created_at && d.id > mine.id)
        : current.deploymentId !== null && d.id > current.deploymentId;
    const newer = list.find((d) => d.sha !== current.sha && after(d)) ?? null;
    const older = (at >= 0
        ? list.slice(at + 1)
        : current.deploymentId !== null
            ? list.filter((d) => d.id < current.deploymentId)
            : list).filter((d) => d.sha !== current.sha);
    const found = async (d, rule) => ({
        previous: {
            sha: d.sha,
            ref: await stableRef(d.sha, d.ref, facts),
            deploymentId: d.id,
            rule,
        },
        newer,
        note: '',
    });
    let fallback = null;
    const passedOver = [];
    for (const d of older.slice(0, CANDIDATES)) {
        const judgement = judge(await gh.statuses(d.id));
        if (judgement === 'verified')
            return found(d, 'verified');
        if (judgement !== 'successful' || fallback)
            continue;
        const why = await notARelease(d, facts);
        if (why)
            passedOver.push(`deployment ${d.id} of ${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(d.sha)}: ${why}`);
        else
            fallback = d;
    }
    if (fallback)
        return found(fallback, 'fallback');
    const checked = Math.min(older.length, CANDIDATES);
    const note = older.length === 0
        ? `no earlier deployment to ${environment} is recorded: this looks like the first deploy, so there is nothing to roll back to`
        : `none of the ${checked} earlier deployments to ${environment} was verified by deploy-guard or succeeded as a release${passedOver.length ? ` (passed over: ${passedOver.join('; ')})` : ''}`;
    return { previous: null, newer, note };
}
/** A sentence for people on how the previous release was chosen. */
function ruleSentence(p) {
    switch (p.rule) {
        case 'verified':
            return `${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(p.sha)} is the newest earlier release deploy-guard verified healthy`;
        case 'fallback':
            return `${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(p.sha)} is the newest earlier successful deployment; deploy-guard never verified it, so it may not be good: check it`;
        case 'explicit':
            return `${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(p.sha)} was named by the previous-ref input`;
    }
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runShell)
/* harmony export */ });
/* unused harmony export commandEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs a user's shell command (rollback-command, deploy-command): inputs arrive as environment
// variables, never spliced into the command string, in the environment a `run:` step would get;
// output streams line by line; the command is done when the shell exits, and what it left in its
// process group is stopped then; a timeout or a cancelled run stops the whole group too.

// What the runner gives a JavaScript action's process and not a `run:` step. Its node handler
// adds every input as INPUT_<NAME> (upper-cased, spaces to `_`, hyphens kept, so the token input
// is INPUT_GITHUB-TOKEN) and the Actions service endpoints with their token:
// https://github.com/actions/runner/blob/258d6c857db3519913f7deb6004b60172f8043ae/src/Runner.Worker/Handlers/NodeScriptActionHandler.cs#L38-L90
// and Handler.cs#L175-L188 (AddInputsToEnvironment); GitHub documents the INPUT_ naming in
// https://docs.github.com/en/actions/creating-actions/metadata-syntax-for-github-actions#inputs
// The script handler behind `run:` adds neither, but does add ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN
// (when the job has `id-token: write`) and ACTIONS_ORCHESTRATION_ID (ScriptHandler.cs#L314-L327),
// so those stay: a deploy script may use OIDC to reach its cloud, "using environment variables on
// the runner" as https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings
// describes. GITHUB_ACTION_REPOSITORY/_REF (set for any action step) describe, not authorize,
// and stay.
const ACTION_ONLY = new Set([
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_MODE',
]);
/**
 * The environment a user's command gets: what a `run:` step in this job would see (the job's
 * and this step's `env:`, GITHUB_*, RUNNER_*, PATH, HOME...), without the action's inputs and
 * the runner's service credentials, plus `extra` (the DEPLOY_GUARD_* variables). A token the
 * user put in the step's `env:` (GITHUB_TOKEN: ...) is an ordinary variable and stays.
 */
function commandEnvironment(base, extra) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || k.startsWith('INPUT_') || ACTION_ONLY.has(k))
            continue;
        env[k] = v;
    }
    return { ...env, ...extra };
}
/** How long output already written is read after the shell exits, when something holds its pipes. */
const DRAIN_MS = 150;
function runShell(command, o) {
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-o', 'pipefail', '-c', command], {
        cwd: o.cwd,
        env: commandEnvironment(process.env, o.env),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so a timeout can stop everything it started
    });
    const tail = [];
    let timedOut = false;
    let cancelled = false;
    let finished = false;
    const emit = (line) => {
        if (finished)
            return;
        tail.push(line);
        if (tail.length > 50)
            tail.shift();
        o.onLine(line);
    };
    const streams = [child.stdout, child.stderr];
    const pending = ['', ''];
    const flush = (i) => {
        if (pending[i])
            emit(pending[i]);
        pending[i] = '';
    };
    streams.forEach((stream, i) => {
        stream.setEncoding('utf8');
        stream.on('data', (d) => {
            const lines = (pending[i] + d).split('\n');
            pending[i] = lines.pop() ?? '';
            lines.forEach(emit);
        });
        stream.on('end', () => flush(i));
    });
    const killGroup = (sig) => {
        try {
            if (child.pid)
                process.kill(-child.pid, sig);
        }
        catch {
            // already gone
        }
    };
    const stop = () => {
        killGroup('SIGTERM');
        setTimeout(() => killGroup('SIGKILL'), o.graceMs ?? 5000).unref();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        stop();
    }, o.timeoutMs);
    const onAbort = () => {
        cancelled = true;
        stop();
    };
    o.signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise((resolve) => {
        let drain;
        const finish = (code, signal) => {
            if (finished)
                return;
            clearTimeout(drain);
            // Lines already read but not ended by a newline are output too.
            flush(0);
            flush(1);
            finished = true;
            for (const s of streams)
                s.destroy();
            resolve({ code, signal, timedOut, cancelled, durationMs: Date.now() - started, tail });
        };
        child.on('error', (e) => emit(`could not start the command: ${e.message}`));
        const settle = () => {
            clearTimeout(timer);
            o.signal?.removeEventListener('abort', onAbort);
        };
        // The step ends when the shell exits, not when every holder of its stdout/stderr has: a
        // `daemon &` started by the command inherits the pipes and would hold 'close' until the
        // timeout. Whatever the shell left running in its group goes with it; a process that left
        // the group (setsid, or a background job under `set -m`) is not stopped here; nohup alone
        // does not leave it.
        child.on('exit', (code, signal) => {
            settle();
            killGroup('SIGKILL');
            // With the group gone the pipes usually close at once ('close' below); if a process
            // outside the group still holds them, take what is buffered and stop reading.
            drain = setTimeout(() => finish(code, signal), DRAIN_MS);
        });
        // After 'exit' once nothing holds the pipes; alone (after 'error') when bash could not start.
        child.on('close', (code, signal) => {
            settle();
            finish(code, signal);
        });
    });
}


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ runRollback),
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(861);
// The four rollback strategies. Each returns what it did as data; none throws for an expected
// failure (a command that exits 1 is a failed rollback, not a crash).

/** The environment the user's commands see (SPEC: never interpolated into the command). */
function commandEnv(r) {
    return {
        DEPLOY_GUARD_ENVIRONMENT: r.environment,
        DEPLOY_GUARD_PREVIOUS_SHA: r.previousSha,
        DEPLOY_GUARD_PREVIOUS_REF: r.previousRef,
        DEPLOY_GUARD_FAILED_SHA: r.failedSha,
        DEPLOY_GUARD_REASON: r.reason,
    };
}
async function runRollback(r, deps) {
    const startedAt = Date.now();
    const done = (ok, detail, synchronous, extra = {}) => ({
        ok,
        detail,
        synchronous,
        startedAt,
        endedAt: Date.now(),
        ...extra,
    });
    const target = r.previousSha ? r.previousSha.slice(0, 7) : 'the previous release';
    switch (r.strategy) {
        case 'none':
            return done(false, 'no rollback strategy is configured (rollback-strategy: none)', true);
        case 'command': {
            const res = await deps.runner.group(`rollback command (to ${target})`, () => (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runShell */ .E)(r.command, {
                env: commandEnv(r),
                timeoutMs: r.timeoutMs,
                onLine: (l) => deps.runner.info(deps.redactor.text(l)),
                signal: deps.signal,
            }));
            if (res.code === 0)
                return done(true, `the rollback command re-deployed ${target} in ${Math.round(res.durationMs / 1000)}s`, true);
            const why = res.timedOut
                ? `timed out after ${Math.round(r.timeoutMs / 1000)}s and was stopped`
                : res.cancelled
                    ? 'was cancelled'
                    : `exited with ${res.code ?? res.signal}`;
            return done(false, `the rollback command ${why}`, true);
        }
        case 'deployment': {
            if (!deps.gh)
                return done(false, 'the deployment strategy needs a GitHub token and repository', true);
            const d = await deps.gh.createDeployment({
                sha: r.previousSha,
                environment: r.environment,
                description: `deploy-guard rollback from ${r.failedSha.slice(0, 7)} to ${target}`,
                payload: {
                    rollback_of: r.failedDeploymentId,
                    failed_sha: r.failedSha,
                    reason: r.reason,
                },
                key: r.key,
            });
            // GitHub: "events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch
            // and repository_dispatch, will not create a new workflow run"
            // (https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow#triggering-a-workflow-from-a-workflow).
            // Its writes are GitHub Actions' own: the deployment's creator is github-actions[bot].
            const warning = d.creator?.login === 'github-actions[bot]'
                ? `deployment ${d.id} was created with the workflow's GITHUB_TOKEN, and GitHub starts no workflow for events that token triggers: a workflow on: deployment will not run. Pass a GitHub App or personal token as github-token, or use rollback-strategy: workflow (a dispatch does start a workflow).`
                : undefined;
            return done(true, `created deployment ${d.id} of ${target} for workflows that run on: deployment`, false, { deploymentId: d.id, ...(warning ? { warning } : {}) });
        }
        case 'workflow': {
            if (!deps.gh)
                return done(false, 'the workflow strategy needs a GitHub token and repository', true);
            const branch = r.defaultBranch || (await deps.gh.getRepo()).default_branch;
            const { unclear } = await deps.gh.dispatchWorkflow(r.workflow, branch, {
                sha: r.previousSha,
                reason: r.reason,
            });
            // Without a clear answer the dispatch may or may not have started; repeating it could
            // start two rollbacks. Probing for the restored release tells which.
            return done(true, unclear
                ? `dispatched ${r.workflow} on ${branch} with sha ${target}, but GitHub's answer was lost (${unclear}); it was not repeated`
                : `dispatched ${r.workflow} on ${branch} with sha ${target}`, false);
        }
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
  vf: () => (/* binding */ analysisConfig),
  Hg: () => (/* binding */ prepareProbes),
  i9: () => (/* binding */ probeRelease)
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
        const base = (0,undici.buildConnector)({
            timeout: opts.timeoutMs,
            ...(opts.lookup ? { lookup: opts.lookup } : {}),
        });
        this.agent = new undici.Agent({
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
                const res = await (0,undici.request)(url, { method, headers, body, dispatcher: this.agent });
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

// EXTERNAL MODULE: ./src/verify/report.ts
var verify_report = __webpack_require__(5271);
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

/***/ 5271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ verdictSentence),
/* harmony export */   i2: () => (/* binding */ renderVerifySummary),
/* harmony export */   yI: () => (/* binding */ buildVerifyReport),
/* harmony export */   z3: () => (/* binding */ roundLine)
/* harmony export */ });
/* unused harmony exports percentile, probeStats */
/* harmony import */ var _report_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5813);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3156);
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
    const planned = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .plannedRounds */ .O4)(c);
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
        startedAt: (0,_report_time_js__WEBPACK_IMPORTED_MODULE_1__/* .iso */ .K)(v.startedAt),
        endedAt: (0,_report_time_js__WEBPACK_IMPORTED_MODULE_1__/* .iso */ .K)(v.endedAt),
        config: c,
        probes: probes.map((p) => ({
            name: p.name,
            method: p.method,
            url: redactor.url(p.url),
            headers: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactHeaders */ .cA)(p.headers),
            critical: p.critical,
        })),
        verdict: v.verdict,
        rounds: v.rounds.map((r) => ({
            number: r.number,
            startedAt: (0,_report_time_js__WEBPACK_IMPORTED_MODULE_1__/* .iso */ .K)(r.startedAt),
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
    const what = `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__.md)(r.target)} on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__.md)(r.environment)}`;
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
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__.md)(s.name),
        String(s.passed),
        String(s.failed),
        ms(s.p50),
        ms(s.p95),
        s.last
            ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(s.last.error ?? '')} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__.md)(s.last.message ?? '')}${s.last.evidence ? `<br>${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(s.last.evidence.slice(0, 200))}` : ''}`
            : '',
    ]);
    return [
        `### ${icon} ${verdictSentence(r)}`,
        '',
        `Rounds: ${strip || '(none)'} · interval ${r.config.intervalMs} ms · soak ${r.config.durationMs} ms · thresholds ${r.config.failureThreshold} failed / ${r.config.successThreshold} passed`,
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Probe', 'Passed', 'Failed', 'p50', 'p95', 'Last error'], rows),
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
