// The rollback command called directly (a rollback on demand, e.g. from workflow_dispatch), with
// the StepIO src/main.ts builds and a recording runner, against the GitHub stand-in and the demo
// service: its outputs, summary, success or failure, and what it writes to GitHub.
import { readFileSync } from 'node:fs'
import { InputError } from '../../src/config/errors.js'
import { readSettings } from '../../src/config/inputs.js'
import { rollbackCommand } from '../../src/commands/rollback.js'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { short } from '../../src/github/context.js'
import {
  fastInputs,
  runEnv,
  step,
  T0,
  worldPerTest,
  writes,
  type Inputs,
  RELEASE_OUTPUTS,
} from '../helpers/step.js'
import { DEPLOY_TO, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242'
const restore = () => ({
  'rollback-strategy': 'command',
  'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
})

/** The rollback step of a workflow started from `sha` (the default branch's head, say). */
async function rollback(sha: string, inputs: Inputs = {}, env: Record<string, string> = {}) {
  const s = await step({ command: 'rollback', ...fastInputs(w), ...inputs }, runEnv(w, sha, env))
  await rollbackCommand(s.settings, s.io)
  return s.rec
}

/** A good release deploy-guard verified, then the bad one, deployed by a job and serving. */
async function history() {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  const bad = w.seedDeployment(w.repo.bad, 'success')
  await w.deploy(w.repo.bad)
  return bad
}

test('on demand: the newest deployment rolled back to the verified one, restored, issue, the step passes', async () => {
  const bad = await history()
  const rec = await rollback(w.repo.bad, { ...restore(), 'override-reason': 'checkout errors' })

  expect(w.service.serving()).toBe(w.repo.good)
  const issue = w.gh.state.issues[0]!
  expect(Object.keys(rec.outputs).sort()).toEqual(RELEASE_OUTPUTS)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P2',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
  })
  // a rollback that was asked for, done and verified, is a success
  expect(rec.fails).toEqual([])
  expect(rec.log).toContainEqual(
    expect.stringMatching(/^info release [0-9a-f]{7} on production is unhealthy \(P2\): @octocat/),
  )
  const reason = '@octocat requested a rollback: checkout errors'
  expect(w.gh.state.statusesOf(bad).map((x) => [x.state, x.description])).toEqual([
    ['success', ''],
    ['failure', `${FAILED_MARK}: ${reason}`],
  ])
  expect(w.gh.state.statusesOf(bad).at(-1)!.log_url).toBe(RUN_URL)
  // nothing verified the release: it was declared bad on request
  expect(issue.title).toBe(
    `Rollback: production deploy of ${short(w.repo.bad)} declared bad without a probe`,
  )
  expect(issue.body).toContain('requested a rollback: checkout errors')

  const summary = rec.summary()
  // the reason, quoted in markdown, mentions nobody (a zero-width space after the "@")
  expect(summary.split('\n')[0]).toBe(
    `### 🔴 release ${short(w.repo.bad)} on production is unhealthy (P2): ${reason.replace('@', '@\u200b')}`,
  )
  expect(summary).toContain('### Rollback: recovered')
  expect(summary).toMatch(
    new RegExp(`### 🟢 the restored release ${short(w.repo.good)} on production is healthy`),
  )
  expect(summary).toContain(`Incident issue: [#${issue.number}](${issue.html_url}) (opened)`)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report).toMatchObject({
    command: 'rollback',
    failedSha: w.repo.bad,
    rolledBack: true,
    previousRule: 'verified',
  })
  expect(rec.outputs.report).toMatch(/deploy-guard-rollback-production/)
})

test("the rollback job's own deployment (environment:, still in progress) is not the one rolled back", async () => {
  const bad = await history()
  // GitHub made a deployment of the job's own commit for its `environment:`, linked to this run
  const own = w.gh.state.recordDeployment({
    sha: w.repo.bad,
    ref: 'main',
    statuses: [{ state: 'in_progress', log_url: RUN_URL }],
  })
  const rec = await rollback(w.repo.bad, restore())
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(w.gh.state.statusesOf(bad).at(-1)!.state).toBe('failure')
  expect(w.gh.state.statusesOf(own.id).map((x) => x.state)).toEqual(['in_progress'])
})

