// The one GitHub client against the stand-in: retries, the attempt timeout and the budget.
import { GitHub } from '../../src/github/client.js'
import { startStandIn, type StandIn } from '../../src/standin/index.js'
import { createDemoRepo } from '../../src/demo/repo.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const TOKEN = 'ghs_client_test_token_0123456789'
let gh: StandIn
beforeAll(async () => {
  const repo = createDemoRepo(join(mkdtempSync(join(tmpdir(), 'dg-client-')), 'repo'))
  gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
})
afterAll(async () => {
  await gh.close()
})
beforeEach(() => gh.faults.clear())

const client = (o: { attemptTimeoutMs?: number; budgetMs?: number } = {}) =>
  new GitHub({
    token: TOKEN,
    baseUrl: gh.url,
    repo: { owner: 'acme', repo: 'shop' },
    budgetMs: o.budgetMs ?? 10_000,
    paceMs: 5,
    ...(o.attemptTimeoutMs ? { attemptTimeoutMs: o.attemptTimeoutMs } : {}),
  })

const since = (n: number) => gh.requests.slice(n).map((q) => q.status)

test('a request GitHub never answers times out and is retried', async () => {
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', hang: true })
  const n = gh.requests.length
  const t = Date.now()
  await expect(client({ attemptTimeoutMs: 300 }).deployments('production')).resolves.toEqual([])
  expect(Date.now() - t).toBeLessThan(3000)
  expect(since(n)).toEqual([0, 200]) // the first still pending, as GitHub never answered
})

test('a 502 is retried, a 404 is not', async () => {
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', status: 502 })
  let n = gh.requests.length
  await client().deployments('production')
  expect(since(n)).toEqual([502, 200])
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', status: 404 })
  n = gh.requests.length
  await expect(client().deployments('production')).rejects.toMatchObject({ status: 404 })
  expect(since(n)).toEqual([404])
})

test('the budget ends a run of hangs', async () => {
  gh.faults.inject({ path: '/repos/{owner}/{repo}/deployments', hang: true, times: Infinity })
  const t = Date.now()
  await expect(
    client({ attemptTimeoutMs: 200, budgetMs: 700 }).deployments('production'),
  ).rejects.toThrow()
  expect(Date.now() - t).toBeLessThan(2500)
})

test('after cancellation, calls get a short grace, then stop', async () => {
  const cancel = new AbortController()
  const c = new GitHub({
    token: TOKEN,
    baseUrl: gh.url,
    repo: { owner: 'acme', repo: 'shop' },
    budgetMs: 60_000,
    paceMs: 5,
    signal: cancel.signal,
    cancelGraceMs: 400,
  })
  gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', hang: true })
  const stuck = c.createIssue({ title: 'stuck', body: '', labels: [], assignees: [] })
  stuck.catch(() => {})
  cancel.abort()
  // within the grace a quick call still lands (a deployment status, say)
  await expect(c.deployments('production')).resolves.toEqual([])
  const t = Date.now()
  await expect(stuck).rejects.toThrow()
  expect(Date.now() - t).toBeLessThan(1500)
})
