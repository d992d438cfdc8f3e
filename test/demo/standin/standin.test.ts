// The GitHub API stand-in, exercised with plain fetch and with Octokit, against a real git
// repository. Valid traffic must leave `violations` empty; invalid traffic must not.
import { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startStandIn, type StandIn } from '../../../demo/standin/index.js'
import { ALICE, BOB, TestRepo } from './fixture.js'

const TOKEN = 'test-token'
let repo: TestRepo
let gh: StandIn
let octokit: Octokit
const shas: Record<string, string> = {}

beforeAll(async () => {
  repo = TestRepo.create()
  repo.write('README.md', '# app\n')
  repo.write('package.json', '{"name":"app"}\n')
  repo.write('src/old-name.ts', 'export const a = 1\n')
  repo.write('src/gone.ts', 'export const gone = true\n')
  shas.root = repo.commit('Initial commit')
  repo.git(['tag', 'v1'])
  repo.write('src/app.ts', 'export const app = 1\nexport const b = 2\n')
  shas.c2 = repo.commit('Add app (#12)\n\nLonger body @someone', BOB)
  repo.write('db/migrations/001_add_users.sql', 'create table users (id int);\n')
  repo.git(['mv', 'src/old-name.ts', 'src/new-name.ts'])
  repo.git(['rm', '-q', 'src/gone.ts'])
  shas.c3 = repo.commit('Migrate users table')
  repo.write('README.md', '# app\n\nNow with docs.\n')
  repo.write('package.json', '{"name":"app","version":"2.0.0"}\n')
  shas.c4 = repo.commit('Bump version')
  shas.big = repo.bulk('big', shas.c4, 260, 60)
  gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  octokit = new Octokit({ auth: TOKEN, baseUrl: gh.url })
})

afterAll(async () => {
  await gh?.close()
  repo?.remove()
})

afterEach(() => {
  // Tests that send invalid traffic on purpose take their violations out before this runs.
  expect(gh.violations).toEqual([])
  gh.faults.clear()
})

function api(path: string, init: RequestInit & { json?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${gh.url}${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as Record<string, string>) },
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
}

interface ErrorJson {
  message: string
  errors: Record<string, unknown>[]
}
interface IssueJson {
  number: number
  assignees: { login: string }[]
}
interface CompareJson {
  total_commits: number
  commits: { sha: string; author: { login: string } | null; commit: { message: string } }[]
  files?: unknown[]
}

/** The JSON body of a response, typed by the caller. */
function read<T>(res: Response): Promise<T> {
  return res.json() as Promise<T>
}

function takeViolations(): string[] {
  return gh.violations.splice(0)
}

async function allPages<T>(first: string): Promise<T[]> {
  const out: T[] = []
  let next: string | undefined = first
  while (next) {
    const res: { data: unknown; headers: { link?: string } } = await octokit.request(`GET ${next}`)
    out.push(...(res.data as T[]))
    next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.link ?? '')?.[1]
  }
  return out
}

describe('authentication and routing', () => {
  test('requires a token, accepts "token" and "Bearer", rejects a wrong one', async () => {
    const none = await fetch(`${gh.url}/repos/acme/shop`)
    expect(none.status).toBe(401)
    expect(await none.json()).toMatchObject({ message: 'Requires authentication' })
    const wrong = await fetch(`${gh.url}/repos/acme/shop`, {
      headers: { authorization: 'token nope' },
    })
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' })
    for (const scheme of ['token', 'Bearer']) {
      const ok = await fetch(`${gh.url}/repos/acme/shop`, {
        headers: { authorization: `${scheme} ${TOKEN}` },
      })
      expect(ok.status).toBe(200)
    }
  })

  test('GET /repos/{owner}/{repo} answers with a full repository', async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'shop',
    })
    expect(data).toMatchObject({
      full_name: 'acme/shop',
      default_branch: 'main',
      html_url: 'https://github.com/acme/shop',
    })
    const other = await api('/repos/acme/elsewhere')
    expect(other.status).toBe(404)
  })

  test('unknown routes are 404 with GitHub JSON; only paths GitHub lacks are violations', async () => {
    const made_up = await api('/repos/acme/shop/made-up-endpoint')
    expect(made_up.status).toBe(404)
    expect(await made_up.json()).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) }) // prettier-ignore
    expect(takeViolations()).toEqual([
      expect.stringContaining('GET /repos/acme/shop/made-up-endpoint: not an operation'),
    ])
    const real = await api('/repos/acme/shop/environments')
    expect(real.status).toBe(404)
    expect(gh.unimplemented).toContain('GET /repos/{owner}/{repo}/environments')
  })

  test('records every request in order with its status and body', async () => {
    const before = gh.requests.length
    await api('/repos/acme/shop/labels?per_page=2')
    await api('/repos/acme/shop/issues', { method: 'POST', json: { title: 'recorded' } })
    expect(gh.requests.slice(before)).toEqual([
      {
        method: 'GET',
        path: '/repos/acme/shop/labels?per_page=2',
        template: '/repos/{owner}/{repo}/labels',
        status: 200,
      },
      {
        method: 'POST',
        path: '/repos/acme/shop/issues',
        template: '/repos/{owner}/{repo}/issues',
        status: 201,
        body: { title: 'recorded' },
      },
    ])
  })
})

