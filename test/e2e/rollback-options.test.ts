// The options around the failure path, end to end: dry runs, an explicit previous-ref, and
// rollbacks on demand (also from a job that has an environment of its own).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { DEPLOY_TO, worldPerTest, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const rollbackCommand = () => DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA')
const deploy = (sha: string) => w.deploy(sha)

test('dry run: decides and reports, rolls back nothing and writes nothing to GitHub', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const before = w.gh.state.deployments.length
  const r = await w.run(
    {
      command: 'verify',
      'dry-run': 'true',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
    },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'false', 'previous-sha': w.repo.good })
  expect(r.stdout).toMatch(/dry run: would roll back to [0-9a-f]{7} with the command strategy/)
  expect(w.service.serving()).toBe(w.repo.bad)
  expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
  expect(w.gh.state.deployments).toHaveLength(before)
  expect(existsSync(r.outputs.report!)).toBe(true)
})

test('dry run of deploy: the window is decided, the deploy command does not run', async () => {
  const r = await w.run(
    {
      command: 'deploy',
      'dry-run': 'true',
      'deploy-command': DEPLOY_TO(w.service.url, 'GITHUB_SHA'),
    },
    w.repo.bad,
  )
  expect(r.code).toBe(0)
  expect(r.outputs.allowed).toBe('true')
  expect(r.stdout).toMatch(/dry run: the window is open; would run the deploy command/)
  expect(w.service.history).toHaveLength(0)
  expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
})

test('previous-ref names a tag: it is resolved to its commit, which is what gets deployed', async () => {
  execFileSync('git', ['-C', w.repo.dir, 'tag', 'v1.4.0', w.repo.good])
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'verify',
      'previous-ref': 'v1.4.0',
      'rollback-strategy': 'command',
      'rollback-command': `test "$DEPLOY_GUARD_PREVIOUS_REF" = v1.4.0 && ${rollbackCommand()}`,
    },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(w.service.serving()).toBe(w.repo.good)
  await deploy(w.repo.bad)
  const missing = await w.run(
    {
      command: 'verify',
      'previous-ref': 'v9.9.9',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
    },
    w.repo.bad,
  )
  expect(missing.outputs).toMatchObject({ 'rolled-back': 'false', 'previous-sha': '' })
  expect(missing.stdout).toMatch(/previous-ref "v9.9.9" could not be resolved to a commit/)
})

test('rollback on demand runs the same path for the newest deployment', async () => {
  w.seedDeployment(w.repo.good, 'success')
  w.seedDeployment(w.repo.bad, 'success')
  await deploy(w.repo.bad)
  const r = await w.run(
    {
      command: 'rollback',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
      'override-reason': 'pricing errors reported',
    },
    'f'.repeat(40),
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(r.code).toBe(0) // asked for, done and verified
  expect(w.service.serving()).toBe(w.repo.good)
  expect(w.gh.state.issues[0]!.body).toContain('pricing errors reported')
})

test("rollback on demand from a job with environment: the job's own deployment is not the bad release", async () => {
  w.seedDeployment(w.repo.good, 'success')
  w.seedDeployment(w.repo.bad, 'success')
  await deploy(w.repo.bad)
  // GitHub records a deployment of the workflow's commit for the rollback job itself, newest of all
  const own = w.gh.state.createDeployment({
    ref: 'main',
    sha: w.repo.commits[0]!,
    environment: 'production',
  })
  w.gh.state.createDeploymentStatus(own.id, {
    state: 'in_progress',
    log_url: 'https://github.com/acme/shop/actions/runs/4242/job/7',
  })
  const r = await w.run(
    {
      command: 'rollback',
      'rollback-strategy': 'command',
      'rollback-command': rollbackCommand(),
    },
    w.repo.commits[0]!,
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(r.stdout).toContain(`Rolling back production from ${w.repo.bad.slice(0, 7)} to`)
  expect(w.service.serving()).toBe(w.repo.good)
})
