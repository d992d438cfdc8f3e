// The one best-effort wrapper for GitHub calls that must not stop anything.
import { bestEffort } from '../../src/github/best-effort.js'

test('the answer, or a warning naming what could not be done and null', async () => {
  const warnings: string[] = []
  const runner = { warning: (m: string) => void warnings.push(m) }
  expect(await bestEffort(runner, 'count', async () => 3)).toBe(3)
  expect(warnings).toEqual([])
  expect(
    await bestEffort(runner, 'set the deployment to failure', async () => {
      throw new Error('Bad credentials')
    }),
  ).toBeNull()
  expect(warnings).toEqual(['GitHub: could not set the deployment to failure: Bad credentials'])
})
