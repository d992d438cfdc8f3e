// Verify, rollback and the incident issue, end to end: dist/index.js against the GitHub
// stand-in (every request checked against GitHub's OpenAPI description), a real git repository
// and a real service on loopback.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { DEPLOY_TO, worldPerTest, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const rollbackCommand = () => DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA')
const deploy = (sha: string) => w.deploy(sha)

test('healthy deploy: the deployment is recorded, then marked verified; no issue; 3 requests', async () => {
  await deploy(w.repo.good)
  const r = await w.run({ command: 'verify' }, w.repo.good)
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false', severity: '' })
  const [d] = w.gh.state.deployments
  expect(w.gh.state.statusesOf(d!.id).map((s) => [s.state, s.description])).toEqual([
    ['success', VERIFIED_MARK],
  ])
  expect(w.gh.state.issues).toHaveLength(0)
  // list, create, verified
  expect(w.gh.requests.map((q) => `${q.method} ${q.template}`)).toEqual([
    'GET /repos/{owner}/{repo}/deployments',
    'POST /repos/{owner}/{repo}/deployments',
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  ])
})

test("healthy deploy in a job with environment: the job's own deployment is marked; 2 requests", async () => {
  await deploy(w.repo.good)
  // GitHub makes a deployment for a job with `environment:` and sets it in progress
  const own = w.gh.state.recordDeployment({
    sha: w.repo.good,
    ref: 'main',
    environment: 'production',
    statuses: ['in_progress'],
  })
  const r = await w.run({ command: 'verify' }, w.repo.good)
  expect(r.outputs).toMatchObject({ healthy: 'true' })
  expect(w.gh.state.deployments).toHaveLength(1)
  expect(w.gh.state.statusesOf(own.id).map((s) => s.description)).toEqual(['', VERIFIED_MARK])
  expect(w.gh.requests).toHaveLength(2) // list, verified
})

test('environment names differ in case: whatever GitHub’s filter does, the release is verified once', async () => {
  // GitHub documents environment names as case-insensitive, not what its deployments filter
  // does with another case: both readings, through the stand-in's two modes.
  await deploy(w.repo.good)
  const own = w.gh.state.recordDeployment({
    sha: w.repo.good,
    ref: 'main',
    environment: 'Production',
    statuses: ['in_progress'],
  })
  w.gh.state.environmentMatch = 'case-insensitive'
  let r = await w.run({ command: 'verify' }, w.repo.good)
  expect(r.outputs).toMatchObject({ healthy: 'true' })
  expect(w.gh.state.deployments).toHaveLength(1) // the job's own, found
  expect(w.gh.state.statusesOf(own.id).at(-1)?.description).toBe(VERIFIED_MARK)
  w.gh.state.environmentMatch = 'exact'
  r = await w.run({ command: 'verify' }, w.repo.good, { env: { GITHUB_RUN_ID: '4343' } })
  expect(r.outputs).toMatchObject({ healthy: 'true' })
  // not listed under the other spelling: deploy-guard records and marks its own
  const mine = w.gh.state.deployments.at(-1)!
  expect(mine.environment).toBe('production')
  expect(w.gh.state.statusesOf(mine.id).at(-1)?.description).toBe(VERIFIED_MARK)
})

