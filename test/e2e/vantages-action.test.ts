// Several vantages end to end (SPEC: Several vantages): three `verify` runs with `vantage`
// through dist/index.js, each probing over its own path (a healthy one, or one that answers
// 503), their reports laid out as actions/download-artifact leaves a matrix's artifacts, then a
// fan-in `verify` with `reports` for each quorum setting against the GitHub stand-in: scope,
// rollback or none, the issue and its severity; and the reports a fan-in must refuse.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { ok, startService, type Service } from '../helpers/service.js'
import { createWorld, DEPLOY_TO, type World } from '../helpers/world.js'

const VANTAGES = ['ap-south', 'eu-west', 'us-east'] as const
type Vantage = (typeof VANTAGES)[number]

let first: World
let healthyPath: Service
let brokenPath: Service
/** Each vantage's report file, as its job would upload it: seen healthy, and seen failing. */
const reports: Record<'good' | 'bad', Partial<Record<Vantage, string>>> = { good: {}, bad: {} }

const probesOver = (url: string) =>
  `- name: home\n  url: ${url}/\n- name: api\n  url: ${url}/api\n  critical: true\n`

beforeAll(async () => {
  first = await createWorld()
  healthyPath = await startService(ok('ok'))
  brokenPath = await startService(ok('upstream unreachable', 503))
  const runs = VANTAGES.flatMap((v) =>
    (['good', 'bad'] as const).map(async (seen) => {
      const r = await first.run(
        {
          command: 'verify',
          vantage: v,
          issue: 'false',
          probes: probesOver((seen === 'good' ? healthyPath : brokenPath).url),
        },
        first.repo.bad,
      )
      // A vantage only reports: its step passes whatever it saw (fail-fast must not cancel
      // the other vantages), and it writes nothing to GitHub.
      expect([v, seen, r.code, r.outputs.healthy]).toEqual([
        v,
        seen,
        0,
        seen === 'good' ? 'true' : 'false',
      ])
      if (seen === 'bad') expect(r.stdout).toMatch(new RegExp(`::warning::From vantage ${v}: `))
      reports[seen][v] = r.outputs.report!
    }),
  )
  await Promise.all(runs)
  expect(first.gh.requests).toEqual([])
}, 120_000)

afterAll(async () => {
  await first.close()
  await healthyPath.close()
  await brokenPath.close()
})

/** A fresh world serving the bad release, with the good one verified before it. */
async function world(): Promise<World> {
  const w = await createWorld(first.repo)
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
  return w
}

/** The reports of `failing` (the rest healthy), one folder per artifact under reports/. */
function download(w: World, failing: Vantage[], dir = 'reports'): string {
  for (const v of VANTAGES) {
    const file = reports[failing.includes(v) ? 'bad' : 'good'][v]!
    const into = join(w.dir, dir, `deploy-guard-${v}`)
    mkdirSync(into, { recursive: true })
    copyFileSync(file, join(into, basename(file)))
  }
  return dir
}

const fanIn = (w: World, dir: string, inputs: Record<string, string> = {}) =>
  w.run(
    {
      command: 'verify',
      reports: dir,
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
      ...inputs,
    },
    w.repo.bad,
  )

