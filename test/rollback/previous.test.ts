// Finding the previous good release from the Deployments API (the stand-in answers).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDemoRepo } from '../../demo/repo.js'
import { GitHub } from '../../src/github/client.js'
import { execFileSync } from 'node:child_process'
import { FAILED_MARK, VERIFIED_MARK, discoverPrevious, judge } from '../../src/rollback/previous.js'
import { startStandIn, type StandIn } from '../../demo/standin/index.js'

const TOKEN = 'ghs_previous_test_token_0123456789'
const repo = createDemoRepo(join(mkdtempSync(join(tmpdir(), 'dg-prev-')), 'repo'))
const [a, b, c] = [repo.good, repo.commits[0]!, repo.bad]
let gh: StandIn
let client: GitHub
beforeEach(async () => {
  gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  client = new GitHub({
    token: TOKEN,
    baseUrl: gh.url,
    repo: { owner: 'acme', repo: 'shop' },
    callTimeoutMs: 10_000,
    paceMs: 1,
  })
})
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

const SECOND = '2026-11-20T10:00:00Z'
function deployment(
  sha: string,
  state: 'success' | 'failure' | 'in_progress' | null,
  createdAt = SECOND,
  description = '',
  ref = sha,
) {
  const d = gh.state.createDeployment({
    ref,
    sha,
    environment: 'production',
    created_at: createdAt,
  })
  if (state) gh.state.createDeploymentStatus(d.id, { state, description })
  return d.id
}

test('the newest earlier success, skipping releases deploy-guard marked failed', async () => {
  deployment(a, 'success', '2026-11-20T09:00:00Z')
  deployment(b, 'failure', '2026-11-20T09:30:00Z', `${FAILED_MARK}: 3 rounds failed`)
  const mine = deployment(c, 'in_progress')
  const found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
  expect(found.previous?.sha).toBe(a)
  expect(found.newer).toBeNull()
})

test('a deployment created in the same second but after this one is newer (ids break the tie)', async () => {
  deployment(a, 'success', '2026-11-20T09:00:00Z')
  const mine = deployment(c, 'in_progress', SECOND)
  deployment(b, 'in_progress', SECOND)
  const found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
  expect(found.newer?.sha).toBe(b)
  expect(found.previous?.sha).toBe(a)
})

test('this run past the first page: later deployments are newer, never the previous release', async () => {
  deployment(a, 'success', '2026-11-20T08:00:00Z')
  const mine = deployment(c, 'in_progress', '2026-11-20T08:30:00Z')
  for (let i = 0; i < 30; i++)
    deployment(b, 'success', `2026-11-20T09:${String(i).padStart(2, '0')}:00Z`)
  const found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
  expect(found.newer?.sha).toBe(b)
  expect(found.previous).toBeNull() // the one good older release is on page 2; none is guessed
})

// The rules of SPEC "Which release is rolled back to".

test('a release deploy-guard verified wins over newer successes it did not verify', async () => {
  deployment(a, 'success', '2026-11-20T08:00:00Z', VERIFIED_MARK)
  // a test job with environment: production, on the default branch, after the release
  deployment(b, 'success', '2026-11-20T09:00:00Z', '', 'main')
  const mine = deployment(c, 'in_progress')
  const found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
  expect(found.previous).toMatchObject({ sha: a, rule: 'verified', ref: a })
})

test('with nothing verified, the newest successful release is a fallback, said as one', async () => {
  deployment(a, 'success', '2026-11-20T08:00:00Z', '', 'main')
  const mine = deployment(c, 'in_progress')
  const found = await discoverPrevious(
    client,
    'production',
    { sha: c, deploymentId: mine },
    {
      defaultBranch: async () => 'main',
      tagCommit: async () => null,
    },
  )
  // a branch moves (maybe onto the bad release): the ref handed on is the SHA
  expect(found.previous).toMatchObject({ sha: a, rule: 'fallback', ref: a })
})

test('pull request refs and other branches are never the fallback', async () => {
  deployment(a, 'success', '2026-11-20T07:00:00Z', '', 'main')
  deployment(b, 'success', '2026-11-20T08:00:00Z', '', 'refs/pull/12/merge')
  deployment(b, 'success', '2026-11-20T08:30:00Z', '', 'feature/login')
  const mine = deployment(c, 'in_progress')
  const found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
  expect(found.previous).toMatchObject({ sha: a, rule: 'fallback' })
})

test('a tag on the commit is handed on as the ref; a tag elsewhere is not', async () => {
  execFileSync('git', ['tag', '-a', '-m', 'release', 'v1.0.0', a], { cwd: repo.dir })
  execFileSync('git', ['tag', 'v0.9.0', b], { cwd: repo.dir })
  try {
    deployment(a, 'success', '2026-11-20T08:00:00Z', VERIFIED_MARK, 'v1.0.0')
    let mine = deployment(c, 'in_progress')
    let found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
    expect(found.previous).toMatchObject({ sha: a, ref: 'v1.0.0' })
    deployment(a, 'success', '2026-11-20T10:30:00Z', VERIFIED_MARK, 'v0.9.0')
    mine = deployment(c, 'in_progress', '2026-11-20T11:00:00Z')
    found = await discoverPrevious(client, 'production', { sha: c, deploymentId: mine })
    expect(found.previous).toMatchObject({ sha: a, ref: a })
  } finally {
    execFileSync('git', ['tag', '-d', 'v1.0.0', 'v0.9.0'], { cwd: repo.dir })
  }
})

test('a failure mark outweighs a verified mark written later (a rerun after a crash)', () => {
  expect(
    judge([
      { state: 'success', description: VERIFIED_MARK },
      { state: 'failure', description: `${FAILED_MARK}: 3 rounds failed` },
    ]),
  ).toBe('failed')
  expect(judge([{ state: 'success', description: '' }])).toBe('successful')
  expect(judge([{ state: 'success', description: VERIFIED_MARK }])).toBe('verified')
})
