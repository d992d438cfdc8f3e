// `deploy-guard standin` in-process: the CLI's stand-in with its /_standin/ endpoints, as a test
// outside the project would drive it over HTTP. (test/e2e/standin-cli.test.ts runs the built CLI.)
import { existsSync } from 'node:fs'
import { cli } from '../../../src/cli.js'
import { standinCli } from '../../../demo/standin/cli.js'
import type { DeploymentView, StandInView } from '../../../demo/standin/index.js'
import { TestRepo } from './fixture.js'

interface Running {
  url: string
  stderr: string[]
  stop(): Promise<number>
}

/** Starts the CLI's stand-in in-process and waits for the URL on its first line of stdout. */
async function start(args: string[]): Promise<Running> {
  const stop = new AbortController()
  const stdout: string[] = []
  const stderr: string[] = []
  let first: (url: string) => void = () => {}
  const url = new Promise<string>((resolve) => (first = resolve))
  const code = standinCli(
    args,
    (s) => {
      stdout.push(s)
      if (stdout.length === 1) first(s)
    },
    (s) => stderr.push(s),
    { signal: stop.signal },
  )
  const failed = code.then((c) => Promise.reject(new Error(`standin exited ${c}: ${stderr.join('\n')}`))) // prettier-ignore
  return {
    url: await Promise.race([url, failed]),
    stderr,
    stop: () => {
      stop.abort()
      return code
    },
  }
}