describe('deployments', () => {
  test('create, statuses newest first, get, and the recorded state', async () => {
    const { data: d } = await octokit.request('POST /repos/{owner}/{repo}/deployments', {
      owner: 'acme',
      repo: 'shop',
      ref: 'main',
      environment: 'production',
      task: 'deploy',
      auto_merge: false,
      required_contexts: [],
      payload: { rollback_of: 'abc' },
      description: 'first',
    })
    expect(d).toMatchObject({ sha: shas.c4, ref: 'main', environment: 'production', payload: { rollback_of: 'abc' }, production_environment: true }) // prettier-ignore
    if (!('id' in d)) throw new Error('expected a deployment')
    const id = Number(d.id)
    const status = (state: 'in_progress' | 'success') =>
      octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: 'acme',
        repo: 'shop',
        deployment_id: id,
        state,
        log_url: 'https://example.com/run/1',
        environment_url: 'https://shop.example.com',
        description: `now ${state}`,
      })
    await status('in_progress')
    const { data: done } = await status('success')
    expect(done).toMatchObject({ state: 'success', log_url: 'https://example.com/run/1', target_url: 'https://example.com/run/1', environment: 'production' }) // prettier-ignore
    const { data: list } = await octokit.request(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      { owner: 'acme', repo: 'shop', deployment_id: id },
    )
    expect(list.map((s) => s.state)).toEqual(['success', 'in_progress'])
    const { data: again } = await octokit.request(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
      { owner: 'acme', repo: 'shop', deployment_id: id },
    )
    expect(again.id).toBe(id)
    expect(gh.state.deployment(id)?.sha).toBe(shas.c4)
    expect(gh.state.statusesOf(id).map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect((await api('/repos/acme/shop/deployments/999')).status).toBe(404)
  })

  test('list filters by sha, ref, task and environment, newest first, with pagination', async () => {
    for (let i = 0; i < 25; i++) {
      gh.state.createDeployment({ ref: i % 2 ? 'v1' : shas.c2!, environment: 'qa', task: i % 5 ? 'deploy' : 'deploy:migrations' }) // prettier-ignore
    }
    const first = await api('/repos/acme/shop/deployments?environment=qa&per_page=10')
    const link = first.headers.get('link') ?? ''
    expect(link).toContain('rel="next"')
    expect(link).toMatch(/page=3>; rel="last"/)
    const all = await allPages<{ id: number; environment: string }>(
      '/repos/acme/shop/deployments?environment=qa&per_page=10',
    )
    expect(all).toHaveLength(25)
    expect(all.every((d) => d.environment === 'qa')).toBe(true)
    expect(all.map((d) => d.id)).toEqual([...all.map((d) => d.id)].sort((a, b) => b - a))
    const bySha = await (await api(`/repos/acme/shop/deployments?sha=${shas.root}&environment=qa`)).json() // prettier-ignore
    expect(bySha).toHaveLength(12)
    const byRef = await (await api('/repos/acme/shop/deployments?ref=v1&environment=qa')).json()
    expect(byRef).toHaveLength(12)
    const byTask = await (await api('/repos/acme/shop/deployments?task=deploy:migrations')).json()
    expect(byTask).toHaveLength(5)
  })

  test('GitHub errors: unknown ref, missing ref (a violation), long status description', async () => {
    const unknown = await api('/repos/acme/shop/deployments', { method: 'POST', json: { ref: 'nope' } }) // prettier-ignore
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toMatchObject({ message: 'No ref found for: nope' })

    const missing = await api('/repos/acme/shop/deployments', { method: 'POST', json: { environment: 'production' } }) // prettier-ignore
    expect(missing.status).toBe(422)
    expect((await read<ErrorJson>(missing)).message).toMatch(/^Invalid request/)
    expect(takeViolations()).toEqual([expect.stringMatching(/POST \/repos\/acme\/shop\/deployments request: body\.ref is required/)]) // prettier-ignore

    const d = gh.state.createDeployment({ ref: 'main' })
    const long = await api(`/repos/acme/shop/deployments/${d.id}/statuses`, { method: 'POST', json: { state: 'failure', description: 'x'.repeat(141) } }) // prettier-ignore
    expect(long.status).toBe(422)
    expect(await long.json()).toMatchObject({ errors: [{ field: 'description', code: 'custom' }] })

    const badState = await api(`/repos/acme/shop/deployments/${d.id}/statuses`, { method: 'POST', json: { state: 'exploded' } }) // prettier-ignore
    expect(badState.status).toBe(422)
    expect(takeViolations()).toEqual([expect.stringContaining('body.state')])
  })

  test('environment names: stored as sent, filtered exactly by default', async () => {
    for (const environment of ['Canary', 'canary']) {
      await api('/repos/acme/shop/deployments', { method: 'POST', json: { ref: 'main', environment } }) // prettier-ignore
    }
    const stored = gh.state.deployments.filter((d) => d.environment.toLowerCase() === 'canary')
    expect(stored.map((d) => [d.environment, d.original_environment])).toEqual([['Canary', 'Canary'], ['canary', 'canary']]) // prettier-ignore
    const list = async (q: string) =>
      (await read<{ environment: string }[]>(await api(`/repos/acme/shop/deployments?environment=${q}`))).map((d) => d.environment) // prettier-ignore
    expect(await list('canary')).toEqual(['canary'])
    expect(await list('Canary')).toEqual(['Canary'])
    expect(await list('CANARY')).toEqual([])
  })

  test('environment names: the case-insensitive reading, on request', async () => {
    const own = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', environmentMatch: 'case-insensitive' }) // prettier-ignore
    try {
      own.state.createDeployment({ ref: 'main', environment: 'Canary' })
      own.state.createDeployment({ ref: 'main', environment: 'canary' })
      own.state.createDeployment({ ref: 'main', environment: 'canary-eu' })
      const res = await fetch(`${own.url}/repos/acme/shop/deployments?environment=CANARY`, { headers: { authorization: 'token x' } }) // prettier-ignore
      const found = await read<{ environment: string }[]>(res)
      expect(found.map((d) => d.environment)).toEqual(['canary', 'Canary'])
      expect(own.violations).toEqual([])
    } finally {
      await own.close()
    }
  })

  test('auto_inactive retires earlier successful non-production deployments', async () => {
    const a = gh.state.createDeployment({ ref: 'main', environment: 'staging' })
    gh.state.createDeploymentStatus(a.id, { state: 'success' })
    const b = gh.state.createDeployment({ ref: 'main', environment: 'staging' })
    await api(`/repos/acme/shop/deployments/${b.id}/statuses`, { method: 'POST', json: { state: 'success' } }) // prettier-ignore
    expect(gh.state.statusesOf(a.id).map((s) => s.state)).toEqual(['success', 'inactive'])
    const p1 = gh.state.createDeployment({ ref: 'main', environment: 'prod-eu', production_environment: true }) // prettier-ignore
    gh.state.createDeploymentStatus(p1.id, { state: 'success' })
    const p2 = gh.state.createDeployment({ ref: 'main', environment: 'prod-eu', production_environment: true }) // prettier-ignore
    gh.state.createDeploymentStatus(p2.id, { state: 'success' })
    expect(gh.state.statusesOf(p1.id).map((s) => s.state)).toEqual(['success'])
  })
})

