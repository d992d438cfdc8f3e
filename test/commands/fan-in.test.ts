// The fan-in (verify with reports) and a vantage (verify with vantage), called directly with
// the StepIO src/main.ts builds, against the GitHub stand-in: the paths the end-to-end test
// through dist/index.js leaves out (no issue, a dry run, healthy everywhere, a rerun), and
// what a vantage writes and does not.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyCommand } from '../../src/commands/verify.js'
import { FAILED_MARK } from '../../src/rollback/previous.js'
import { vantageReport, type VantageReport } from '../../src/verify/vantages.js'
import { failedReport, restoreReport } from '../incident/render-fixtures.js'
import {
  badReleaseLive,
  fastInputs,
  runEnv,
  step,
  verifyBadRelease,
  worldPerTest,
  writes,
  type Inputs,
} from '../helpers/step.js'
import type { World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

/** Reports of the bad release, laid out as download-artifact leaves them. */
function reports(seen: Record<string, 'good' | 'bad'>): string {
  for (const [v, how] of Object.entries(seen)) {
    const r: VantageReport = vantageReport(
      v,
      w.repo.bad,
      how === 'good' ? restoreReport() : failedReport(),
    )
    mkdirSync(join(w.dir, 'reports', v), { recursive: true })
    writeFileSync(join(w.dir, 'reports', v, 'report.json'), JSON.stringify(r))
  }
  return 'reports'
}

/** A fan-in probes nothing itself; without probes a restored release is not verified. */
const fanIn = (inputs: Inputs, env: Record<string, string> = {}) =>
  verifyBadRelease(w, { probes: '', ...inputs }, env)

beforeEach(() => badReleaseLive(w))

test('healthy from every vantage: verified, no scope, nothing else written', async () => {
  const rec = await fanIn({ reports: reports({ eu: 'good', us: 'good' }) })
  expect(rec.outputs).toMatchObject({ healthy: 'true', scope: '', severity: '' })
  expect(rec.fails).toEqual([])
  expect(rec.warnings).toEqual([])
  expect(rec.summary()).toMatch(/^### 🟢 release \w{7} on production is healthy from every vantage/)
  expect(w.statesOf(w.repo.bad)).toEqual(['success'])
  expect(w.gh.state.issues).toEqual([])
})

test('regional with issue: false, and in a dry run: no issue, the summary says why', async () => {
  const dir = reports({ eu: 'bad', us: 'good', ap: 'good' })
  let rec = await fanIn({ reports: dir, issue: 'false' })
  expect(rec.outputs).toMatchObject({
    healthy: 'true',
    scope: 'regional',
    severity: 'P2',
    'issue-url': '',
  })
  expect(rec.summary()).toContain('The incident issue was not written (issue: false).')
  expect(rec.warnings).toEqual([expect.stringMatching(/a regional problem, not the release/)])
  rec = await fanIn({ reports: dir, 'dry-run': 'true' }, { GITHUB_RUN_ID: '4343' })
  expect(rec.summary()).toContain('The incident issue was not written (dry run).')
  expect(w.gh.state.issues).toEqual([])
  expect(w.service.serving()).toBe(w.repo.bad)
  // The report keeps the judgement.
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.vantages).toMatchObject({ scope: 'regional', needed: 2, counted: 3 })
})

test('a dry run of a partial failure rolls nothing back and writes nothing', async () => {
  const rec = await fanIn({
    reports: reports({ eu: 'bad', us: 'bad', ap: 'good' }),
    'dry-run': 'true',
  })
  expect(rec.outputs).toMatchObject({ healthy: 'false', scope: 'partial', 'rolled-back': 'false' })
  expect(rec.fails).toHaveLength(1)
  expect(writes(w)).toEqual([])
  expect(w.service.serving()).toBe(w.repo.bad)
})

test('a rerun after the first attempt marked the release failed finishes that story', async () => {
  const dir = reports({ eu: 'bad', us: 'bad', ap: 'good' })
  const first = await fanIn({ reports: dir, 'rollback-strategy': 'none', issue: 'false' })
  expect(first.outputs.scope).toBe('partial')
  expect(w.statesOf(w.repo.bad)).toContain('failure')
  // The reports of a rerun may differ (a vantage's job was rerun too): judged again they would
  // pass, but the release was already marked failed.
  const again = reports({ eu: 'good', us: 'good', ap: 'good' })
  const rerun = await fanIn({ reports: again }, { GITHUB_RUN_ATTEMPT: '2' })
  expect(rerun.warnings[0]).toMatch(
    new RegExp(`earlier attempt of this run marked .* failed \\("${FAILED_MARK}`),
  )
  expect(rerun.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true' })
  expect(w.service.serving()).toBe(w.repo.good)
})

test('a vantage probes, writes its report, and nothing to GitHub; its failing step passes', async () => {
  await w.deploy(w.repo.bad)
  const s = await step(
    { command: 'verify', ...fastInputs(w), vantage: 'eu-west' },
    runEnv(w, w.repo.bad),
  )
  await verifyCommand(s.settings, s.io)
  const rec = s.rec
  expect(rec.fails).toEqual([])
  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    scope: 'everywhere',
    'rolled-back': 'false',
  })
  expect(rec.outputs.report).toMatch(/deploy-guard-verify-production-eu-west\.json$/)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report).toMatchObject({
    format: 'deploy-guard/vantage@1',
    vantage: 'eu-west',
    sha: w.repo.bad,
    healthy: false,
  })
  expect(report.probes.map((p: { name: string; ok: boolean }) => [p.name, p.ok])).toEqual([
    ['homepage', true], // the bad release breaks only its health check
    ['health', false],
  ])
  expect(w.gh.requests).toEqual([])
  expect(rec.summary()).toContain('this step only reports')
})
