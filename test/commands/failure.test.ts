// The failure publication (src/commands/failure.ts) through the verify command: roll back first,
// write to GitHub second, and keep the whole story in the summary and the report file whatever
// GitHub does. The fault matrix through the bundled action is test/e2e/faults.test.ts; these are
// its command-level cases, with a recording runner.
import { readFileSync } from 'node:fs'
import { short } from '../../src/github/context.js'
import { badReleaseLive, verifyBadRelease, worldPerTest, type Inputs } from '../helpers/step.js'
import type { World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const ISSUES = '/repos/{owner}/{repo}/issues'
// GitHub's seconds as milliseconds: a refused call is not waited on for long.
const FAST_GITHUB = {
  DEPLOY_GUARD_GITHUB_ATTEMPT_TIMEOUT_MS: '1000',
  DEPLOY_GUARD_GITHUB_CALL_TIMEOUT_MS: '3000',
}

const failedVerify = (inputs: Inputs = {}, env: Record<string, string> = {}) =>
  verifyBadRelease(w, inputs, { ...FAST_GITHUB, ...env })

beforeEach(() => badReleaseLive(w))

test('GitHub refuses the issue: rolled back anyway, the whole issue in the summary and report', async () => {
  w.gh.faults.inject({ method: 'POST', path: ISSUES, status: 422, times: Infinity })
  const rec = await failedVerify()

  expect(w.service.serving()).toBe(w.repo.good)
  expect(w.gh.state.issues).toEqual([])
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '',
    'issue-url': '',
  })
  expect(rec.warnings.some((m) => /write the incident issue/.test(m))).toBe(true)
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toContain(
    'The incident issue was not written (GitHub did not accept it); the full report is in the job summary and at ',
  )
  const summary = rec.summary()
  expect(summary).toContain(
    'The incident issue was not written (GitHub did not accept it); here it is in full',
  )
  // the body the issue would have had: its diff of the releases among the rest
  expect(summary).toContain('db/migrations/20261117_orders_customer_idx.sql')
  expect(summary).toContain(`/compare/${w.repo.good}...${w.repo.bad}`)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report).toMatchObject({ issue: null, rolledBack: true, previousSha: w.repo.good })
  expect(report.changes.files.length).toBeGreaterThan(0)
})

test('GitHub down for deployments: with previous-ref the rollback still happens', async () => {
  w.gh.faults.inject({ path: /\/deployments/, status: 503, times: Infinity })
  const rec = await failedVerify({ 'previous-ref': w.repo.good })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(rec.warnings.some((m) => /list deployments/.test(m))).toBe(true)
  // the issue, which does not need the deployments, is still written
  expect(rec.outputs['issue-number']).toBe(String(w.gh.state.issues[0]!.number))
})

test('an incident issue already open for the environment is updated, not opened twice', async () => {
  const first = await failedVerify()
  const issue = w.gh.state.issues[0]!
  expect(first.outputs['issue-number']).toBe(String(issue.number))
  // the bad release again, from another run, while the incident is still open
  await w.deploy(w.repo.bad)
  const second = await failedVerify({}, { GITHUB_RUN_ID: '4343' })
  expect(w.gh.state.issues).toHaveLength(1)
  expect(second.outputs).toMatchObject({
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
    'rolled-back': 'true',
  })
  expect(second.summary()).toContain(
    `Incident issue: [#${issue.number}](${issue.html_url}) (updated)`,
  )
  const comments = w.gh.state.commentsOf(issue.number)
  expect(comments).toHaveLength(1)
  expect(comments[0]!.body).toContain('deploy-guard:update run=4343 env=production')
  expect(comments[0]!.body).toContain(short(w.repo.bad))
})

test('issue: false: no issue, the summary holds it, the outputs say so', async () => {
  const rec = await failedVerify({ issue: 'false' })
  expect(w.gh.state.issues).toEqual([])
  expect(w.gh.requests.some((q) => q.template === ISSUES)).toBe(false)
  expect(rec.outputs).toMatchObject({ 'issue-number': '', 'issue-url': '', 'rolled-back': 'true' })
  expect(rec.summary()).toContain('The incident issue was not written (issue: false)')
})
