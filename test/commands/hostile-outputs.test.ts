// The hostile set of issue 11 in every field of every output, through the action's own entry
// (src/main.ts runWith) with a recording runner behind the workflow-command guard, the GitHub
// stand-in, and real loopback services: probe names, response bodies and headers, commit and
// pull request titles, a file name, the environment name, the override reason, the lock issue's
// title, GitHub's error messages, and what the deploy and rollback commands print. Then:
// - every job summary, issue body and comment is inert to a GFM parser that is not ours;
// - the log is inert to the runner's command parser (test/helpers/runner-commands.ts);
// - the report file is valid JSON holding the text raw, and no secret is anywhere.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDemoRepo, type DemoRepo } from '../../demo/repo.js'
import type { InputName } from '../../src/config/inputs.js'
import { environmentLabel } from '../../src/incident/lock.js'
import { safeUrl } from '../../src/report/markdown.js'
import { runWith } from '../../src/main.js'
import { HOSTILE, HOSTILE_ALL, HOSTILE_REASON, NGINX_502 } from '../helpers/hostile.js'
import { judge, type Expected } from '../helpers/markdown-oracle.js'
import { logProblems } from '../helpers/runner-commands.js'
import { startService, type Service } from '../helpers/service.js'
import { clockAt, recording, runEnv, type Recording } from '../helpers/step.js'
import { createWorld, TOKEN, type World } from '../helpers/world.js'

// ---- the hostile inputs ----

const ENV = 'prod\n::error::forged ##[stop-commands]tok @someone #42 :rocket: $x$ \u202e<b>'
const NAMES = [
  HOSTILE[2], // a newline, then ```, "# " and ~~~
  `${HOSTILE_ALL} ::add-mask::x`,
  '<img src=x> cc @someone fixes #4242 https://github.com/other/repo/issues/7 $$',
]
const TITLE =
  'Fix :rocket: https://github.com/other/repo/pull/7 cc @someone fixes #4242 <img src=x> $x^2$ \u202e ##[stop-commands]tok ::error::forged'
const FILE = 'db/migrate/20261130_`##[x]` @someone :rocket: $x$ <b>.sql'
/** A header value can hold only visible ASCII: what of the set fits. */
const HEADER =
  '##[stop-commands]tok ::error::forged <img src=x> cc @someone fixes #4242 :rocket: $x^2$'
const GITHUB_SAYS = `Validation Failed ${HOSTILE_ALL}`

// Secrets: a probe's bearer token (the service echoes it), a secret-named variable of the step
// (the rollback command prints it), and the GitHub token.
const PROBE_SECRET = 'probe-secret-0123456789'
const ENV_SECRET = 'env-secret-abcdefghij'
const SECRETS = [PROBE_SECRET, ENV_SECRET, TOKEN]

// ---- the world ----

let repo: DemoRepo
let w: World
let svc: Service
let healed = false
let scripts: string

/** The demo repository and one more commit: a hostile title and file name. */
function hostileRepo(dir: string): DemoRepo {
  const r = createDemoRepo(dir)
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Mallory <b>@someone</b>', GIT_AUTHOR_EMAIL: 'm@example.test', GIT_COMMITTER_NAME: 'Mallory', GIT_COMMITTER_EMAIL: 'm@example.test', GIT_CONFIG_NOSYSTEM: '1', HOME: dir } // prettier-ignore
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim() // prettier-ignore
  writeFileSync(join(dir, 'config.yml'), 'hostile: true\n')
  execFileSync('mkdir', ['-p', join(dir, 'db/migrate')])
  writeFileSync(join(dir, FILE), 'SELECT 1;\n')
  git('add', '-A')
  // (git keeps no NUL in a message)
  git('commit', '-q', '-m', `${TITLE}\n\n${HOSTILE.join('\n').replace(/\0/g, '')}`)
  const bad = git('rev-parse', 'HEAD')
  return { ...r, bad, commits: [...r.commits, bad] }
}

beforeAll(() => {
  repo = hostileRepo(join(mkdtempSync(join(tmpdir(), 'dg-hostile-')), 'repo'))
  scripts = mkdtempSync(join(tmpdir(), 'dg-hostile-scripts-'))
  // What a deploy or rollback script prints: every piece of the set, a line each, and a secret.
  writeFileSync(
    join(scripts, 'say.mjs'),
    `for (const line of ${JSON.stringify(HOSTILE.join('\n'))}.split('\\n')) console.log(line)\n` +
      `console.log('token: ${ENV_SECRET}')\n` +
      `if (process.argv[2]) await fetch(process.argv[2], { method: 'POST' })\n`,
  )
})

