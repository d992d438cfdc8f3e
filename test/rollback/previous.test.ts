// Finding the previous good release from the Deployments API (the stand-in answers).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDemoRepo } from '../../src/demo/repo.js'
import { GitHub } from '../../src/github/client.js'
import { FAILED_MARK, discoverPrevious } from '../../src/rollback/previous.js'
import { startStandIn, type StandIn } from '../../src/standin/index.js'

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
    budgetMs: 10_000,
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
) {
  const d = gh.state.createDeployment({
    ref: sha,
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