describe('who writes, and whether a workflow starts', () => {
  test('the default token acts as github-actions[bot]; its deployments start no workflow, its dispatches do', async () => {
    const res = await api('/repos/acme/shop/deployments', { method: 'POST', json: { ref: 'main', environment: 'who' } }) // prettier-ignore
    const d = await read<{ id: number; creator: { login: string; type: string } }>(res)
    expect(d.creator).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    expect(gh.state.startsWorkflows(d.id)).toBe(false)
    const status = await api(`/repos/acme/shop/deployments/${d.id}/statuses`, { method: 'POST', json: { state: 'success' } }) // prettier-ignore
    expect(await status.json()).toMatchObject({ creator: { login: 'github-actions[bot]' } })
    await api('/repos/acme/shop/actions/workflows/deploy.yml/dispatches', { method: 'POST', json: { ref: 'main' } }) // prettier-ignore
    expect(gh.state.dispatches.at(-1)).toMatchObject({ creator: 'github-actions[bot]', starts_workflows: true }) // prettier-ignore
  })

  test('several tokens, each acting as its own login; a PAT deployment starts workflows', async () => {
    const own = await startStandIn({
      repoDir: repo.dir,
      owner: 'acme',
      repo: 'shop',
      token: 'ghs_default',
      tokens: { ghp_personal: 'release-bot' },
    })
    try {
      const as = (token: string, path: string, json?: unknown, method = 'POST') =>
        fetch(`${own.url}${path}`, {
          method,
          headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
          body: json === undefined ? undefined : JSON.stringify(json),
        })
      const byBot = await read<{ id: number }>(await as('ghs_default', '/repos/acme/shop/deployments', { ref: 'main' })) // prettier-ignore
      const byPat = await read<{ id: number; creator: { login: string } }>(await as('ghp_personal', '/repos/acme/shop/deployments', { ref: 'main' })) // prettier-ignore
      expect(byPat.creator.login).toBe('release-bot')
      expect([own.state.startsWorkflows(byBot.id), own.state.startsWorkflows(byPat.id)]).toEqual([false, true]) // prettier-ignore
      const issue = await read<{ number: number; user: { login: string } }>(await as('ghp_personal', '/repos/acme/shop/issues', { title: 'by hand' })) // prettier-ignore
      expect(issue.user.login).toBe('release-bot')
      const closed = await as('ghs_default', `/repos/acme/shop/issues/${issue.number}`, { state: 'closed' }, 'PATCH') // prettier-ignore
      expect(await closed.json()).toMatchObject({ closed_by: { login: 'github-actions[bot]' } })
      const comment = await as('ghp_personal', `/repos/acme/shop/issues/${issue.number}/comments`, { body: 'hi' }) // prettier-ignore
      expect(await comment.json()).toMatchObject({ user: { login: 'release-bot' } })
      expect((await as('ghp_other', '/repos/acme/shop/issues', { title: 'x' })).status).toBe(401)
      expect(own.violations).toEqual([])
    } finally {
      await own.close()
    }
  })

  test('tokenLogin names the login of any token when none is configured', async () => {
    const own = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', tokenLogin: 'deployer-app[bot]' }) // prettier-ignore
    try {
      const res = await fetch(`${own.url}/repos/acme/shop/deployments`, {
        method: 'POST',
        headers: { authorization: 'Bearer anything' },
        body: JSON.stringify({ ref: 'v1' }),
      })
      const d = await read<{ id: number; creator: { login: string } }>(res)
      expect(d.creator.login).toBe('deployer-app[bot]')
      expect(own.state.startsWorkflows(d.id)).toBe(true)
      expect(own.state.createIssue({ title: 'seeded' }).user?.login).toBe('deployer-app[bot]')
    } finally {
      await own.close()
    }
  })
})

describe('recordDeployment: history as a workflow job would have left it', () => {
  test('any ref the repository resolves, stored as the full SHA, with statuses by the creator', () => {
    const d = gh.state.recordDeployment({ sha: 'v1', environment: 'recorded', statuses: ['in_progress', { state: 'success', description: 'verified', environment_url: 'https://shop.example' }] }) // prettier-ignore
    expect(d).toMatchObject({ sha: shas.root, ref: 'v1', environment: 'recorded', creator: { login: 'github-actions[bot]' } }) // prettier-ignore
    expect(gh.state.statusesOf(d.id).map((s) => [s.state, s.description, s.creator?.login])).toEqual([['in_progress', '', 'github-actions[bot]'], ['success', 'verified', 'github-actions[bot]']]) // prettier-ignore
    expect(gh.state.startsWorkflows(d.id)).toBe(false)
    const byAlice = gh.state.recordDeployment({ sha: shas.c2!.slice(0, 10), ref: 'main', creator: 'alice' }) // prettier-ignore
    expect(byAlice).toMatchObject({ sha: shas.c2, ref: 'main', environment: 'production' })
    expect(gh.state.startsWorkflows(byAlice.id)).toBe(true)
    expect(() => gh.state.recordDeployment({ sha: 'nowhere' })).toThrow(/No commit found for SHA: nowhere/) // prettier-ignore
  })
})