beforeEach(async () => {
  healed = false
  w = await createWorld(repo)
  svc = await startService((req, res) => {
    if (req.method === 'POST' && req.url === '/heal') {
      healed = true
      return void res.writeHead(204).end()
    }
    if (req.url?.startsWith('/bad')) {
      if (healed) return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
      return void res.writeHead(502, { 'content-type': 'text/html' }).end(NGINX_502)
    }
    if (req.url?.startsWith('/body'))
      return void res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(healed ? 'all good' : `${HOSTILE_ALL}\nyou sent: ${req.headers.authorization}`)
    res.writeHead(200, { 'x-build': healed ? 'v2' : HEADER }).end('ok')
  })
  // The pull request of the hostile commit, with a hostile title of its own.
  w.gh.state.registerPull(repo.bad, { number: 14, title: `${TITLE} (PR)` })
})

afterEach(async () => {
  expect(w.gh.violations).toEqual([])
  expect(w.gh.unimplemented).toEqual([])
  await w.close()
  await svc.close()
})

const say = (then = '') => `node ${join(scripts, 'say.mjs')}${then ? ` ${then}` : ''}`

function probes(): string {
  const [fence, all, mention] = NAMES
  return JSON.stringify([
    { name: fence, url: `${svc.url}/bad`, critical: true },
    { name: all, url: `${svc.url}/body`, headers: { Authorization: `Bearer ${PROBE_SECRET}` }, expect: { 'body-contains': 'all good' } }, // prettier-ignore
    { name: mention, url: `${svc.url}/header`, expect: { header: { 'x-build': 'v2' } } },
  ])
}

type Inputs = Partial<Record<InputName, string>>

/** One step of the action, as src/main.ts runs it, with `inputs` as its `with:`. */
async function step(inputs: Inputs, env: Record<string, string> = {}): Promise<Recording> {
  const all: Inputs = {
    environment: ENV,
    probes: probes(),
    interval: '50ms',
    duration: '150ms',
    'probe-timeout': '3s',
    'github-token': TOKEN,
    ...inputs,
  }
  const rec = recording((name) => all[name] ?? '')
  await runWith({
    runner: rec.runner,
    env: {
      ...runEnv(w, repo.bad),
      GITHUB_ACTOR: 'octocat',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'dg-hostile-run-')),
      DEPLOY_TOKEN: ENV_SECRET,
      DEPLOY_GUARD_GITHUB_ATTEMPT_TIMEOUT_MS: '1000',
      DEPLOY_GUARD_GITHUB_CALL_TIMEOUT_MS: '3000',
      ...env,
    },
    now: clockAt(),
  })
  return rec
}

// ---- what must hold ----

const SUMMARY: Expected = {
  // Ours are level 2 to 4 (the issue's sections when it is in the summary); an injected one
  // would say so.
  headingOk: (h) => /^#{2,4} /.test(h) && !/^#+ injected heading/.test(h),
  fences: ['mermaid', 'text'],
  blockquotes: true,
  linkOk: (url) => safeUrl(url) === url,
  ownReferences: /^ *#-?\d+(?= |$)/,
}
const ISSUE: Expected = {
  ...SUMMARY,
  htmlOk: (html) =>
    /^<!-- deploy-guard:(incident|update|recovery) run=\d+ env=[^\s>]* -->$/.test(html),
}

/** Every output of a step, and every issue and comment on the stand-in, inert and secret-free. */
function expectInert(rec: Recording): void {
  const summary = rec.summary()
  expect(summary).not.toBe('')
  expect(judge(summary, SUMMARY).problems).toEqual([])
  for (const issue of w.gh.state.issues) {
    expect(judge(issue.body ?? '', ISSUE).problems).toEqual([])
    for (const c of w.gh.state.commentsOf(issue.number))
      expect(judge(c.body ?? '', ISSUE).problems).toEqual([])
  }
  expect(logProblems(rec.calls, { masks: rec.secrets, forged: /^forged/ })).toEqual([])

  const texts = [
    summary,
    ...rec.calls.filter((c) => c.kind !== 'secret').map((c) => c.text),
    ...w.gh.state.issues.flatMap((i) => [i.title, i.body ?? '', ...w.gh.state.commentsOf(i.number).map((c) => c.body ?? '')]), // prettier-ignore
  ]
  if (rec.outputs.report) {
    const raw = readFileSync(rec.outputs.report, 'utf8')
    const report = JSON.parse(raw) // valid JSON, whatever the text held
    expect(report.environment).toBe(ENV) // raw: the report is data, not markdown
    texts.push(raw)
  }
  for (const t of texts) for (const s of SECRETS) expect(t).not.toContain(s)
}

// ---- the commands ----

