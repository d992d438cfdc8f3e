import { evaluate, nextOpen } from '../../src/window/engine.js'
import { at, scopeOf } from '../helpers/policy.js'

test('a Friday deny closes Friday and opens Saturday midnight local', async () => {
  const s = await scopeOf('timezone: Europe/Berlin\ndeny:\n  - name: No Fridays\n    days: fri\n')
  expect(evaluate(s, at('2026-11-27T10:00:00+01:00')).open).toBe(false)
  expect(nextOpen(s, at('2026-11-27T10:00:00+01:00'))).toBe(at('2026-11-28T00:00:00+01:00'))
})