describe('issues, comments and labels', () => {
  test('create with labels and assignees; labels are created; list filters need every label', async () => {
    const create = (title: string, labels: string[]) =>
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: 'acme',
        repo: 'shop',
        title,
        body: `body of ${title}`,
        labels,
        assignees: ['octocat'],
      })
    const { data: prod } = await create('prod incident', ['deploy-guard', 'incident', 'env:production']) // prettier-ignore
    await create('staging incident', ['deploy-guard', 'incident', 'env:staging'])
    expect(prod).toMatchObject({
      state: 'open',
      html_url: `https://github.com/acme/shop/issues/${prod.number}`,
      assignee: { login: 'octocat' },
      user: { login: 'github-actions[bot]' },
    })
    expect(prod.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['deploy-guard', 'incident', 'env:production']) // prettier-ignore
    expect(gh.state.findLabel('env:production')).toBeDefined()

    const { data: found } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'shop',
      labels: 'deploy-guard,ENV:production',
      state: 'open',
    })
    expect(found.map((i) => i.number)).toEqual([prod.number])
    const both = await (await api('/repos/acme/shop/issues?labels=deploy-guard,incident')).json()
    expect(both).toHaveLength(2)

    await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'acme',
      repo: 'shop',
      issue_number: prod.number,
      state: 'closed',
    })
    const open = await (await api('/repos/acme/shop/issues?labels=env:production')).json()
    expect(open).toEqual([])
    const closed = await read<IssueJson[]>(await api('/repos/acme/shop/issues?labels=env:production&state=closed')) // prettier-ignore
    expect(closed[0]).toMatchObject({ state: 'closed', state_reason: 'completed', closed_at: expect.any(String) }) // prettier-ignore
  })

  test('sort, direction and pagination with a Link header', async () => {
    const made: number[] = []
    for (let i = 0; i < 7; i++) made.push(gh.state.createIssue({ title: `page ${i}`, labels: ['paging'] }).number) // prettier-ignore
    const res = await api('/repos/acme/shop/issues?labels=paging&per_page=3&direction=asc')
    expect(res.headers.get('link')).toMatch(/page=2>; rel="next".*page=3>; rel="last"/)
    const all = await allPages<{ number: number }>('/repos/acme/shop/issues?labels=paging&per_page=3&sort=created&direction=asc') // prettier-ignore
    expect(all.map((i) => i.number)).toEqual(made)
    const desc = await allPages<{ number: number }>('/repos/acme/shop/issues?labels=paging&per_page=3') // prettier-ignore
    expect(desc.map((i) => i.number)).toEqual([...made].reverse())
    gh.state.createComment(made[2]!, 'one')
    const byComments = await read<IssueJson[]>(await api('/repos/acme/shop/issues?labels=paging&sort=comments')) // prettier-ignore
    expect(byComments[0]!.number).toBe(made[2])
  })

  test('comments, added labels and assignees, get and 404', async () => {
    const issue = gh.state.createIssue({ title: 'talk' })
    const { data: c } = await octokit.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner: 'acme', repo: 'shop', issue_number: issue.number, body: 'Rollback verified' },
    )
    expect(c).toMatchObject({ body: 'Rollback verified', html_url: expect.stringContaining(`/issues/${issue.number}#issuecomment-`) }) // prettier-ignore
    const { data: list } = await octokit.request(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner: 'acme', repo: 'shop', issue_number: issue.number },
    )
    expect(list.map((x) => x.body)).toEqual(['Rollback verified'])
    const { data: labels } = await octokit.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      { owner: 'acme', repo: 'shop', issue_number: issue.number, labels: ['severity:P1', 'bug'] },
    )
    expect(labels.map((l) => l.name)).toEqual(['severity:P1', 'bug'])
    const { data: assigned } = await octokit.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees',
      { owner: 'acme', repo: 'shop', issue_number: issue.number, assignees: ['alice', 'bob'] },
    )
    expect(assigned.assignees?.map((a) => a.login)).toEqual(['alice', 'bob'])
    const { data: got } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'acme',
      repo: 'shop',
      issue_number: issue.number,
    })
    expect(got.comments).toBe(1)
    expect((await api('/repos/acme/shop/issues/99999')).status).toBe(404)
    expect((await api('/repos/acme/shop/issues/99999/comments', { method: 'POST', json: { body: 'x' } })).status).toBe(404) // prettier-ignore
  })

  test('bodies over 65536 characters are rejected like GitHub does', async () => {
    const ok = await api('/repos/acme/shop/issues', { method: 'POST', json: { title: 'max', body: 'é'.repeat(65536) } }) // prettier-ignore
    expect(ok.status).toBe(201)
    const tooLong = await api('/repos/acme/shop/issues', { method: 'POST', json: { title: 'big', body: 'x'.repeat(65537) } }) // prettier-ignore
    expect(tooLong.status).toBe(422)
    expect(await tooLong.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], // prettier-ignore
    })
    const { number } = await read<IssueJson>(ok)
    const patch = await api(`/repos/acme/shop/issues/${number}`, { method: 'PATCH', json: { body: 'x'.repeat(65537) } }) // prettier-ignore
    expect(patch.status).toBe(422)
    const comment = await api(`/repos/acme/shop/issues/${number}/comments`, { method: 'POST', json: { body: 'x'.repeat(65537) } }) // prettier-ignore
    expect(comment.status).toBe(422)
    expect((await read<ErrorJson>(comment)).errors[0]).toMatchObject({ resource: 'IssueComment', field: 'body' }) // prettier-ignore
  })

  test('labels: list with defaults, get by name, 404, create, duplicate', async () => {
    const all = await allPages<{ name: string; default: boolean }>('/repos/acme/shop/labels?per_page=5') // prettier-ignore
    expect(all.filter((l) => l.default).map((l) => l.name)).toContain('bug')
    const get = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
      owner: 'acme',
      repo: 'shop',
      name: 'env:staging',
    })
    expect(get.data.name).toBe('env:staging')
    expect((await api('/repos/acme/shop/labels/no-such-label')).status).toBe(404)
    const { data: created } = await octokit.request('POST /repos/{owner}/{repo}/labels', {
      owner: 'acme',
      repo: 'shop',
      name: 'severity:P2',
      color: 'fbca04',
      description: 'Some probes failing',
    })
    expect(created).toMatchObject({ name: 'severity:P2', color: 'fbca04', default: false })
    const dup = await api('/repos/acme/shop/labels', { method: 'POST', json: { name: 'SEVERITY:p2' } }) // prettier-ignore
    expect(dup.status).toBe(422)
    expect(await dup.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    })
  })

  test('assignable logins: creating with a stranger fails, adding one drops it', async () => {
    gh.state.assignable = new Set(['octocat'])
    try {
      const bad = await api('/repos/acme/shop/issues', { method: 'POST', json: { title: 't', assignees: ['stranger'] } }) // prettier-ignore
      expect(bad.status).toBe(422)
      expect(await bad.json()).toMatchObject({ errors: [{ field: 'assignees', code: 'invalid', value: 'stranger' }] }) // prettier-ignore
      const issue = gh.state.createIssue({ title: 'assign later' })
      const res = await api(`/repos/acme/shop/issues/${issue.number}/assignees`, { method: 'POST', json: { assignees: ['stranger', 'octocat'] } }) // prettier-ignore
      expect((await read<IssueJson>(res)).assignees.map((a) => a.login)).toEqual(['octocat'])
    } finally {
      gh.state.assignable = null
    }
  })
})

