// "What changed": PR numbers from titles, and the compare as GitHub pages it.
import { fetchChanges, prFromTitle } from '../../src/incident/changes.js'
import { GitHub } from '../../src/github/client.js'
import { startStandIn } from '../../demo/standin/index.js'
import { TestRepo } from '../demo/standin/fixture.js'

test.each([
  ['Merge pull request #42 from acme/feature', 42],
  ['Add retries to the payment client (#1337)', 1337],
  ['Fix #12 in the parser', null],
  ['Refs (#12) in the middle', null],
  ['plain commit', null],
])('%s -> %s', (title, pr) => {
  expect(prFromTitle(title)).toBe(pr)
})

test('a 260-commit release: the newest 250 commits are listed, the oldest 10 said left out', async () => {
  const repo = TestRepo.create()
  const base = repo.commit('the good release')
  const head = repo.bulk('release', base, 260, 1)
  const gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: 't' })
  try {
    const client = new GitHub({
      token: 't',
      baseUrl: gh.url,
      repo: { owner: 'acme', repo: 'shop' },
      paceMs: 1,
    })
    const ch = await fetchChanges(client, base, head, 'https://github.com/acme/shop')
    expect(ch.totalCommits).toBe(260)
    expect(ch.commits).toHaveLength(250)
    // the newest commit, where a regression most likely is, is among them; the oldest are not
    expect(ch.commits.at(-1)!.sha).toBe(head)
    expect(ch.commits[0]!.title).toBe('bulk change 11')
    expect(ch.capped.commits).toBe(true)
    // no paging parameter: with one, GitHub's page 1 holds the oldest commits
    const compare = gh.requests.find((q) => q.template?.includes('/compare/'))!
    expect(compare.path).not.toMatch(/[?&](per_page|page)=/)
    expect(gh.violations).toEqual([])
  } finally {
    await gh.close()
    repo.remove()
  }
})