test('bad deploy: rolled back to the previous good release, recovery verified, issue with the diff', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
      'issue-assignees': '@actor',
    },
    w.repo.bad,
  )
  expect(r.code).toBe(1)
  expect(r.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '1',
  })
  expect(w.service.serving()).toBe(w.repo.good)
  const [deployment] = w.gh.state.deployments.filter((d) => d.sha === w.repo.bad)
  const statuses = w.gh.state.statusesOf(deployment!.id)
  expect(statuses.map((s) => s.state)).toEqual(['failure'])
  expect(statuses[0]!.description.startsWith(FAILED_MARK)).toBe(true)
  expect(statuses[0]!.log_url).toBe('https://github.com/acme/shop/actions/runs/4242')

  const issue = w.gh.state.issues[0]!
  expect(issue.title).toBe(
    `Rollback: production deploy of ${w.repo.bad.slice(0, 7)} failed verification`,
  )
  expect(issue.labels.map((l) => l.name).sort()).toEqual([
    'deploy-guard',
    'env:production',
    'incident',
    'severity:P1',
  ])
  expect(issue.assignees.map((a) => a.login)).toEqual(['octocat'])
  const body = issue.body ?? ''
  expect(body.length).toBeLessThanOrEqual(65536)
  expect(body).toContain('db/migrations/20261117_orders_customer_idx.sql')
  expect(body).toContain('package-lock.json')
  expect(body).toContain('config/database.yml')
  expect(body).toContain(`/compare/${w.repo.good}...${w.repo.bad}`)
  expect(body).not.toMatch(/@everyone/)
  expect(body).not.toContain('<b>')
  // the recovery is verified before the issue is written: the body says it, no second write
  expect(w.gh.state.commentsOf(issue.number)).toHaveLength(0)
  expect(body).toContain(`working again, on the previous release`)
  expect(body).toMatch(/<!-- deploy-guard:incident run=4242 env=production -->$/)
  expect(r.summary).toContain(`Incident issue: [#1](${issue.html_url})`)
  // the seeded release was never verified by deploy-guard: a fallback, said everywhere
  expect(r.summary).toContain(
    `⚠️ Previous release: ${w.repo.good.slice(0, 7)} is the newest earlier successful deployment`,
  )
  expect(body).toContain('no earlier release was verified by deploy-guard')
  expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).previousRule).toBe('fallback')
})

test('rollback that fails: P1, "rollback failed" in the title, the step fails', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      'rollback-command': 'echo cannot reach the cluster >&2; exit 3',
    },
    w.repo.bad,
  )
  expect(r.code).toBe(1)
  expect(r.outputs).toMatchObject({
    'rolled-back': 'false',
    severity: 'P1',
    'previous-sha': w.repo.good,
  })
  expect(r.stdout).toContain('cannot reach the cluster')
  expect(w.gh.state.issues[0]!.title).toBe(
    `Deploy of ${w.repo.bad.slice(0, 7)} to production failed verification, rollback failed`,
  )
  expect(w.gh.state.commentsOf(1)).toHaveLength(0)
})

test('restored release unhealthy too: verified once, no loop, escalated', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  // the "rollback" leaves the bad release serving
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': 'true' },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'false', severity: 'P1' })
  expect(r.stdout.match(/^round 1\//gm)).toHaveLength(2) // the release, then the restored release, once
  expect(w.gh.state.issues[0]!.title).toMatch(/rollback failed$/)
})

test('first deploy: nothing to roll back to, and the issue says so', async () => {
  await deploy(w.repo.bad)
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'false', 'previous-sha': '', severity: 'P1' })
  expect(r.stdout).toMatch(/first deploy/)
  expect(w.service.history).toHaveLength(1)
  expect(w.gh.state.issues[0]!.title).toMatch(/not rolled back$/)
  expect(w.gh.state.issues[0]!.body).toMatch(/first deploy/)
})

test('a newer deploy in flight: no rollback over it', async () => {
  w.seedDeployment(w.repo.good, 'success')
  const mine = w.gh.state.createDeployment({
    ref: w.repo.bad,
    sha: w.repo.bad,
    environment: 'production',
    created_at: new Date(Date.now() - 60_000).toISOString(),
  })
  w.gh.state.createDeployment({
    ref: w.repo.commits[0]!,
    sha: w.repo.commits[0]!,
    environment: 'production',
  })
  await deploy(w.repo.bad)
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() },
    w.repo.bad,
  )
  expect(mine.id).toBeGreaterThan(0)
  expect(r.outputs['rolled-back']).toBe('false')
  expect(r.stdout).toMatch(/newer deploy of [0-9a-f]{7} to production started after this one/)
  expect(w.service.serving()).toBe(w.repo.bad)
})

