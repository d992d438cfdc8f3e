// The verify command called directly, with the StepIO src/main.ts builds and a recording runner,
// against the GitHub stand-in and the demo service on loopback: every output it sets, its
// summary, a failed or passing step, and what it writes to GitHub.
import { readFileSync } from 'node:fs'
import { InputError } from '../../src/config/errors.js'
import { readSettings } from '../../src/config/inputs.js'
import { verifyCommand } from '../../src/commands/verify.js'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { short } from '../../src/github/context.js'
import {
  fastInputs,
  runEnv,
  step,
  worldPerTest,
  writes,
  type Inputs,
  RELEASE_OUTPUTS,
} from '../helpers/step.js'
import { DEPLOY_TO, TOKEN, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242'

async function verify(sha: string, inputs: Inputs = {}, env: Record<string, string> = {}) {
  const s = await step({ command: 'verify', ...fastInputs(w), ...inputs }, runEnv(w, sha, env))
  await verifyCommand(s.settings, s.io)
  return s.rec
}

/** Every status of every deployment of `sha`, as [state, description]. */
const statuses = (sha: string) =>
  w.gh.state.deployments
    .filter((d) => d.sha === sha)
    .flatMap((d) => w.gh.state.statusesOf(d.id).map((x) => [x.state, x.description]))

test('healthy: outputs, summary, the deployment marked verified, no issue, the step passes', async () => {
  await w.deploy(w.repo.good)
  const rec = await verify(w.repo.good)

  expect(Object.keys(rec.outputs).sort()).toEqual([
    'healthy',
    'report',
    'rolled-back',
    'scope',
    'severity',
  ])
  expect(rec.outputs).toMatchObject({
    healthy: 'true',
    severity: '',
    'rolled-back': 'false',
    scope: '',
  })
  expect(rec.fails).toEqual([])
  expect(rec.warnings).toEqual([])
  expect(rec.secrets).toContain(TOKEN)
  const sentence = `release ${short(w.repo.good)} on production is healthy`
  expect(rec.log).toContainEqual(expect.stringMatching(new RegExp(`^info ${sentence}: `)))
  expect(rec.summary().split('\n')[0]).toMatch(new RegExp(`^### 🟢 ${sentence}: 2/2 probes`))
  expect(rec.summary()).toContain('| Probe | Passed | Failed | p50 | p95 | Last error |')

  // the report file, with the times of the injected clock
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.verdict).toMatchObject({ healthy: true, outcome: 'healthy' })
  expect(report.startedAt).toMatch(/^2026-12-01T10:00:0/)
  expect(report.target).toBe(`release ${short(w.repo.good)}`)

  // GitHub: the deployment recorded, then marked verified; nothing else
  expect(statuses(w.repo.good)).toEqual([['success', VERIFIED_MARK]])
  const [dep] = w.gh.state.deployments
  expect(w.gh.state.statusesOf(dep!.id)[0]!.log_url).toBe(RUN_URL)
  expect(w.gh.state.issues).toEqual([])
  expect(writes(w)).toEqual([
    'POST /repos/{owner}/{repo}/deployments',
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  ])
})

