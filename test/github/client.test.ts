// The one GitHub client against the stand-in: retries, the attempt timeout, each call's own
// bound, and writes that happen once.
import { GitHub } from '../../src/github/client.js'
import { startStandIn, type StandIn } from '../../demo/standin/index.js'
import { createDemoRepo } from '../../demo/repo.js'
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

const client = (o: { attemptTimeoutMs?: number; callTimeoutMs?: number } = {}) =>
  new GitHub({
    token: TOKEN,
    baseUrl: gh.url,
    repo: { owner: 'acme', repo: 'shop' },
    callTimeoutMs: o.callTimeoutMs ?? 10_000,
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

test('a write running beside a hung read does not lend the read its longer timeout', async () => {
  // The failure branch reads the deployments while it writes the failure mark.
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', hang: true })
  const c = client({ attemptTimeoutMs: 300, callTimeoutMs: 5000 })
  const t = Date.now()
  const [list] = await Promise.all([
    c.deployments('production'),
    c.setStatus(1, { state: 'failure', description: 'beside' }).catch(() => {}),
  ])
  expect(list).toEqual([])
  expect(Date.now() - t).toBeLessThan(2500)
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

test("a call's bound ends a run of hangs", async () => {
  gh.faults.inject({ path: '/repos/{owner}/{repo}/deployments', hang: true, times: Infinity })
  const t = Date.now()
  await expect(
    client({ attemptTimeoutMs: 200, callTimeoutMs: 700 }).deployments('production'),
  ).rejects.toThrow()
  expect(Date.now() - t).toBeLessThan(2500)
})

test('a call made long after the client was created still gets its whole bound', async () => {
  // The failure branch runs after minutes of probing: no budget may be spent by then.
  const c = client({ callTimeoutMs: 400 })
  await new Promise((r) => setTimeout(r, 600))
  gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', delayMs: 200 })
  await expect(c.deployments('production')).resolves.toEqual([])
})

test('a write without a clear answer is looked for, then written once more only if absent', async () => {
  const n = gh.requests.length
  const before = gh.state.issues.length
  gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 502 })
  const issue = await client().createIssue({
    title: 'once',
    body: 'body <!-- mark-1 -->',
    labels: ['incident'],
    assignees: [],
    marker: '<!-- mark-1 -->',
  })
  expect(gh.state.issues.length).toBe(before + 1)
  expect(issue.title).toBe('once')
  // the POST was not retried by the plugin: 502, two look-ups, one more POST
  expect(gh.requests.slice(n).map((q) => `${q.method} ${q.status}`)).toEqual([
    'POST 502',
    'GET 200',
    'GET 200',
    'POST 201',
  ])
})

test('a 4xx on a write is final: nothing is looked for or repeated', async () => {
  const n = gh.requests.length
  gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 422 })
  await expect(
    client().createIssue({ title: 'x', body: 'x', labels: [], assignees: [], marker: 'm' }),
  ).rejects.toMatchObject({ status: 422 })
  expect(since(n)).toEqual([422])
})

test('after cancellation, calls get a short grace, then stop', async () => {
  const cancel = new AbortController()
  const c = new GitHub({
    token: TOKEN,
    baseUrl: gh.url,
    repo: { owner: 'acme', repo: 'shop' },
    callTimeoutMs: 60_000,
    paceMs: 5,
    signal: cancel.signal,
    cancelGraceMs: 400,
  })
  gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', hang: true })
  const stuck = c.createIssue({ title: 'stuck', body: '', labels: [], assignees: [], marker: 'm' })
  stuck.catch(() => {})
  cancel.abort()
  // within the grace a quick call still lands (a deployment status, say)
  await expect(c.deployments('production')).resolves.toEqual([])
  const t = Date.now()
  await expect(stuck).rejects.toThrow()
  expect(Date.now() - t).toBeLessThan(1500)
})