test('an open incident for the environment gets a comment, not a second issue; window is locked until it closes', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const inputs = { 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() }
  await w.run({ command: 'verify', ...inputs }, w.repo.bad)
  await deploy(w.repo.bad)
  const again = await w.run({ command: 'verify', ...inputs }, w.repo.bad, {
    env: { GITHUB_RUN_ID: '4343' },
  })
  expect(again.outputs['issue-number']).toBe('1')
  expect(w.gh.state.issues).toHaveLength(1)
  // one update, with its verified recovery folded in
  const [update] = w.gh.state.commentsOf(1)
  expect(w.gh.state.commentsOf(1)).toHaveLength(1)
  expect(update!.body).toContain('Another failed deploy')
  expect(update!.body).toContain('Recovered')

  const locked = await w.run({ command: 'window' }, w.repo.good)
  expect(locked.code).toBe(1)
  expect(locked.outputs).toMatchObject({ allowed: 'false' })
  expect(locked.outputs.reason).toMatch(/incident #1 is open/)
  // the same environment in another case is locked by the same issue
  const lockedToo = await w.run({ command: 'window', environment: 'Production' }, w.repo.good)
  expect(lockedToo.outputs.reason).toMatch(/incident #1 is open/)
  const comments = w.gh.state.commentsOf(1).length
  const passed = await w.run({ command: 'window', 'override-reason': 'fix forward' }, w.repo.good)
  expect(passed.code).toBe(0)
  expect(passed.outputs).toMatchObject({ allowed: 'true', overridden: 'true' })
  // the override is recorded where responders look
  expect(w.gh.state.commentsOf(1)).toHaveLength(comments + 1)
  expect(w.gh.state.commentsOf(1).at(-1)!.body).toMatch(
    /^Deploy window override by @\u200b?octocat: fix forward \(bypassed: incident #\u200b?1\)\.$/,
  )
  const unlocked = await w.run({ command: 'window', 'lock-on-incident': 'false' }, w.repo.good)
  expect(unlocked.code).toBe(0)
})

test('GitHub faults while writing the issue: the rollback still happens and the report is kept', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  w.gh.faults.inject({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    status: 502,
    times: Infinity,
  })
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(w.gh.state.issues).toHaveLength(0)
  expect(r.summary).toContain('The incident issue was not written')
  expect(r.summary).toContain('## What changed')
  expect(r.stdout).toMatch(/the full report is in the job summary and at /)
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
  expect(report).toMatchObject({ rolledBack: true, previousSha: w.repo.good, issue: null })
})

test('deployment strategy: a deployment of the previous SHA for on: deployment workflows', async () => {
  const goodId = w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  // play the team's `on: deployment` workflow: deploy whatever the new deployment names
  const watcher = setInterval(() => {
    const d = w.gh.state.deployments.find(
      (x) => (x.payload as { rollback_of?: unknown }).rollback_of !== undefined,
    )
    if (d && w.service.serving() !== d.sha) void deploy(d.sha)
  }, 50)
  try {
    const r = await w.run(
      { command: 'verify', 'rollback-strategy': 'deployment', 'rollback-timeout': '5s' },
      w.repo.bad,
    )
    expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
    // the stand-in, as GitHub, attributes the default token's writes to github-actions[bot]:
    // its deployment event starts no `on: deployment` workflow, and the run says so
    expect(r.stdout).toMatch(
      /::warning::deployment \d+ was created with the workflow's GITHUB_TOKEN, and GitHub starts no workflow/,
    )
  } finally {
    clearInterval(watcher)
  }
  const rollback = w.gh.state.deployments.at(-1)!
  expect(rollback).toMatchObject({ sha: w.repo.good, task: 'deploy', environment: 'production' })
  expect(rollback.payload).toMatchObject({ failed_sha: w.repo.bad })
  expect(goodId).toBeGreaterThan(0)
})

test('workflow strategy: dispatches the rollback workflow on the default branch with sha and reason', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'workflow',
      'rollback-workflow': 'rollback.yml',
      'rollback-timeout': '600ms',
    },
    w.repo.bad,
  )
  expect(w.gh.state.dispatches).toHaveLength(1)
  expect(w.gh.state.dispatches[0]).toMatchObject({ ref: 'main', inputs: { sha: w.repo.good } })
  expect(String((w.gh.state.dispatches[0]!.inputs as { reason: string }).reason)).toMatch(
    /consecutive rounds failed/,
  )
  expect(r.outputs['rolled-back']).toBe('false') // nobody ran the workflow, so nothing recovered
})