test('an environment with markdown in its name: plain in the log and the error, escaped in the summary', async () => {
  await w.deploy(w.repo.good)
  const healthy = await verify(w.repo.good, { environment: 'prod_eu' })
  const said = `release ${short(w.repo.good)} on prod_eu is healthy: `
  expect(healthy.log).toContainEqual(expect.stringMatching(new RegExp(`^info ${said}`)))
  expect(healthy.log.filter((l) => l.includes('prod\\_eu'))).toEqual([
    expect.stringMatching(/^summary ### 🟢 release [0-9a-f]{7} on prod\\_eu is healthy: /),
  ])

  await w.deploy(w.repo.bad)
  const failing = await verify(w.repo.bad, { environment: 'prod_eu', 'rollback-strategy': 'none' })
  expect(failing.fails).toEqual([
    expect.stringMatching(
      new RegExp(`^release ${short(w.repo.bad)} on prod_eu is unhealthy \\(P1\\): `),
    ),
  ])
  expect(failing.summary().split('\n')[0]).toMatch(
    /^### 🔴 release [0-9a-f]{7} on prod\\_eu is unhealthy/,
  )
})

test('failing, rollback-strategy none, issue true: issue opened, nothing rolled back, the step fails', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
  const rec = await verify(w.repo.bad, { 'rollback-strategy': 'none', issue: 'true' })

  const issue = w.gh.state.issues[0]!
  expect(w.gh.state.issues).toHaveLength(1)
  expect(Object.keys(rec.outputs).sort()).toEqual(RELEASE_OUTPUTS)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'false',
    'previous-sha': w.repo.good,
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
  })
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toMatch(
    new RegExp(`^release ${short(w.repo.bad)} on production is unhealthy \\(P1\\): `),
  )
  expect(rec.fails[0]).toContain('Rollback: no rollback strategy is configured')
  expect(rec.fails[0]).toContain(`Incident: ${issue.html_url}`)

  // nothing was rolled back: the bad release still serves
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(rec.log.some((l) => l.startsWith('group rollback command'))).toBe(false)

  expect(issue.title).toBe(
    `Deploy of ${short(w.repo.bad)} to production failed verification, not rolled back`,
  )
  expect(issue.labels.map((l) => l.name).sort()).toEqual([
    'deploy-guard',
    'env:production',
    'incident',
    'severity:P1',
  ])
  expect(statuses(w.repo.bad)).toEqual([
    ['failure', expect.stringMatching(new RegExp(`^${FAILED_MARK}: 3 consecutive rounds failed`))],
  ])

  const summary = rec.summary()
  expect(summary.split('\n')[0]).toMatch(/^### 🔴 release [0-9a-f]{7} on production is unhealthy/)
  expect(summary).toContain('### Rollback: not-rolled-back')
  expect(summary).toContain(`Previous release: ${short(w.repo.good)}`)
  expect(summary).toContain(`Incident issue: [#${issue.number}](${issue.html_url}) (opened)`)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report).toMatchObject({
    command: 'verify',
    healthy: false,
    rolledBack: false,
    previousSha: w.repo.good,
    previousRule: 'verified',
    issue: { number: issue.number, url: issue.html_url, created: true },
  })
})

test('failing, rollback command restores the good release: rolled-back, the restore verified', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
  const rec = await verify(w.repo.bad, {
    'rollback-strategy': 'command',
    'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
  })

  // the command was handed the previous release, and it serves again
  expect(w.service.serving()).toBe(w.repo.good)
  const issue = w.gh.state.issues[0]!
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
  })
  // a verify that had to roll back still fails the step
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toContain('the restored release passed verification')
  expect(rec.warnings).toEqual([])
  expect(rec.log).toContain(`group rollback command (to ${short(w.repo.good)})`)

  const summary = rec.summary()
  expect(summary).toContain('### Rollback: recovered')
  expect(summary).toMatch(
    new RegExp(
      `### 🟢 the restored release ${short(w.repo.good)} on production is healthy: 2/2 probes`,
    ),
  )
  expect(issue.title).toBe(
    `Rollback: production deploy of ${short(w.repo.bad)} failed verification`,
  )
  expect(statuses(w.repo.bad)[0]![0]).toBe('failure')
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.rollback).toMatchObject({ state: 'recovered', strategy: 'command' })
  expect(report.rollback.restore.verdict).toMatchObject({ healthy: true })
})

test('failing, and the restored release fails too: not rolled back, P1, "rollback failed"', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
  // a rollback command that "succeeds" but leaves the bad release serving
  const rec = await verify(w.repo.bad, {
    'rollback-strategy': 'command',
    'rollback-command': 'true',
  })
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'false',
    'previous-sha': w.repo.good,
  })
  expect(rec.fails[0]).toContain('but the restored release failed verification too')
  expect(rec.summary()).toContain('### Rollback: rollback-failed')
  expect(w.gh.state.issues[0]!.title).toBe(
    `Deploy of ${short(w.repo.bad)} to production failed verification, rollback failed`,
  )
})

test('no token: nothing reaches GitHub, the outputs and the summary are still written', async () => {
  await w.deploy(w.repo.bad)
  const rec = await verify(w.repo.bad, {
    'github-token': '',
    'rollback-strategy': 'command',
    'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    // without GitHub, the previous release can only be named
    'previous-ref': w.repo.good,
  })
  expect(w.gh.requests).toEqual([])
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '',
    'issue-url': '',
  })
  expect(rec.outputs.report).toMatch(/deploy-guard-verify-production/)
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toContain(
    'The incident issue was not written (no GitHub token or repository); the full report is in the job summary',
  )
  // the issue that could not be written is in the summary in full
  const summary = rec.summary()
  expect(summary).toContain('The incident issue was not written (no GitHub token or repository)')
  expect(summary).toContain('### Rollback: recovered')
  expect(summary).toContain(`Previous release: ${short(w.repo.good)}`)
})