function call(
  base: string,
  path: string,
  init: { method?: string; json?: unknown; token?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  return fetch(`${base}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
}

async function state(base: string): Promise<StandInView> {
  return (await (await call(base, '/_standin/state')).json()) as StandInView
}

let repo: TestRepo
const shas: Record<string, string> = {}

beforeAll(() => {
  repo = TestRepo.create()
  repo.write('README.md', '# app\n')
  shas.v1 = repo.commit('First release')
  repo.git(['tag', 'v1'])
  repo.write('README.md', '# app 2\n')
  shas.v2 = repo.commit('Second release')
})

afterAll(() => repo?.remove())

describe('deploy-guard standin', () => {
  let gh: Running
  beforeEach(async () => {
    gh = await start(['--repo', repo.dir, '--repository', 'acme/shop'])
  })
  afterEach(async () => {
    let violations: string[]
    try {
      violations = (await state(gh.url)).violations
    } finally {
      expect(await gh.stop()).toBe(0)
    }
    expect(violations).toEqual([])
  })

  test('prints its URL first; any token is accepted; GET /_standin/state starts empty', async () => {
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await call(gh.url, '/repos/acme/shop', { token: 'whatever' })).status).toBe(200)
    expect((await call(gh.url, '/repos/acme/shop')).status).toBe(401)
    expect(await state(gh.url)).toEqual({
      repository: { full_name: 'acme/shop', default_branch: 'main' },
      deployments: [],
      issues: [],
      dispatches: [],
      requests: [
        { method: 'GET', path: '/repos/acme/shop', status: 200 },
        { method: 'GET', path: '/repos/acme/shop', status: 401 },
      ],
      violations: [],
      unimplemented: [],
    })
  })

  test('POST /_standin/deployments records history as a workflow job would, served by the API', async () => {
    const res = await call(gh.url, '/_standin/deployments', {
      json: {
        sha: 'v1',
        ref: 'v1',
        environment: 'production',
        statuses: ['in_progress', { state: 'success', log_url: 'https://ci.example/run/1' }],
      },
    })
    expect(res.status).toBe(201)
    const d = (await res.json()) as DeploymentView
    expect(d).toMatchObject({
      sha: shas.v1,
      ref: 'v1',
      environment: 'production',
      creator: 'github-actions[bot]',
      starts_workflows: false,
      statuses: [
        { state: 'in_progress', creator: 'github-actions[bot]', log_url: '' },
        { state: 'success', log_url: 'https://ci.example/run/1', environment_url: '' },
      ],
    })
    const short = await call(gh.url, '/_standin/deployments', { json: { sha: shas.v2!.slice(0, 8), ref: 'main', environment: 'staging', creator: 'alice', statuses: ['failure'] } }) // prettier-ignore
    expect(await short.json()).toMatchObject({ sha: shas.v2, creator: 'alice', starts_workflows: true }) // prettier-ignore

    const listed = await call(gh.url, '/repos/acme/shop/deployments?environment=production', { token: 't' }) // prettier-ignore
    const list = (await listed.json()) as { id: number; sha: string; creator: { login: string } }[]
    expect(list).toEqual([expect.objectContaining({ id: d.id, sha: shas.v1, creator: expect.objectContaining({ login: 'github-actions[bot]' }) })]) // prettier-ignore
    const statuses = await call(gh.url, `/repos/acme/shop/deployments/${d.id}/statuses`, { token: 't' }) // prettier-ignore
    expect(((await statuses.json()) as { state: string }[]).map((s) => s.state)).toEqual(['success', 'in_progress']) // prettier-ignore

    const s = await state(gh.url)
    expect(s.deployments.map((x) => [x.environment, x.sha])).toEqual([['production', shas.v1], ['staging', shas.v2]]) // prettier-ignore
    // The control endpoints are not GitHub's API: not recorded.
    expect(s.requests.map((r) => r.path)).toEqual([
      '/repos/acme/shop/deployments?environment=production',
      `/repos/acme/shop/deployments/${d.id}/statuses`,
    ])
  })

  test('writes through the API show who made them and whether a workflow starts', async () => {
    const made = await call(gh.url, '/repos/acme/shop/deployments', { token: 't', json: { ref: 'main', environment: 'qa' } }) // prettier-ignore
    expect(made.status).toBe(201)
    await call(gh.url, '/repos/acme/shop/actions/workflows/rollback.yml/dispatches', { token: 't', json: { ref: 'v1', inputs: { sha: shas.v1 } } }) // prettier-ignore
    await call(gh.url, '/repos/acme/shop/issues', { token: 't', json: { title: 'Rollback of production', labels: ['incident'] } }) // prettier-ignore
    await call(gh.url, '/repos/acme/shop/issues/1/comments', { token: 't', json: { body: 'verified' } }) // prettier-ignore
    const s = await state(gh.url)
    expect(s.deployments).toEqual([expect.objectContaining({ environment: 'qa', sha: shas.v2, creator: 'github-actions[bot]', starts_workflows: false, statuses: [] })]) // prettier-ignore
    expect(s.dispatches).toEqual([expect.objectContaining({ workflow_id: 'rollback.yml', ref: 'v1', inputs: { sha: shas.v1 }, creator: 'github-actions[bot]', starts_workflows: true })]) // prettier-ignore
    expect(s.issues).toEqual([
      expect.objectContaining({
        number: 1,
        title: 'Rollback of production',
        state: 'open',
        labels: ['incident'],
        user: 'github-actions[bot]',
        comments: [expect.objectContaining({ body: 'verified', user: 'github-actions[bot]' })],
      }),
    ])
  })

  test('POST /_standin/faults: a write whose answer is lost, and a slow answer', async () => {
    const res = await call(gh.url, '/_standin/faults', { json: { method: 'POST', path: '/issues$', status: 502, after_write: true } }) // prettier-ignore
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ method: 'POST', path: '/issues$', status: 502, times: 1, after_write: true }) // prettier-ignore
    const lost = await call(gh.url, '/repos/acme/shop/issues', { token: 't', json: { title: 'made anyway' } }) // prettier-ignore
    expect(lost.status).toBe(502)
    const s = await state(gh.url)
    expect(s.issues.map((i) => i.title)).toEqual(['made anyway'])
    expect(s.requests).toEqual([{ method: 'POST', path: '/repos/acme/shop/issues', status: 502 }])

    await call(gh.url, '/_standin/faults', { json: { path: '^/repos/acme/shop$', status: 503, times: 2 } }) // prettier-ignore
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await call(gh.url, '/repos/acme/shop', { token: 't' })).status) // prettier-ignore
    expect(statuses).toEqual([503, 503, 200])

    await call(gh.url, '/_standin/faults', { json: { path: '/labels', delay_ms: 250 } })
    const t0 = performance.now()
    expect((await call(gh.url, '/repos/acme/shop/labels', { token: 't' })).status).toBe(200)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(240)
  })

  test('the control endpoints refuse bad input with 400, an unknown commit with 422', async () => {
    const post = async (path: string, json: unknown) => {
      const res = await call(gh.url, path, { json })
      return [res.status, ((await res.json()) as { message: string }).message] as const
    }
    expect(await post('/_standin/deployments', { ref: 'main' })).toEqual([400, expect.stringMatching(/^sha: required/)]) // prettier-ignore
    expect(await post('/_standin/deployments', { sha: 'no-such-ref' })).toEqual([422, 'No commit found for SHA: no-such-ref']) // prettier-ignore
    expect(await post('/_standin/deployments', { sha: 'v1', statuses: ['exploded'] })).toEqual([400, expect.stringMatching(/^statuses\[0\]: expected one of/)]) // prettier-ignore
    expect(await post('/_standin/faults', { path: '(', status: 500 })).toEqual([400, expect.stringMatching(/^path: not a regular expression/)]) // prettier-ignore
    expect(await post('/_standin/faults', { path: '/x' })).toEqual([400, 'a fault needs status, hang or delay_ms']) // prettier-ignore
    expect((await call(gh.url, '/_standin/nothing')).status).toBe(404)
    expect((await state(gh.url)).deployments).toEqual([])
  })
})

test('without --repo: a new repository with one empty commit on main, removed on stop', async () => {
  const gh = await start(['--repository', 'octo/demo', '--token', 'secret'])
  const again = await start([])
  let dir: string | undefined
  try {
    dir = /commits from (\S+) \(a new repository/.exec(gh.stderr.join('\n'))?.[1]
    expect(dir && existsSync(dir)).toBe(true)
    expect((await call(gh.url, '/repos/octo/demo', { token: 'other' })).status).toBe(401)
    const main = await call(gh.url, '/repos/octo/demo/commits/main', { token: 'secret' })
    expect(main.status).toBe(200)
    const first = (await main.json()) as { sha: string; files: unknown[] }
    expect(first.files).toEqual([])
    // Fixed author and dates: the same SHA on every run.
    const other = await call(again.url, '/repos/acme/shop/commits/HEAD', { token: 'x' })
    expect(((await other.json()) as { sha: string }).sha).toBe(first.sha)
    const d = await call(gh.url, '/_standin/deployments', { json: { sha: 'main' } })
    expect(await d.json()).toMatchObject({ sha: first.sha, ref: 'main', environment: 'production' })
  } finally {
    expect([await gh.stop(), await again.stop()]).toEqual([0, 0])
  }
  expect(existsSync(dir!)).toBe(false)
})

test('bad flags exit 2 and name the flag', async () => {
  for (const [args, message] of [
    [['--port', 'eighty'], /port: expected a port number/],
    [['--repository', 'just-a-name'], /repository: expected OWNER\/NAME/],
    [['--repo', '/nonexistent/dir'], /repo: "\/nonexistent\/dir" is not a git repository/],
    [['--bogus'], /Unknown option '--bogus'/],
  ] as const) {
    const err: string[] = []
    const out: string[] = []
    const code = await cli(
      ['standin', ...args],
      (s) => out.push(s),
      (s) => err.push(s),
    )
    expect([code, err.join('\n'), out]).toEqual([2, expect.stringMatching(message), []])
  }
})