test('deploy: window, deploy-command, verify, and the failure branch', async () => {
  w.seedDeployment(w.repo.good, 'success')
  const r = await w.run(
    {
      command: 'deploy',
      'deploy-command': DEPLOY_TO(w.service.url, 'GITHUB_SHA'),
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
    },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ allowed: 'true', healthy: 'false', 'rolled-back': 'true' })
  expect(w.service.history.map((h) => h.sha)).toEqual([w.repo.bad, w.repo.good])
  const closed = await w.run(
    {
      command: 'deploy',
      'deploy-command': DEPLOY_TO(w.service.url, 'GITHUB_SHA'),
      policy: 'timezone: UTC\ndeny:\n  - name: Always\n    from: 2000-01-01\n',
      'lock-on-incident': 'false',
    },
    w.repo.good,
  )
  expect(closed.code).toBe(1)
  expect(closed.outputs.allowed).toBe('false')
  expect(w.service.history).toHaveLength(2) // nothing deployed
  // audit mode: the same closed window is said, and the deploy goes on
  const audited = await w.run(
    {
      command: 'deploy',
      'deploy-command': DEPLOY_TO(w.service.url, 'GITHUB_SHA'),
      policy: 'timezone: UTC\ndeny:\n  - name: Always\n    from: 2000-01-01\n',
      'lock-on-incident': 'false',
      'on-closed': 'warn',
    },
    w.repo.good,
    { env: { GITHUB_RUN_ID: '4444' } },
  )
  expect(audited.code).toBe(0)
  expect(audited.outputs).toMatchObject({ allowed: 'false', healthy: 'true' })
  expect(audited.stdout).toMatch(/::warning::on-closed: warn, so the step goes on/)
  expect(w.service.history.map((h) => h.sha).at(-1)).toBe(w.repo.good)
})

test('bad input: nothing deployed, rolled back or written', async () => {
  const r = await w.run(
    {
      command: 'deploy',
      'deploy-command': DEPLOY_TO(w.service.url, 'GITHUB_SHA'),
      probes: '- url: ftp://x/\n',
    },
    w.repo.bad,
  )
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('probes[0].url: must be http or https')
  expect(w.service.history).toHaveLength(0)
  expect(w.gh.requests).toHaveLength(0)
})

test('a secondary rate limit and a 500 are retried: the issue still lands', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  w.gh.faults.inject({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    status: 403,
    retryAfter: 2,
  })
  w.gh.faults.inject({
    method: 'GET',
    path: '/repos/{owner}/{repo}/compare/{basehead}',
    status: 500,
  })
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '1' })
  expect(r.stdout).toMatch(/GitHub secondary rate limit on POST .*\/issues; retry after 2s: yes/)
  const posts = w.gh.requests.filter(
    (q) => q.method === 'POST' && /\/issues$/.test(q.path.split('?')[0]!),
  )
  expect(posts.map((q) => q.status)).toEqual([403, 201])
  expect(w.gh.state.issues[0]!.body).toContain('config/database.yml')
})