describe('compare, commits and pull requests from the real repository', () => {
  test('compare lists commits oldest first with authors, and files with their changes', async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: 'acme',
      repo: 'shop',
      basehead: `${shas.root}...main`,
    })
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3, html_url: `https://github.com/acme/shop/compare/${shas.root}...main` }) // prettier-ignore
    expect(data.commits.map((c) => c.sha)).toEqual([shas.c2, shas.c3, shas.c4])
    expect(data.commits[0]!.commit).toMatchObject({
      message: 'Add app (#12)\n\nLonger body @someone',
      author: { name: BOB.name, email: BOB.email, date: '2025-01-06T11:00:00Z' },
    })
    const files = Object.fromEntries((data.files ?? []).map((f) => [f.filename, f]))
    expect(files['src/app.ts']).toMatchObject({ status: 'added', additions: 2, deletions: 0, changes: 2 }) // prettier-ignore
    expect(files['src/gone.ts']).toMatchObject({ status: 'removed', deletions: 1 })
    expect(files['src/new-name.ts']).toMatchObject({ status: 'renamed', previous_filename: 'src/old-name.ts' }) // prettier-ignore
    expect(files['db/migrations/001_add_users.sql']).toMatchObject({ status: 'added' })
    expect(files['README.md']).toMatchObject({ status: 'modified', additions: 2, deletions: 0 })
    expect(data.base_commit.sha).toBe(shas.root)
  })

  test('commit authors map to GitHub users when registered', async () => {
    gh.state.authors.set(ALICE.email, 'alice')
    try {
      const res = await read<CompareJson>(await api(`/repos/acme/shop/compare/v1...${shas.c3}`))
      expect(res.commits.map((c) => c.author?.login ?? null)).toEqual([null, 'alice']) // prettier-ignore
    } finally {
      gh.state.authors.clear()
    }
  })

  test('large comparisons: 250 commits (the newest), total_commits true, 300 files; paging', async () => {
    const res = await api('/repos/acme/shop/compare/main...big')
    const data = await read<CompareJson>(res)
    expect(data.total_commits).toBe(260)
    expect(data.commits).toHaveLength(250)
    expect(data.commits.at(-1)!.sha).toBe(shas.big)
    expect(data.commits[0]!.commit.message).toBe('bulk change 11')
    expect(data.files).toHaveLength(300)
    expect(res.headers.get('link')).toBeNull()

    const page3 = await api('/repos/acme/shop/compare/main...big?per_page=100&page=3')
    const p3 = await read<CompareJson>(page3)
    expect(p3.commits).toHaveLength(60)
    expect(p3.commits[0]!.commit.message).toBe('bulk change 201')
    expect(p3.files).toBeUndefined()
    expect(page3.headers.get('link')).toMatch(/rel="prev"/)
    const page1 = await read<CompareJson>(
      await api('/repos/acme/shop/compare/main...big?per_page=100'),
    )
    expect(page1.commits[0]!.commit.message).toBe('bulk change 1')
    expect(page1.files).toHaveLength(300)

    const behind = await (await api('/repos/acme/shop/compare/big...main')).json()
    expect(behind).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 260, commits: [] })
    expect((await api('/repos/acme/shop/compare/main...nope')).status).toBe(404)
    expect((await api('/repos/acme/shop/compare/main')).status).toBe(404)
  })

  test('compare paging as documented: per_page 30 by default, at most 100, Link to the last page', async () => {
    const page2 = await api('/repos/acme/shop/compare/main...big?page=2')
    const p2 = await read<CompareJson>(page2)
    expect(p2.total_commits).toBe(260)
    expect(p2.commits).toHaveLength(30)
    expect(p2.commits[0]!.commit.message).toBe('bulk change 31')
    expect(p2.files).toBeUndefined()
    expect(page2.headers.get('link')).toMatch(/[?&]page=9>; rel="last"/)

    // per_page above GitHub's maximum of 100 is 100.
    const wide = await api('/repos/acme/shop/compare/main...big?per_page=250')
    const w = await read<CompareJson>(wide)
    expect(w.commits).toHaveLength(100)
    expect(w.commits.map((c) => c.commit.message).slice(0, 2)).toEqual(['bulk change 1', 'bulk change 2']) // prettier-ignore
    expect(w.files).toHaveLength(300)
    expect(wide.headers.get('link')).toMatch(/[?&]page=3>; rel="last"/)

    // Every page together is the whole comparison, oldest first, each commit once.
    const all: string[] = []
    let next: string | undefined = `${gh.url}/repos/acme/shop/compare/main...big?per_page=100`
    while (next) {
      const res: Response = await api(next.slice(gh.url.length))
      all.push(...(await read<CompareJson>(res)).commits.map((c) => c.commit.message))
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
    }
    expect(all).toEqual(Array.from({ length: 260 }, (_, i) => `bulk change ${i + 1}`)) // prettier-ignore
    const beyond = await read<CompareJson>(await api('/repos/acme/shop/compare/main...big?per_page=100&page=4')) // prettier-ignore
    expect(beyond).toMatchObject({ total_commits: 260, commits: [] })
  })

  test('GET /commits/{ref}: stats and files against the parent; root commits; unknown refs', async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner: 'acme',
      repo: 'shop',
      ref: shas.c3!,
    })
    expect(data.sha).toBe(shas.c3)
    expect(data.parents.map((p) => p.sha)).toEqual([shas.c2])
    expect(data.files?.map((f) => f.status).sort()).toEqual(['added', 'removed', 'renamed'])
    expect(data.stats).toEqual({ additions: 1, deletions: 1, total: 2 })
    const root = await read<{ files: unknown[]; parents: unknown[] }>(
      await api('/repos/acme/shop/commits/v1'),
    )
    expect(root.files).toHaveLength(4)
    expect(root.parents).toEqual([])
    const unknown = await api('/repos/acme/shop/commits/deadbeef')
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toMatchObject({ message: 'No commit found for SHA: deadbeef' })
  })

  test('pull requests for a commit come from what the test registered', async () => {
    gh.state.registerPull(shas.c2!, { number: 12, title: 'Add app', user: 'bob', labels: ['feature'] }) // prettier-ignore
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      owner: 'acme',
      repo: 'shop',
      commit_sha: shas.c2!.slice(0, 7),
    })
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({
      number: 12,
      title: 'Add app',
      html_url: 'https://github.com/acme/shop/pull/12',
      user: { login: 'bob' },
      merged_at: expect.any(String),
    })
    const none = await (await api(`/repos/acme/shop/commits/${shas.c3}/pulls`)).json()
    expect(none).toEqual([])
    // Issue numbers continue after registered pull requests, as the two share a sequence on GitHub.
    expect(gh.state.createIssue({ title: 'after the PR' }).number).toBeGreaterThan(12)
  })
})