test('no token, healthy: the outputs, no GitHub request', async () => {
  await w.deploy(w.repo.good)
  const rec = await verify(w.repo.good, { 'github-token': '' })
  expect(w.gh.requests).toEqual([])
  expect(rec.outputs).toMatchObject({ healthy: 'true', severity: '', 'rolled-back': 'false' })
  expect(rec.outputs.report).toBeTruthy()
  expect(rec.fails).toEqual([])
})

test('dry run, failing: decides everything, rolls nothing back, writes nothing to GitHub', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  // the job's own deployment (environment:): a dry run does not mark it failed either
  w.gh.state.recordDeployment({ sha: w.repo.bad, ref: 'main', statuses: ['in_progress'] })
  await w.deploy(w.repo.bad)
  const rec = await verify(w.repo.bad, {
    'dry-run': 'true',
    'rollback-strategy': 'command',
    'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
  })
  expect(writes(w)).toEqual([])
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    'rolled-back': 'false',
    'previous-sha': w.repo.good,
    'issue-number': '',
  })
  expect(rec.summary()).toContain(
    `dry run: would roll back to ${short(w.repo.good)} with the command strategy`,
  )
  expect(rec.fails).toHaveLength(1)
})

test('cancelled: the deployment is marked error, healthy=false, no rollback and no issue', async () => {
  await w.deploy(w.repo.bad)
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  const cancel = new AbortController()
  const s = await step(
    {
      command: 'verify',
      ...fastInputs(w),
      // a soak that would fail only after many rounds: the cancel comes first
      'failure-threshold': '100',
      duration: '10s',
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    },
    runEnv(w, w.repo.bad),
    { signal: cancel.signal },
  )
  // the workflow is cancelled once the first round has been logged
  const info = s.rec.runner.info
  s.rec.runner.info = (m) => {
    info(m)
    if (/^round 1\//.test(m)) cancel.abort()
  }
  await verifyCommand(s.settings, s.io)
  const rec = s.rec
  expect(Object.keys(rec.outputs).sort()).toEqual(['healthy', 'report'])
  expect(rec.outputs.healthy).toBe('false')
  expect(rec.fails).toEqual([
    expect.stringMatching(/^Verification of release [0-9a-f]{7} on production was cancelled/),
  ])
  expect(rec.summary().split('\n')[0]).toMatch(/^### ⚪ /)
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(w.gh.state.issues).toEqual([])
  expect(statuses(w.repo.bad).map(([state]) => state)).toEqual(['error'])
})

test('a rerun after an attempt that marked the release failed finishes the failure branch', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.good) // the first attempt's rollback already restored it
  w.seedDeployment(w.repo.bad, 'failure', `${FAILED_MARK}: 3 consecutive rounds failed`)
  const rec = await verify(w.repo.bad, {}, { GITHUB_RUN_ATTEMPT: '2' })
  expect(rec.warnings).toContainEqual(
    expect.stringMatching(/^an earlier attempt of this run marked [0-9a-f]{7} failed/),
  )
  // no probing: the restored release serving now must not be taken for the bad one
  expect(rec.log.some((l) => /^info round \d/.test(l))).toBe(false)
  expect(rec.outputs).toMatchObject({ healthy: 'false', 'previous-sha': w.repo.good })
  expect(rec.fails).toHaveLength(1)
  expect(w.gh.state.issues).toHaveLength(1)
})

test('bad input: an InputError before anything runs or is written', async () => {
  // as the action checks them: the step fails before any command
  await expect(
    step(
      { command: 'verify', ...fastInputs(w), probes: '- name: p\n  url: not a url\n' },
      runEnv(w, w.repo.good),
    ),
  ).rejects.toThrow(InputError)
  // and the command itself, handed probes nobody checked, writes nothing first
  const s = await step({ command: 'verify', ...fastInputs(w) }, runEnv(w, w.repo.good))
  const inputs: Inputs = { command: 'verify', ...fastInputs(w), probes: '- name: p\n  url: 42\n' }
  const unchecked = readSettings((n) => inputs[n] ?? '')
  await expect(verifyCommand(unchecked, s.io)).rejects.toThrow(InputError)
  expect(w.gh.requests).toEqual([])
  expect(s.rec.outputs).toEqual({})
  expect(s.rec.summary()).toBe('')
  expect(s.rec.fails).toEqual([])
})
