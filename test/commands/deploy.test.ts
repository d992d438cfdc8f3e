// The deploy command called directly, as src/main.ts calls it: the window command decides, then
// the deploy-command runs, then the release is verified (with rollback and issue on failure).
// A recording runner, the GitHub stand-in and the demo service on loopback.
import { readFileSync } from 'node:fs'
import { InputError } from '../../src/config/errors.js'
import { deployCommand } from '../../src/commands/deploy.js'
import { windowCommand } from '../../src/commands/window.js'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { short } from '../../src/github/context.js'
import { fastInputs, runEnv, step, worldPerTest, writes, type Inputs } from '../helpers/step.js'
import { DEPLOY_TO, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

// The injected clock starts on a Tuesday at 10:00 UTC (helpers/step.ts T0).
const OPEN =
  'timezone: UTC\nallow:\n  - name: Working hours\n    days: mon-fri\n    hours: "09:00-17:00"\n'
const FREEZE = 'timezone: UTC\ndeny:\n  - name: Freeze\n    from: 2026-12-01\n    to: 2026-12-02\n'
/** A deploy command that puts `sha` on the demo service, as a deploy script reaches a platform. */
const deployOf = (sha: string) =>
  `echo deploying ${short(sha)}; node -e "fetch('${w.service.url}/admin/deploy/${sha}', { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))"`

async function deploy(sha: string, inputs: Inputs = {}) {
  const s = await step(
    {
      command: 'deploy',
      policy: OPEN,
      'deploy-command': deployOf(sha),
      ...fastInputs(w),
      ...inputs,
    },
    runEnv(w, sha),
  )
  let windowCalls = 0
  await deployCommand(s.settings, s.io, async () => {
    windowCalls++
    return (await windowCommand(s.settings, s.io)).proceed
  })
  expect(windowCalls).toBe(1)
  return s.rec
}

const WINDOW_OUTPUTS = ['allowed', 'next-window', 'overridden', 'reason', 'report']

test('open window, good release: deployed, verified, marked verified; window and verify outputs', async () => {
  const rec = await deploy(w.repo.good)

  expect(w.service.serving()).toBe(w.repo.good)
  expect(Object.keys(rec.outputs).sort()).toEqual(
    [...WINDOW_OUTPUTS, 'healthy', 'rolled-back', 'scope', 'severity'].sort(),
  )
  expect(rec.outputs).toMatchObject({
    allowed: 'true',
    'next-window': '',
    overridden: 'false',
    healthy: 'true',
    severity: '',
    'rolled-back': 'false',
  })
  expect(rec.outputs.reason).toMatch(/Working hours/)
  expect(rec.fails).toEqual([])
  expect(rec.warnings).toEqual([])

  // in order: the window, the deploy command (its output in the log), the verification
  const at = (re: RegExp) => rec.log.findIndex((l) => re.test(l))
  expect(at(/^summary ### .*Deploy window for production/)).toBeGreaterThanOrEqual(0)
  expect(at(/^group deploy command$/)).toBeGreaterThan(at(/^summary ### .*Deploy window/))
  expect(rec.log).toContain(`info deploying ${short(w.repo.good)}`)
  expect(at(/^info Verifying release/)).toBeGreaterThan(at(/^group deploy command$/))
  expect(rec.summary()).toMatch(
    new RegExp(`### 🟢 release ${short(w.repo.good)} on production is healthy`),
  )
  // the report output is the verification's, the last word
  expect(rec.outputs.report).toMatch(/deploy-guard-deploy-production/)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.verdict.healthy).toBe(true)

  const [dep] = w.gh.state.deployments
  expect(dep!.sha).toBe(w.repo.good)
  expect(w.gh.state.statusesOf(dep!.id).map((x) => [x.state, x.description])).toEqual([
    ['success', VERIFIED_MARK],
  ])
  expect(w.gh.state.issues).toEqual([])
})

test('bad release: deployed, fails verification, rolled back to the verified one; the step fails', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  const rec = await deploy(w.repo.bad, {
    'rollback-strategy': 'command',
    'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
  })
  expect(w.service.history.map((x) => x.sha)).toEqual([w.repo.bad, w.repo.good])
  const issue = w.gh.state.issues[0]!
  expect(rec.outputs).toMatchObject({
    allowed: 'true',
    healthy: 'false',
    severity: 'P1',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
  })
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toMatch(/is unhealthy \(P1\)/)
  expect(rec.summary()).toContain('### Rollback: recovered')
  expect(issue.title).toBe(
    `Rollback: production deploy of ${short(w.repo.bad)} failed verification`,
  )
  const bad = w.gh.state.deployments.find((d) => d.sha === w.repo.bad)!
  expect(w.gh.state.statusesOf(bad.id)[0]!.description.startsWith(FAILED_MARK)).toBe(true)
})

test('a deploy command that fails takes the failure branch without probing', async () => {
  const rec = await deploy(w.repo.good, {
    'deploy-command': 'echo half applied; exit 3',
    issue: 'true',
  })
  expect(rec.log.some((l) => /^info round \d/.test(l))).toBe(false)
  expect(rec.log).toContain('info half applied')
  const issue = w.gh.state.issues[0]!
  expect(rec.outputs).toMatchObject({
    allowed: 'true',
    healthy: 'false',
    severity: 'P2',
    'rolled-back': 'false',
    'issue-number': String(issue.number),
    'issue-url': issue.html_url,
  })
  expect(rec.fails).toHaveLength(1)
  expect(rec.fails[0]).toContain('the deploy command exited with 3')
  expect(rec.summary()).toContain('the deploy command exited with 3')
  expect(issue.title).toBe(
    `Deploy of ${short(w.repo.good)} to production declared bad without a probe, not rolled back`,
  )
  // the deployment is recorded and marked failed, so no later run takes it for good
  const [dep] = w.gh.state.deployments
  expect(dep!.sha).toBe(w.repo.good)
  expect(w.gh.state.statusesOf(dep!.id).map((x) => x.state)).toEqual(['failure'])
})

test('closed window: nothing deployed, nothing written to GitHub, the step fails with the rule', async () => {
  const rec = await deploy(w.repo.good, { policy: FREEZE })
  expect(w.service.history).toEqual([])
  expect(w.gh.requests).toEqual([])
  expect(Object.keys(rec.outputs).sort()).toEqual(WINDOW_OUTPUTS)
  expect(rec.outputs).toMatchObject({
    allowed: 'false',
    'next-window': '2026-12-03T00:00:00Z',
    overridden: 'false',
  })
  expect(rec.fails).toEqual([rec.outputs.reason])
  expect(rec.outputs.reason).toMatch(/"Freeze"/)
  expect(rec.log.some((l) => l.startsWith('group deploy command'))).toBe(false)
})

test('closed window with on-closed: warn: a warning, and the deploy goes on', async () => {
  const rec = await deploy(w.repo.good, { policy: FREEZE, 'on-closed': 'warn' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({ allowed: 'false', healthy: 'true' })
  expect(rec.fails).toEqual([])
  expect(rec.warnings).toEqual([
    expect.stringMatching(
      /^on-closed: warn, so the step goes on; the window would have been closed/,
    ),
  ])
})

test('dry run: the window decides, nothing is deployed or written to GitHub', async () => {
  const rec = await deploy(w.repo.good, { 'dry-run': 'true' })
  expect(w.service.history).toEqual([])
  expect(writes(w)).toEqual([])
  expect(rec.outputs).toMatchObject({ allowed: 'true' })
  expect(rec.outputs.healthy).toBeUndefined()
  expect(rec.log).toContain(
    `info dry run: the window is open; would run the deploy command for ${short(w.repo.good)}, then verify it`,
  )
  expect(rec.fails).toEqual([])
})

test('no token: deployed and verified, nothing reaches GitHub, outputs still set', async () => {
  const rec = await deploy(w.repo.good, { 'github-token': '' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(w.gh.requests).toEqual([])
  expect(rec.outputs).toMatchObject({ allowed: 'true', healthy: 'true', 'rolled-back': 'false' })
  expect(rec.fails).toEqual([])
})

test('bad input: an InputError before anything runs or is written', async () => {
  await expect(
    step({ command: 'deploy', ...fastInputs(w) }, runEnv(w, w.repo.good)),
  ).rejects.toThrow(/deploy-command: required when command is "deploy"/)
  await expect(
    step(
      {
        command: 'deploy',
        'deploy-command': deployOf(w.repo.good),
        ...fastInputs(w),
        policy: 'deny: 3\n',
      },
      runEnv(w, w.repo.good),
    ),
  ).rejects.toThrow(InputError)
  expect(w.service.history).toEqual([])
  expect(w.gh.requests).toEqual([])
})