test('GitHub refuses one assignee: the issue keeps the others', async () => {
  w.seedDeployment(w.repo.good, 'success')
  w.gh.state.assignable = new Set(['octocat', 'alice'])
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
      'issue-assignees': '@actor,ghost,alice',
    },
    w.repo.bad,
  )
  expect(r.outputs['issue-number']).toBe('1')
  expect(w.gh.state.issues).toHaveLength(1)
  expect(w.gh.state.issues[0]!.assignees.map((a) => a.login)).toEqual(['octocat', 'alice'])
  expect(r.stdout).toMatch(/GitHub refused @ghost as assignee/)
})

test('killed during the rollback, then rerun: the rerun finishes the story, never verifies the bad release', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await deploy(w.repo.bad)
  const started = join(w.dir, 'rollback-started')
  const inputs = {
    command: 'verify',
    'rollback-strategy': 'command',
    // the platform takes a moment; the command outlives the runner's SIGKILL of the action
    'rollback-command': `touch ${started}; sleep 1; ${rollbackCommand()}`,
  }
  const first = await w.run(inputs, w.repo.bad, {
    cancelWhen: () => existsSync(started),
    cancelSignal: 'SIGKILL',
  })
  expect(first.outputs['issue-number']).toBeUndefined()
  // the failure mark was written before the rollback began
  const [bad] = w.gh.state.deployments.filter((d) => d.sha === w.repo.bad)
  expect(w.gh.state.statusesOf(bad!.id).map((s) => s.state)).toEqual(['failure'])
  // the orphaned rollback lands: the good release serves again, which a naive rerun would
  // probe and call the bad release healthy
  for (let i = 0; i < 100 && w.service.serving() !== w.repo.good; i++)
    await new Promise((r) => setTimeout(r, 50))
  expect(w.service.serving()).toBe(w.repo.good)

  const rerun = await w.run(inputs, w.repo.bad, { env: { GITHUB_RUN_ATTEMPT: '2' } })
  expect(rerun.outputs).toMatchObject({
    healthy: 'false',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '1',
  })
  expect(rerun.stdout).toMatch(/an earlier attempt of this run marked [0-9a-f]{7} failed/)
  expect(w.gh.state.statusesOf(bad!.id).map((s) => s.description)).not.toContain(VERIFIED_MARK)
  expect(w.gh.state.issues).toHaveLength(1)
  // a third attempt writes no second issue and no duplicate recovery
  const third = await w.run(inputs, w.repo.bad, { env: { GITHUB_RUN_ATTEMPT: '3' } })
  expect(third.outputs['issue-number']).toBe('1')
  expect(w.gh.state.issues).toHaveLength(1)
  expect(w.gh.state.commentsOf(1).length).toBeLessThanOrEqual(1)
})

test('GitHub slow to record the deployment: the first probe round does not wait for it', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await deploy(w.repo.bad)
  w.gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', delayMs: 2000 })
  const t = Date.now()
  const r = await w.run(
    { command: 'verify', 'rollback-strategy': 'command', 'rollback-command': rollbackCommand() },
    w.repo.bad,
  )
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
  const firstRound = Date.parse(report.verification.rounds[0].startedAt)
  expect(firstRound - t).toBeLessThan(1500) // node start-up, not GitHub's 2 s
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '1' })
  // the failure mark still lands on the deployment recorded late
  const [bad] = w.gh.state.deployments.filter((d) => d.sha === w.repo.bad)
  expect(w.gh.state.statusesOf(bad!.id).map((s) => s.state)).toEqual(['failure'])
})

test('a rollback command longer than a GitHub call may take: GitHub still gets its own time after it', async () => {
  // Each call is bounded from when it starts (here 1.5 s); a budget shared with the rollback
  // command (3 s) would be spent by the time the issue is written.
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      'rollback-command': `sleep 3; ${rollbackCommand()}`,
    },
    w.repo.bad,
    { env: { DEPLOY_GUARD_GITHUB_CALL_TIMEOUT_MS: '1500' } },
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '1' })
  expect(w.gh.state.issues).toHaveLength(1)
})
