// Cancellation (issue 5): the runner sends a signal when a workflow is cancelled. Wherever it
// lands (verification, the rollback command, the issue), the run writes what it has, leaves no
// deployment "in progress", stops the rollback command's process group, and exits promptly.
// And two runs for one environment: the older never rolls back over the newer.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEPLOY_TO, worldPerTest, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const deploy = (sha: string) => w.deploy(sha)
const statesOf = (sha: string) => w.statesOf(sha)
/** Running, that is: gone or a zombie (its parent died; PID 1 in a container may not reap) is not. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}
const report = (file: string | undefined) => JSON.parse(readFileSync(file!, 'utf8'))

test.each(['SIGINT', 'SIGTERM'] as const)(
  'cancelled during verification (%s): stops promptly, the deployment is not left in progress',
  async (signal) => {
    await deploy(w.repo.good)
    const r = await w.run(
      {
        command: 'verify',
        duration: '30s',
        'rollback-strategy': 'command',
        'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
      },
      w.repo.good,
      { cancelWhen: (out) => /^round 2\//m.test(out), cancelSignal: signal },
    )
    expect(r.exitedAfterCancelMs).toBeLessThan(3000)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ healthy: 'false' })
    expect(r.summary).toMatch(
      /^### ⚪ Verification of release [0-9a-f]{7} on production was cancelled/,
    )
    // deploy-guard created the deployment (no job made one) and settled it: never left running
    expect(statesOf(w.repo.good)).toEqual(['error'])
    expect(w.service.history).toHaveLength(1) // no rollback for a cancelled run
    expect(report(r.outputs.report).verdict.outcome).toBe('cancelled')
  },
)

test('cancelled during the rollback command: its process group is stopped, the run reports and exits', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const pids = join(w.dir, 'pids')
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      // a deploy tool that starts a helper and takes its time
      'rollback-command': `sleep 120 & echo $! > '${pids}.child'; echo $$ > '${pids}'; wait`,
    },
    w.repo.bad,
    { cancelWhen: () => existsSync(pids) },
  )
  expect(r.exitedAfterCancelMs).toBeLessThan(5000)
  const child = Number(readFileSync(`${pids}.child`, 'utf8'))
  const shell = Number(readFileSync(pids, 'utf8'))
  expect(alive(child)).toBe(false)
  expect(alive(shell)).toBe(false)
  expect(r.code).toBe(1)
  expect(r.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'false' })
  expect(r.stdout).toMatch(/rollback command .*was cancelled/)
  // The failure mark was written before the rollback started: a crash here (SIGKILL instead of
  // a cancel) leaves the bad release marked, so no later run takes it for verified.
  expect(statesOf(w.repo.bad)).toEqual(['failure'])
  // within the 5 s grace for GitHub the issue still lands, saying what happened
  const body = w.gh.state.issues[0]?.body ?? r.summary
  expect(body).toContain('## What changed')
  expect(body).toContain('the rollback command was cancelled')
  expect(report(r.outputs.report)).toMatchObject({ rolledBack: false, previousSha: w.repo.good })
})

test('cancelled while the issue is being written: the report lands in the summary and the file', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  // GitHub takes its time with the issue; the workflow is cancelled meanwhile
  w.gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', delayMs: 60_000 })
  const r = await w.run(
    {
      command: 'verify',
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    },
    w.repo.bad,
    {
      cancelWhen: () =>
        w.gh.requests.some(
          (q) => q.method === 'POST' && q.template === '/repos/{owner}/{repo}/issues',
        ),
    },
  )
  // 5 s of grace for GitHub calls, inside the runner's 7.5 s before SIGTERM
  expect(r.exitedAfterCancelMs).toBeLessThan(7500)
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(statesOf(w.repo.bad)).toEqual(['failure'])
  expect(r.summary).toContain('The incident issue was not written')
  expect(r.summary).toContain('## What changed')
  expect(report(r.outputs.report)).toMatchObject({ rolledBack: true, issue: null })
})

test('two runs for one environment at once: the older does not roll back over the newer', async () => {
  w.seedDeployment(w.repo.good, 'success')
  await deploy(w.repo.bad)
  const newer = w.repo.commits[0]!
  const posts = () =>
    w.gh.requests.filter(
      (q) => q.method === 'POST' && q.template === '/repos/{owner}/{repo}/deployments',
    ).length
  const older = w.run(
    {
      command: 'verify',
      // time for the newer run to start and record its deployment while this one warms up (1.5 s
      // was not always enough on a loaded 2-CPU machine)
      'initial-delay': '4s',
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    },
    w.repo.bad,
  )
  while (posts() < 1) await new Promise((r) => setTimeout(r, 20))
  const newerRun = w.run(
    {
      command: 'verify',
      probes: `- name: homepage\n  url: ${w.service.url}/\n`,
      duration: '2s',
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
    },
    newer,
  )
  const [a, b] = await Promise.all([older, newerRun])
  expect(a.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'false' })
  expect(a.stdout).toMatch(
    new RegExp(`newer deploy of ${newer.slice(0, 7)} to production started after this one`),
  )
  expect(b.outputs).toMatchObject({ healthy: 'true' })
  expect(w.service.history.map((h) => h.sha)).toEqual([w.repo.bad]) // nobody rolled back
  expect(statesOf(w.repo.bad).at(-1)).toBe('failure')
  expect(statesOf(newer)).toEqual(['success'])
})
