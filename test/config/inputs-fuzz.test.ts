// Fuzzing the action inputs: any strings for any inputs give an InputError naming the inputs at
// fault, or settings whose durations, thresholds, booleans and lists the commands can use as
// they are: no exception of another kind, no Infinity or NaN.
import fc from 'fast-check'
import { parseDuration } from '../../src/config/duration.js'
import {
  COMMANDS,
  INPUT_DEFAULTS,
  readSettings,
  STRATEGIES,
  type InputName,
} from '../../src/config/inputs.js'
import { expectInputError, runs } from '../helpers/fuzz.js'
import { anyText } from '../helpers/mutate.js'

const NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]
const DURATIONS = ['initial-delay', 'interval', 'duration', 'probe-timeout', 'rollback-timeout', 'evidence-timeout'] as const // prettier-ignore
const COUNTS = ['failure-threshold', 'success-threshold'] as const
const BOOLEANS = ['issue', 'lock-on-incident', 'dry-run'] as const

const durationText = fc.oneof(
  fc.stringMatching(/^\s?(\d{1,5}(\.\d{1,3})?(ms|s|m|h|d)){1,3}\s?$/),
  fc.constantFrom('0s', '-1s', '10', '1e3s', '0.0001ms', '5 m', `${'9'.repeat(400)}d`, `${'9'.repeat(20)}d`, 'Infinitys', 'NaNms', '1h30m', '٣s'), // prettier-ignore
)
const countText = fc.oneof(
  fc.integer({ min: -5, max: 20_000 }).map(String),
  fc.constantFrom('3', ' 3 ', '03', '3.0', '1e3', '0x10', '', `${'9'.repeat(30)}`, '١'),
)
const boolText = fc.constantFrom('true', 'True', 'TRUE', 'false', ' false ', 'yes', 'on', '1', 'tRuE', '') // prettier-ignore

/** A value for one input: plausible for its kind, or anything. */
function valueFor(name: InputName): fc.Arbitrary<string> {
  const kind: fc.Arbitrary<string> = (DURATIONS as readonly string[]).includes(name)
    ? durationText
    : (COUNTS as readonly string[]).includes(name)
      ? countText
      : (BOOLEANS as readonly string[]).includes(name)
        ? boolText
        : name === 'command'
          ? fc.constantFrom(...COMMANDS, 'ship', ' window ', 'WINDOW')
          : name === 'rollback-strategy'
            ? fc.constantFrom(...STRATEGIES, 'git', '')
            : fc.constantFrom('', ' ', 'a,b', 'a\nb', ',,', 'prod, staging', 'x'.repeat(300))
  return fc.oneof({ weight: 4, arbitrary: kind }, { weight: 1, arbitrary: anyText })
}

/** A few inputs set (most to plausible values), the rest left empty for their defaults. */
const inputs: fc.Arbitrary<Partial<Record<InputName, string>>> = fc
  .tuple(
    fc.constantFrom('window', 'window', 'rollback', 'verify'),
    fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 4 }),
  )
  .chain(([command, names]) =>
    fc.tuple(...names.map((n) => valueFor(n))).map((values) => ({
      command,
      ...(command === 'verify' ? { probes: '- url: http://a.test/' } : {}),
      ...Object.fromEntries(names.map((n, i) => [n, values[i]!])),
    })),
  )

const outcomes = { inputError: 0, settings: 0 }

test('any input strings give an InputError naming the inputs, or settings ready to use', () => {
  fc.assert(
    fc.property(inputs, (given) => {
      let s
      try {
        s = readSettings((n) => given[n] ?? '')
      } catch (e) {
        expectInputError(e, '')
        outcomes.inputError++
        // An input's name, or an item of a list input: `issue-assignees[0]`.
        for (const p of e.problems) expect(NAMES).toContain(p.path.replace(/\[\d+\]$/, ''))
        return
      }
      outcomes.settings++
      for (const n of DURATIONS) {
        expect(Number.isSafeInteger(s[n])).toBe(true)
        expect(s[n]).toBeGreaterThanOrEqual(n === 'initial-delay' || n === 'duration' ? 0 : 1)
      }
      for (const n of COUNTS) {
        expect(Number.isInteger(s[n])).toBe(true)
        expect(s[n]).toBeGreaterThanOrEqual(1)
        expect(s[n]).toBeLessThanOrEqual(10_000)
      }
      for (const n of BOOLEANS) expect(typeof s[n]).toBe('boolean')
      expect(COMMANDS).toContain(s.command)
      expect(STRATEGIES).toContain(s['rollback-strategy'])
      expect(s.environment.trim()).not.toBe('')
      for (const l of [s['issue-labels'], s['issue-assignees']])
        for (const x of l) expect(x).toBe(x.trim())
    }),
    { numRuns: runs(500) },
  )
})

test('the inputs above were not mostly input errors', () => {
  // Guards the generator (run it with the property): settings must come out often.
  const total = outcomes.inputError + outcomes.settings
  if (total > 0) expect(outcomes.settings / total).toBeGreaterThan(0.2)
})

test('any text is a duration in whole milliseconds, or a sentence saying why not', () => {
  fc.assert(
    fc.property(fc.oneof(durationText, anyText), (text) => {
      const d = parseDuration(text)
      if (typeof d === 'string') expect(d.length).toBeGreaterThan(0)
      else {
        expect(Number.isSafeInteger(d)).toBe(true)
        expect(d).toBeGreaterThanOrEqual(0)
      }
    }),
    { numRuns: runs(1000) },
  )
})

describe('regressions', () => {
  test.each([
    ['400 nines of milliseconds', `${'9'.repeat(400)}ms`],
    ['20 nines of days', `${'9'.repeat(20)}d`],
  ])('a duration too long to count (%s) is an input error, not Infinity', (_what, text) => {
    expect(parseDuration(text)).toMatch(/^is too long/)
    const get = (n: InputName) => (n === 'command' ? 'window' : n === 'interval' ? text : '')
    expect(() => readSettings(get)).toThrow(/^interval: is too long/)
  })
})