test('without probes: rolled back, and the summary says the restore was not verified', async () => {
  await history()
  const rec = await rollback(w.repo.bad, { ...restore(), probes: '' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(rec.fails).toEqual([])
  expect(rec.summary()).toContain('no probes to verify the restored release')
})

test("the rollback command gets the step's environment, not the action process's", async () => {
  await history()
  process.env.DG_ONLY_IN_THIS_PROCESS = 'leaked'
  try {
    const rec = await rollback(
      w.repo.bad,
      {
        'rollback-strategy': 'command',
        'rollback-command': `echo "step=$DG_STEP_VAR process=\${DG_ONLY_IN_THIS_PROCESS:-unset}"; ${restore()['rollback-command']}`,
      },
      { DG_STEP_VAR: 'from-the-step' },
    )
    expect(rec.log).toContain('info step=from-the-step process=unset')
    expect(rec.outputs['rolled-back']).toBe('true')
  } finally {
    delete process.env.DG_ONLY_IN_THIS_PROCESS
  }
})

test('the timeline is on the injected clock: the rollback starts and ends where the run is', async () => {
  await history()
  // The step's clock starts at T0 (2026-12-01 10:00 UTC), whatever the wall clock says.
  const rec = await rollback(w.repo.bad, restore())
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8')) as {
    timeline: { at: string; what: string }[]
  }
  const rollbackEvents = report.timeline.filter((e) => /^rollback/.test(e.what))
  expect(rollbackEvents.map((e) => e.what)).toEqual([
    `rollback to ${short(w.repo.good)} started (command)`,
    'rollback finished',
  ])
  for (const e of rollbackEvents) {
    expect(Date.parse(e.at)).toBeGreaterThanOrEqual(T0)
    expect(Date.parse(e.at)).toBeLessThan(T0 + 60_000)
  }
})

test('a rollback command that fails: rolled-back false, P1, the step fails', async () => {
  await history()
  const rec = await rollback(w.repo.bad, {
    'rollback-strategy': 'command',
    'rollback-command': 'echo cannot reach the cluster >&2; exit 3',
  })
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'false',
    'previous-sha': w.repo.good,
    'issue-number': '1',
  })
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toContain('Rollback: the rollback command exited with 3')
  expect(rec.log).toContain('info cannot reach the cluster')
  expect(w.gh.state.issues[0]!.title).toMatch(/declared bad without a probe, rollback failed$/)
})

test('rollback-strategy none: nothing rolled back, the step fails', async () => {
  await history()
  const rec = await rollback(w.repo.bad, { 'rollback-strategy': 'none', issue: 'false' })
  expect(rec.outputs).toMatchObject({
    'rolled-back': 'false',
    'previous-sha': w.repo.good,
    'issue-number': '',
    'issue-url': '',
  })
  expect(w.gh.state.issues).toEqual([])
  expect(rec.fails[0]).toContain('no rollback strategy is configured')
  expect(rec.fails[0]).toContain('The incident issue was not written (issue: false)')
})

test('no token: the command rolls back by itself, nothing reaches GitHub, outputs still set', async () => {
  await w.deploy(w.repo.bad)
  const rec = await rollback(w.repo.bad, {
    ...restore(),
    'github-token': '',
    'previous-ref': w.repo.good,
  })
  expect(w.gh.requests).toEqual([])
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '',
    'issue-url': '',
  })
  expect(rec.fails).toEqual([])
  expect(rec.summary()).toContain(
    'The incident issue was not written (no GitHub token or repository)',
  )
})

test('bad input: an InputError before anything runs or is written', async () => {
  await history()
  const before = w.gh.requests.length
  await expect(
    step({ command: 'rollback', 'rollback-strategy': 'command' }, runEnv(w, w.repo.bad)),
  ).rejects.toThrow(/rollback-command: required when rollback-strategy is "command"/)
  // probes nobody checked, handed to the command: it stops before asking GitHub anything
  const s = await step({ command: 'rollback', ...fastInputs(w) }, runEnv(w, w.repo.bad))
  const inputs: Inputs = {
    command: 'rollback',
    ...fastInputs(w),
    ...restore(),
    probes: '- name: p\n  url: 42\n',
  }
  await expect(
    rollbackCommand(
      readSettings((n) => inputs[n] ?? ''),
      s.io,
    ),
  ).rejects.toThrow(InputError)
  expect(w.gh.requests.length).toBe(before)
  expect(writes(w)).toEqual([])
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(s.rec.outputs).toEqual({})
  expect(s.rec.summary()).toBe('')
})