describe.each([
  // [failing vantages, quorum, scope]
  [['eu-west'], 'majority', 'regional'],
  [['eu-west'], 'any', 'partial'],
  [['eu-west', 'us-east'], 'majority', 'partial'],
  [['eu-west', 'us-east'], 'all', 'regional'],
  [['eu-west', 'us-east'], '2', 'partial'],
  [['eu-west', 'us-east'], '3', 'regional'],
  [['ap-south', 'eu-west', 'us-east'], 'all', 'everywhere'],
] as const)('%j failing, quorum %s', (failing, quorum, scope) => {
  let w: World
  beforeEach(async () => (w = await world()))
  afterEach(async () => {
    expect(w.gh.violations).toEqual([])
    await w.close()
  })

  test(`scope ${scope}`, async () => {
    const r = await fanIn(w, download(w, [...failing]), { quorum })
    const [issue] = w.gh.state.issues
    expect(w.gh.state.issues).toHaveLength(1)
    const failingNames = [...failing].sort().join(', ')
    expect(r.outputs.scope).toBe(scope)
    if (scope === 'regional') {
      // Not the release: it stays, verified; the step passes with a warning and a P2 issue.
      expect(r.code).toBe(0)
      expect(r.outputs).toMatchObject({ healthy: 'true', severity: 'P2', 'rolled-back': 'false' })
      expect(r.stdout).toMatch(/::warning::release \w{7} on production: .* a regional problem/)
      expect(w.service.serving()).toBe(w.repo.bad)
      expect(w.statesOf(w.repo.bad)).toEqual(['success'])
      expect(issue!.title).toMatch(
        new RegExp(
          `^Regional: production fails from ${failingNames} after \\w{7}, not rolled back$`,
        ),
      )
      expect(issue!.labels.map((l) => l.name)).toContain('severity:P2')
      expect(issue!.body).toContain('treats this as a regional problem')
    } else {
      // The release failed: rolled back, the restored release verified by the fan-in's probes.
      expect(r.code).toBe(1)
      expect(r.outputs).toMatchObject({
        healthy: 'false',
        severity: scope === 'everywhere' ? 'P1' : 'P2',
        'rolled-back': 'true',
        'previous-sha': w.repo.good,
      })
      expect(w.service.serving()).toBe(w.repo.good)
      expect(w.gh.state.deployments.find((d) => d.sha === w.repo.bad)).toBeDefined()
      expect(
        w.gh.state.deployments
          .filter((d) => d.sha === w.repo.bad)
          .flatMap((d) => w.gh.state.statusesOf(d.id).map((s) => s.description)),
      ).toContainEqual(expect.stringContaining(FAILED_MARK))
      expect(issue!.title).toMatch(/^Rollback: production deploy of \w{7} failed verification$/)
      expect(issue!.labels.map((l) => l.name)).toContain(`severity:${r.outputs.severity}`)
      expect(r.summary).toContain('### Vantages')
    }
    // Each vantage's verdict, in the issue and the summary.
    for (const v of VANTAGES) {
      const row = new RegExp(
        `\\| ${v} \\| ${failing.includes(v as never) ? '🔴 failing \\(P1\\) \\| `home`, `api`' : '🟢 healthy \\|  '}`,
      )
      expect(issue!.body).toMatch(row)
      expect(r.summary).toMatch(row)
    }
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
    expect(report.vantages.scope).toBe(scope)
  }, 60_000)
})

describe('reports a fan-in refuses, before anything is written', () => {
  let w: World
  beforeEach(async () => (w = await world()))
  afterEach(async () => w.close())

  test.each([
    [
      'an empty directory',
      (w: World) => (mkdirSync(join(w.dir, 'none')), 'none'),
      /reports: no report files \(\*\.json\) found at none/,
    ],
    ['a path nothing was downloaded to', () => 'missing', /reports: missing does not exist/],
  ])('%s', async (_name, setup, error) => {
    const r = await fanIn(w, setup(w))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(error)
    expect(r.stdout).toContain('deploy-guard: invalid input, nothing was done.')
    expect(w.gh.requests).toEqual([])
    expect(w.service.serving()).toBe(w.repo.bad)
  })

  test('a report of another release', async () => {
    const dir = download(w, ['eu-west'])
    // The same reports judged for the good release: an artifact of another run.
    const r = await w.run({ command: 'verify', reports: dir }, w.repo.good)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /reports: reports\/deploy-guard-ap-south\/deploy-guard-verify-production-ap-south\.json is a report of release \w{7}, but this run verifies \w{7}/,
    )
    expect(w.gh.requests).toEqual([])
  })

  test('a quorum above the vantages', async () => {
    const r = await fanIn(w, download(w, ['eu-west']), { quorum: '4' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('quorum: 4 is more than the 3 vantages that reported a verdict')
    expect(w.gh.requests).toEqual([])
  })
})
