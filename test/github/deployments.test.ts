// This run's deployment record against the stand-in: found or created, the earlier attempt's
// failure mark read on a rerun, statuses written, nothing written in a dry run, and GitHub's
// faults said as warnings instead of thrown.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDemoRepo } from '../../demo/repo.js'
import { GitHub } from '../../src/github/client.js'
import {
  deploymentKey,
  markDeployment,
  trackDeployment,
  type DeploymentDeps,
} from '../../src/github/deployments.js'
import { FAILED_MARK, VERIFIED_MARK } from '../../src/rollback/previous.js'
import { startStandIn, type StandIn } from '../../demo/standin/index.js'

const TOKEN = 'ghs_deployments_test_token_0123456789'
const repo = createDemoRepo(join(mkdtempSync(join(tmpdir(), 'dg-deployments-')), 'repo'))
let gh: StandIn
let warnings: string[]
beforeEach(async () => {
  gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  warnings = []
})
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

function deps(o: { dryRun?: boolean; runAttempt?: number; gh?: null } = {}): DeploymentDeps {
  return {
    gh:
      o.gh === null
        ? null
        : new GitHub({
            token: TOKEN,
            baseUrl: gh.url,
            repo: { owner: 'acme', repo: 'shop' },
            callTimeoutMs: 10_000,
            paceMs: 1,
          }),
    settings: { environment: 'production', 'dry-run': o.dryRun ?? false },
    runner: { warning: (m) => void warnings.push(m) },
    ctx: { runId: '7', runAttempt: o.runAttempt ?? 1, runUrl: 'https://github.com/acme/shop/actions/runs/7' }, // prettier-ignore
  }
}
const writes = () => gh.requests.filter((r) => r.method !== 'GET')

test("the job's own deployment of the SHA is found, not a second one made", async () => {
  gh.state.recordDeployment({ sha: repo.good, environment: 'production', statuses: ['success'] })
  const own = gh.state.recordDeployment({ sha: repo.bad, environment: 'production', statuses: ['in_progress'] }) // prettier-ignore
  const t = await trackDeployment(deps(), repo.bad)
  expect(t).toEqual({ deploymentId: own.id, startedAt: own.created_at, failedBefore: null })
  expect(writes()).toEqual([])
})

test('without one, a deployment is recorded, keyed to this run and environment', async () => {
  const t = await trackDeployment(deps(), repo.bad)
  const made = gh.state.deployment(t.deploymentId!)
  expect(made).toMatchObject({ sha: repo.bad, environment: 'production' })
  expect(JSON.stringify(made?.payload)).toContain('verify:7:production')
  const key = { ctx: { runId: '' }, settings: { environment: 'Production' } }
  expect(deploymentKey(key, 'rollback')).toBe('rollback:local:production')
})

test('a dry run and a run without GitHub record nothing', async () => {
  expect(await trackDeployment(deps({ dryRun: true }), repo.bad)).toMatchObject({
    deploymentId: null,
  })
  expect(await trackDeployment(deps({ gh: null }), repo.bad)).toMatchObject({ deploymentId: null })
  expect(await trackDeployment(deps(), '')).toMatchObject({ deploymentId: null })
  expect(gh.state.deployments).toEqual([])
})

test('a failed listing records nothing: it is warned about, and a second deployment is not risked', async () => {
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', status: 404 })
  const t = await trackDeployment(deps(), repo.bad)
  expect(t.deploymentId).toBeNull()
  expect(gh.state.deployments).toEqual([])
  expect(warnings).toEqual([expect.stringMatching(/^GitHub: could not list deployments: /)])
})

test('a rerun reads the failure mark an earlier attempt left; a first attempt does not ask', async () => {
  const description = `${FAILED_MARK}: 3 rounds failed`
  const own = gh.state.recordDeployment({ sha: repo.bad, environment: 'production', statuses: [{ state: 'failure', description }] }) // prettier-ignore
  expect((await trackDeployment(deps({ runAttempt: 2 }), repo.bad)).failedBefore).toBe(description)
  const reads = gh.requests.length
  expect((await trackDeployment(deps(), repo.bad)).failedBefore).toBeNull()
  expect(gh.requests.slice(reads).map((r) => r.path)).not.toContain(
    `/repos/acme/shop/deployments/${own.id}/statuses`,
  )
})

test('a status is written with the run as its log, except in a dry run or without a deployment', async () => {
  const own = gh.state.recordDeployment({ sha: repo.bad, environment: 'production', statuses: ['in_progress'] }) // prettier-ignore
  const t = { deploymentId: own.id, startedAt: own.created_at }
  await markDeployment(deps(), t, 'success', VERIFIED_MARK)
  await markDeployment(deps({ dryRun: true }), t, 'failure', FAILED_MARK)
  await markDeployment(deps(), { deploymentId: null, startedAt: null }, 'failure', FAILED_MARK)
  expect(gh.state.statusesOf(own.id).map((s) => [s.state, s.description, s.log_url])).toEqual([
    ['in_progress', '', ''],
    ['success', VERIFIED_MARK, 'https://github.com/acme/shop/actions/runs/7'],
  ])
})