describe('workflow dispatch', () => {
  test('records ref and inputs; 204; unknown refs are 422; run details on request', async () => {
    const res = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      { owner: 'acme', repo: 'shop', workflow_id: 'rollback.yml', ref: 'main', inputs: { sha: shas.c2!, reason: 'probes failed' } }, // prettier-ignore
    )
    expect(res.status).toBe(204)
    expect(gh.state.dispatches.at(-1)).toMatchObject({ workflow_id: 'rollback.yml', ref: 'main', inputs: { sha: shas.c2, reason: 'probes failed' } }) // prettier-ignore
    const bad = await api('/repos/acme/shop/actions/workflows/rollback.yml/dispatches', { method: 'POST', json: { ref: 'no-branch' } }) // prettier-ignore
    expect(bad.status).toBe(422)
    const sha = await api('/repos/acme/shop/actions/workflows/rollback.yml/dispatches', { method: 'POST', json: { ref: shas.c2 } }) // prettier-ignore
    expect(sha.status).toBe(422)
    const details = await api('/repos/acme/shop/actions/workflows/42/dispatches', { method: 'POST', json: { ref: 'v1', return_run_details: true } }) // prettier-ignore
    expect(details.status).toBe(200)
    expect(await details.json()).toMatchObject({ workflow_run_id: expect.any(Number) })
  })
})