test('verify, failing, rolled back and recovered: summary, log, issue and report', async () => {
  const rec = await step({
    command: 'verify',
    'rollback-strategy': 'command',
    'rollback-command': say(`${svc.url}/heal`),
    'previous-ref': repo.good,
  })
  expect(rec.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true' })
  expect(w.gh.state.issues).toHaveLength(1)
  expectInert(rec)
  // the report keeps the evidence as it was sent, and the names as they were given
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.verification.probes.map((p: { name: string }) => p.name)).toEqual(NAMES.map((n) => n.trim())) // prettier-ignore
  const evidence = report.verification.rounds[0].results.map((x: { evidence?: string }) => x.evidence) // prettier-ignore
  expect(evidence).toContain(NGINX_502)
  expect(evidence.join('\n')).toContain('you sent: ***') // the header's whole value, scrubbed
  // what the rollback command printed reached the log, escaped and redacted
  expect(rec.log).toContain('info : :error::forged')
  expect(rec.log).toContain('info ## [stop-commands]token')
  expect(rec.log).toContain('info token: ***')
})

test('verify, failing again while the incident is open: the comment, and a recovery note', async () => {
  await step({ command: 'verify', 'rollback-strategy': 'none' })
  healed = false
  const again = await step(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': say(`${svc.url}/heal`), 'previous-ref': repo.good }, // prettier-ignore
    { GITHUB_RUN_ID: '4343' },
  )
  expect(w.gh.state.issues).toHaveLength(1)
  expect(w.gh.state.commentsOf(w.gh.state.issues[0]!.number)).toHaveLength(1)
  expectInert(again)
})

test('verify, GitHub refuses the issue with a hostile message: the whole issue in the summary', async () => {
  w.gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 422, times: Infinity, message: GITHUB_SAYS }) // prettier-ignore
  const rec = await step({ command: 'verify', 'rollback-strategy': 'none' })
  expect(w.gh.state.issues).toEqual([])
  expect(rec.summary()).toContain('## Postmortem (blameless)')
  expect(rec.warnings.some((m) => m.includes('could not write the incident issue'))).toBe(true)
  expectInert(rec)
})

test('rollback on demand with a multi-line override reason', async () => {
  w.seedDeployment(repo.bad, 'success')
  const rec = await step({
    command: 'rollback',
    'override-reason': HOSTILE_REASON,
    'rollback-strategy': 'command',
    'rollback-command': say(`${svc.url}/heal`),
    'previous-ref': repo.good,
  })
  expect(rec.outputs['rolled-back']).toBe('true')
  expectInert(rec)
})

test('vantages and their fan-in, regional then partial: the table, the issue, the report', async () => {
  // Two vantages of the hostile service: one before it heals, one after.
  const eu = await step({ command: 'verify', vantage: 'eu-west' })
  expect(eu.outputs).toMatchObject({ healthy: 'false', scope: 'everywhere' })
  expectInert(eu)
  healed = true
  const us = await step({ command: 'verify', vantage: 'us-east' })
  expect(us.outputs.healthy).toBe('true')
  healed = false
  for (const [name, rec] of [
    ['eu', eu],
    ['us', us],
  ] as const) {
    mkdirSync(join(w.dir, 'reports', name), { recursive: true })
    copyFileSync(rec.outputs.report!, join(w.dir, 'reports', name, 'report.json'))
  }
  const regional = await step({ command: 'verify', probes: '', reports: 'reports', quorum: 'all' })
  expect(regional.outputs).toMatchObject({ scope: 'regional', severity: 'P2' })
  expect(w.gh.state.issues).toHaveLength(1)
  expectInert(regional)
  const partial = await step(
    { command: 'verify', reports: 'reports', quorum: 'any', 'rollback-strategy': 'command', 'rollback-command': say(`${svc.url}/heal`), 'previous-ref': repo.good }, // prettier-ignore
    { GITHUB_RUN_ID: '4343' },
  )
  expect(partial.outputs).toMatchObject({ scope: 'partial', 'rolled-back': 'true' })
  expectInert(partial)
})

const POLICY = `timezone: UTC\ndeny:\n${NAMES.map((n) => `  - name: ${JSON.stringify(n.trim())}\n    days: mon-sun`).join('\n')}\n` // prettier-ignore

test('window, closed by hostile rules and an incident with a hostile title, overridden', async () => {
  w.gh.state.createIssue({
    title: TITLE,
    labels: ['deploy-guard', 'incident', environmentLabel(ENV)],
  })
  const rec = await step({ command: 'window', policy: POLICY, 'override-reason': HOSTILE_REASON })
  expect(rec.outputs).toMatchObject({ allowed: 'true', overridden: 'true' })
  // the override is recorded on the incident issue, as a comment
  expect(w.gh.state.commentsOf(w.gh.state.issues[0]!.number)).toHaveLength(1)
  expectInert(rec)
})

test('deploy: window overridden, a deploy command printing the set, then a failed verification', async () => {
  const rec = await step({
    command: 'deploy',
    policy: POLICY,
    'override-reason': HOSTILE_REASON,
    'deploy-command': say(),
    'rollback-strategy': 'command',
    'rollback-command': say(`${svc.url}/heal`),
    'previous-ref': repo.good,
  })
  expect(rec.outputs).toMatchObject({ allowed: 'true', healthy: 'false', 'rolled-back': 'true' })
  expectInert(rec)
})
