// Real time, real pacing (issue 9): a release that breaks more than two minutes into its soak is
// still rolled back, marked failed, and its incident issue written. The GitHub client used to
// count one 120 s budget from the step's start, so this run got no previous release, no
// rollback and no issue. It runs in its own jest process beside the rest of the suite
// (scripts/test.mjs), as it mostly waits; DEPLOY_GUARD_REALTIME=0 leaves it out.
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { DEPLOY_TO, createWorld, type World } from '../helpers/world.js'

const INTERVAL_S = 5
const FAILURE_THRESHOLD = 3
const BREAKS_AT_MS = 125_000

let w: World
beforeAll(async () => {
  w = await createWorld()
})
afterAll(async () => {
  await w.close()
})

test('a release that breaks after 125 s is rolled back, marked failed, and its issue written', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  // The good release serves while the new one's rollout completes, as on a slow platform;
  // at BREAKS_AT_MS the bad release goes live.
  await w.deploy(w.repo.good)
  const started = Date.now()
  let liveAt = 0
  const breaks = setTimeout(() => {
    liveAt = Date.now()
    void w.deploy(w.repo.bad)
  }, BREAKS_AT_MS)
  const r = await w.run(
    {
      command: 'verify',
      interval: `${INTERVAL_S}s`,
      duration: '170s',
      'failure-threshold': String(FAILURE_THRESHOLD),
      'success-threshold': '3',
      'probe-timeout': '2s',
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    },
    w.repo.bad,
    // GitHub's own pacing: a second between writes, three between issue writes.
    { env: { DEPLOY_GUARD_GITHUB_PACE_MS: '1000' }, timeoutMs: 420_000 },
  )
  clearTimeout(breaks)
  const restoredAt = Date.parse(w.service.history.findLast((h) => h.sha === w.repo.good)?.at ?? '')
  expect(r.outputs).toMatchObject({
    healthy: 'false',
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
    'issue-number': '1',
  })
  expect(w.service.serving()).toBe(w.repo.good)
  const [bad] = w.gh.state.deployments.filter((d) => d.sha === w.repo.bad)
  const states = w.gh.state.statusesOf(bad!.id)
  expect(states.at(-1)?.description.startsWith(FAILED_MARK)).toBe(true)
  expect(w.gh.state.issues).toHaveLength(1)
  expect(w.gh.violations).toEqual([])

  // MTTR, bad release live to good release serving, against its floor: the failed rounds it
  // takes to decide, plus the rollback command (about 0.1 s here).
  const mttr = (restoredAt - liveAt) / 1000
  const floor = (FAILURE_THRESHOLD - 1) * INTERVAL_S
  console.log(
    `real time: the bad release went live ${Math.round((liveAt - started) / 1000)} s into the step; MTTR ${mttr.toFixed(1)} s against a floor of ${floor} s + the rollback command; step took ${Math.round((Date.now() - started) / 1000)} s; ${w.gh.requests.length} GitHub requests`,
  )
  expect(restoredAt).toBeGreaterThan(liveAt)
  // at most one interval to see the first failure, then the floor, then GitHub's look-ups
  expect(mttr).toBeLessThan(floor + INTERVAL_S + 5)
}, 480_000)
