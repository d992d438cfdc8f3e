import { InputError } from '../../src/config/errors.js'

// Shared by the fuzz suites. FUZZ_SCALE multiplies every numRuns for a deeper local run
// (`FUZZ_SCALE=50 npm test -- fuzz`); CI runs the defaults, sized to keep the suites quick.
export function runs(n: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? '1')
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)))
}

/**
 * The error a bad input must give: an InputError with at least one problem, each naming the
 * input (`root`) and a field path under it, with a sentence; anything else is a crash.
 */
export function expectInputError(e: unknown, root: string): asserts e is InputError {
  if (!(e instanceof InputError)) throw e
  expect(e.problems.length).toBeGreaterThan(0)
  for (const p of e.problems) {
    if (root !== '') expect(p.path).toMatch(new RegExp(`^${root}(?:$|[.[])`))
    expect(typeof p.message).toBe('string')
    expect(p.message.trim()).not.toBe('')
    expect(p.message).not.toContain('[object Object]')
  }
}