describe('faults', () => {
  test('5xx for `times` requests, then the real answer', async () => {
    gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 502, times: 2 }) // prettier-ignore
    const post = () => api('/repos/acme/shop/issues', { method: 'POST', json: { title: 'retry me' } }) // prettier-ignore
    const first = await post()
    expect(first.status).toBe(502)
    expect(await first.json()).toMatchObject({ message: expect.any(String) })
    expect((await post()).status).toBe(502)
    expect((await post()).status).toBe(201)
  })

  test('`skip` lets the first matching requests through, and requests record their template', async () => {
    gh.faults.inject({ method: 'GET', path: '/repos/{owner}/{repo}/labels', status: 500, skip: 2 })
    const get = () => api('/repos/acme/shop/labels')
    const before = gh.requests.length
    expect([(await get()).status, (await get()).status, (await get()).status]).toEqual([
      200, 200, 500,
    ])
    expect((await get()).status).toBe(200)
    expect(gh.requests.slice(before).map((r) => r.template)).toEqual(
      Array(4).fill('/repos/{owner}/{repo}/labels'),
    )
  })

  test('Octokit with plugin-retry recovers from a 500', async () => {
    const Retrying = Octokit.plugin(retry)
    const client = new Retrying({ auth: TOKEN, baseUrl: gh.url, retry: { retryAfterBaseValue: 1 } })
    gh.faults.inject({ path: /\/labels$/, status: 500 })
    const before = gh.requests.length
    const { data } = await client.request('GET /repos/{owner}/{repo}/labels', { owner: 'acme', repo: 'shop' }) // prettier-ignore
    expect(data.length).toBeGreaterThan(0)
    expect(gh.requests.slice(before).map((r) => r.status)).toEqual([500, 200])
  })

  test('403 secondary rate limit with retry-after, honoured by plugin-throttling', async () => {
    gh.faults.inject({ path: '/repos/acme/shop/issues', method: 'POST', status: 403, retryAfter: 2 }) // prettier-ignore
    const raw = await api('/repos/acme/shop/issues', { method: 'POST', json: { title: 'limited' } })
    expect(raw.status).toBe(403)
    expect(raw.headers.get('retry-after')).toBe('2')
    expect(await raw.json()).toMatchObject({
      message: expect.stringMatching(/^You have exceeded a secondary rate limit/),
      documentation_url: expect.stringContaining('secondary-rate-limits'),
    })

    const Throttled = Octokit.plugin(throttling)
    const seen: number[] = []
    const client = new Throttled({
      auth: TOKEN,
      baseUrl: gh.url,
      throttle: {
        retryAfterBaseValue: 1,
        onSecondaryRateLimit: (after: number) => (seen.push(after), true),
        onRateLimit: () => false,
      },
    })
    // A read, so plugin-throttling's one-write-per-second pacing does not slow the suite down.
    gh.faults.inject({ path: '/repos/{owner}/{repo}/labels/{name}', status: 403, retryAfter: 3 })
    const { data } = await client.request('GET /repos/{owner}/{repo}/labels/{name}', {
      owner: 'acme',
      repo: 'shop',
      name: 'bug',
    })
    expect(data.name).toBe('bug')
    expect(seen).toEqual([3])
  })

  test('afterWrite: the write is carried out and only its answer is lost', async () => {
    const titled = (title: string) => gh.state.issues.filter((i) => i.title === title)
    const post = (title: string) => api('/repos/acme/shop/issues', { method: 'POST', json: { title } }) // prettier-ignore

    // Before the write (the default), a 502 leaves nothing behind.
    gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 502 })
    expect((await post('not written')).status).toBe(502)
    expect(titled('not written')).toHaveLength(0)

    gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 502, afterWrite: true }) // prettier-ignore
    const lost = await post('written anyway')
    expect(lost.status).toBe(502)
    expect(await lost.json()).toMatchObject({ message: 'Bad Gateway' })
    expect(titled('written anyway')).toHaveLength(1)
    expect(gh.requests.at(-1)).toMatchObject({ method: 'POST', status: 502 })
    expect((await post('next one')).status).toBe(201)
  })

  test('afterWrite with hang: the deployment exists, the answer never comes', async () => {
    const before = gh.state.deployments.length
    gh.faults.inject({ method: 'POST', path: /\/deployments$/, hang: true, afterWrite: true })
    const res = api('/repos/acme/shop/deployments', { method: 'POST', json: { ref: 'main', environment: 'hang' }, signal: AbortSignal.timeout(300) }) // prettier-ignore
    await expect(res).rejects.toThrow()
    expect(gh.state.deployments.slice(before)).toEqual([expect.objectContaining({ environment: 'hang' })]) // prettier-ignore
    expect(gh.requests.at(-1)).toMatchObject({ status: 0 })
  })

  test('afterWrite with delayMs: written at once, answered late with the real answer', async () => {
    const issue = gh.state.createIssue({ title: 'slow comments' })
    gh.faults.inject({ method: 'POST', path: /\/comments$/, delayMs: 400, afterWrite: true })
    const t0 = performance.now()
    const pending = api(`/repos/acme/shop/issues/${issue.number}/comments`, { method: 'POST', json: { body: 'hello' } }) // prettier-ignore
    await new Promise((r) => setTimeout(r, 200))
    expect(gh.state.commentsOf(issue.number).map((c) => c.body)).toEqual(['hello'])
    const res = await pending
    expect(res.status).toBe(201)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(390)
  })

  test('a secondary rate limit without retry-after, as GitHub also sends', async () => {
    gh.faults.inject({ path: '/repos/{owner}/{repo}', status: 429, retryAfter: null })
    const res = await api('/repos/acme/shop')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBeNull()
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect(await read<ErrorJson>(res)).toMatchObject({ message: expect.stringMatching(/secondary rate limit/) }) // prettier-ignore

    gh.faults.inject({ path: '/repos/{owner}/{repo}', status: 403, retryAfter: null, headers: { 'x-ratelimit-remaining': '0' } }) // prettier-ignore
    const spent = await api('/repos/acme/shop')
    expect(spent.status).toBe(403)
    expect(spent.headers.get('retry-after')).toBeNull()
    expect(spent.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(spent.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
  })

  test('404 and 422 faults use GitHub error shapes', async () => {
    gh.faults.inject({ path: '/repos/acme/shop/labels/bug', status: 404 })
    const nf = await api('/repos/acme/shop/labels/bug')
    expect(nf.status).toBe(404)
    expect(await nf.json()).toMatchObject({ message: 'Not Found', status: '404' })
    gh.faults.inject({ path: '/repos/acme/shop/labels', method: 'POST', status: 422 })
    const vf = await api('/repos/acme/shop/labels', { method: 'POST', json: { name: 'fresh' } })
    expect(vf.status).toBe(422)
    expect(await vf.json()).toMatchObject({ message: 'Validation Failed', errors: [] })
    expect(gh.state.findLabel('fresh')).toBeUndefined()
  })

  test('a primary rate limit through a custom message and headers', async () => {
    gh.faults.inject({
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0' },
    })
    const res = await api('/repos/acme/shop')
    expect(res.status).toBe(403)
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(res.headers.get('retry-after')).toBeNull()
    expect(await read<ErrorJson>(res)).toMatchObject({ message: 'API rate limit exceeded for installation ID 1.' }) // prettier-ignore
  })

  test('delayMs slows a normal answer; hang never answers', async () => {
    gh.faults.inject({ path: '/repos/acme/shop', delayMs: 300 })
    const t0 = performance.now()
    expect((await api('/repos/acme/shop')).status).toBe(200)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290)

    gh.faults.inject({ path: '/repos/acme/shop', hang: true })
    await expect(api('/repos/acme/shop', { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect(gh.requests.at(-1)).toMatchObject({ path: '/repos/acme/shop', status: 0 })
    expect((await api('/repos/acme/shop')).status).toBe(200)
  })

  test('close() ends hanging requests', async () => {
    const own = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop' })
    own.faults.inject({ hang: true, times: Infinity })
    const pending = fetch(`${own.url}/repos/acme/shop`, { headers: { authorization: 'token x' } })
    await new Promise((r) => setTimeout(r, 50))
    const t0 = performance.now()
    await own.close()
    expect(performance.now() - t0).toBeLessThan(1000)
    await expect(pending).rejects.toThrow()
  })
})

describe('OpenAPI checks', () => {
  test('an invalid response from the stand-in is a violation', async () => {
    const issue = gh.state.createIssue({ title: 'to corrupt' })
    ;(issue as unknown as { title: number }).title = 42
    ;(issue as unknown as { locked?: boolean }).locked = undefined
    await api(`/repos/acme/shop/issues/${issue.number}`)
    const v = takeViolations()
    expect(v).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/response 200: response\.title: expected string/),
        expect.stringMatching(/response 200: response\.locked is required/),
      ]),
    )
    issue.title = 'fixed'
    issue.locked = false
  })

  test('invalid query parameters and path parameters are violations', async () => {
    const q = await api('/repos/acme/shop/issues?state=sideways')
    expect(q.status).toBe(422)
    const p = await api('/repos/acme/shop/issues/not-a-number')
    expect(p.status).toBe(404)
    const body = await api('/repos/acme/shop/issues', { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } }) // prettier-ignore
    expect(body.status).toBe(400)
    expect(takeViolations()).toEqual([
      expect.stringContaining('query parameter state'),
      expect.stringContaining('path parameter issue_number'),
      expect.stringContaining('request body is not JSON'),
    ])
  })

  test('formats are enforced, except the empty URLs GitHub documents as their default', async () => {
    const d = gh.state.createDeployment({ ref: 'main', environment: 'formats' })
    // No URLs given: GitHub answers "" for target_url, log_url and environment_url, which the
    // description declares `format: uri` with `default: ""`. That is not a violation.
    const res = await api(`/repos/acme/shop/deployments/${d.id}/statuses`, { method: 'POST', json: { state: 'success' } }) // prettier-ignore
    expect(await res.json()).toMatchObject({ target_url: '', log_url: '', environment_url: '' })
    expect(takeViolations()).toEqual([])

    const status = gh.state.statusesOf(d.id)[0]!
    status.log_url = 'not a url'
    status.created_at = 'yesterday'
    await api(`/repos/acme/shop/deployments/${d.id}/statuses`)
    expect(takeViolations()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/response\[0\]\.log_url: .*"not a url" must match format "uri"/),
        expect.stringMatching(
          /response\[0\]\.created_at: "yesterday" must match format "date-time"/,
        ),
      ]),
    )
    status.log_url = ''
    status.created_at = d.created_at
  })

  test('injected answers and 401s are held to the description as well', async () => {
    // A fault answering 200 with an error body is not what GitHub documents for a label.
    gh.faults.inject({ path: '/repos/{owner}/{repo}/labels/{name}', status: 200 })
    expect((await api('/repos/acme/shop/labels/bug')).status).toBe(200)
    expect(takeViolations()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/labels\/bug response 200: response\.id is required/),
      ]),
    )
    // An error GitHub documents without a body still carries GitHub's JSON message.
    gh.faults.inject({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', status: 409 })
    const conflict = await api('/repos/acme/shop/deployments', { method: 'POST', json: { ref: 'main' } }) // prettier-ignore
    expect(conflict.status).toBe(409)
    expect(takeViolations()).toEqual([])
    const anonymous = await fetch(`${gh.url}/repos/acme/shop/issues`)
    expect(anonymous.status).toBe(401)
    expect(gh.requests.at(-1)).toMatchObject({
      template: '/repos/{owner}/{repo}/issues',
      status: 401,
    })
    expect(await anonymous.json()).toMatchObject({
      documentation_url: expect.stringContaining('issues'),
    })
  })

  test('wrong types in bodies: labels as a bare string, a title object', async () => {
    const issue = gh.state.createIssue({ title: 'types' })
    const r1 = await api(`/repos/acme/shop/issues/${issue.number}/labels`, { method: 'POST', json: { labels: 'bug' } }) // prettier-ignore
    expect(r1.status).toBe(422)
    const r2 = await api('/repos/acme/shop/issues', { method: 'POST', json: { title: { text: 'x' } } }) // prettier-ignore
    expect(r2.status).toBe(422)
    expect(takeViolations()).toHaveLength(2)
  })
})
