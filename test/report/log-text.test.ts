// The log neutralisers against the runner's own reading of a line (test/helpers/runner-commands.ts
// follows actions/runner's ActionCommand.cs, not src/report/log-text.ts).
import fc from 'fast-check'
import {
  commandSafe,
  commandSafeJson,
  commandSafeLines,
  plainLine,
} from '../../src/report/log-text.js'
import { runs } from '../helpers/fuzz.js'
import { HOSTILE, HOSTILE_ALL, HOSTILE_REASON } from '../helpers/hostile.js'
import { commandProblems, parseCommand } from '../helpers/runner-commands.js'

test('a plain line has no line break, control or bidi character', () => {
  expect(plainLine('a\nb\r\nc\rd\u2028e\u0085f\u202eg\u0000h\u001b[31mi\tj')).toBe(
    'a b c d e fgh[31mi\tj',
  )
})

test('commands at the start of a line and "##[" anywhere are escaped with a visible space', () => {
  expect(commandSafe('::error::forged')).toBe(': :error::forged')
  expect(commandSafe('   ::add-mask::x')).toBe('   : :add-mask::x')
  expect(commandSafe('HTTP 502 ##[stop-commands]token')).toBe('HTTP 502 ## [stop-commands]token')
  expect(commandSafe('###[x] ##[##[')).toBe('### [x] ## [## [')
  // "::" later in a line is no command: a time, an IPv6 address, a C++ name stay as they are
  expect(commandSafe('at 10::00, fe80::1, std::vector')).toBe('at 10::00, fe80::1, std::vector')
  // a line break in the text cannot start a line of its own
  expect(commandSafe('reason\n::error::forged')).toBe('reason ::error::forged')
})

test('annotations keep their lines, each one safe', () => {
  expect(commandSafeLines('first\n::error::forged\r\n  ::warning::x\n##[group]y')).toBe(
    'first\n: :error::forged\n  : :warning::x\n## [group]y',
  )
})

test('the hostile set: nothing the runner reads as a command', () => {
  for (const h of [...HOSTILE, HOSTILE_ALL, HOSTILE_REASON]) {
    expect([h, commandProblems(commandSafe(h), { forged: /(?:)/ })]).toEqual([h, []])
    expect([h, commandProblems(commandSafeLines(h), { forged: /(?:)/ })]).toEqual([h, []])
    expect(commandSafe(h)).not.toMatch(/[\r\n]/)
  }
})

const PIECES = ['::', ':', '#', '##', '[', '##[', ' ', '\t', '\n', '\r', '\u2028', '\u00a0', '\u3000', '\ufeff', 'x', 'error', 'add-mask', '\u202e', '\u0000'] // prettier-ignore

test('any text: no line reads as a command, and the text is all there but for the escapes', () => {
  const text = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 40 }),
  )
  fc.assert(
    fc.property(text, (t) => {
      const line = commandSafe(t)
      expect(commandProblems(line, { forged: /(?:)/ })).toEqual([])
      expect(parseCommand(line)).toBeNull()
      // the escapes only add spaces
      expect(line.replace(/ /g, '')).toBe(plainLine(t).replace(/ /g, ''))
      expect(commandProblems(commandSafeLines(t), { forged: /(?:)/ })).toEqual([])
    }),
    { numRuns: runs(500) },
  )
})

test('JSON for a run: step: the same value, no "##[" in the line', () => {
  const value = { reason: '##[stop-commands]token ::error::forged', n: [1, '###['] }
  const line = commandSafeJson(value)
  expect(line).not.toContain('##[')
  expect(JSON.parse(line)).toEqual(value)
  expect(commandProblems(line, { forged: /(?:)/ })).toEqual([])
})
