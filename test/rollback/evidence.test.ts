// What is kept of the evidence command's output and what is said about it, from plain values:
// the last 64 KiB for the report (whole lines, whole characters, redacted before the cut), the
// last 100 lines for the issue, and the sentences and timeline events of each outcome.
import {
  evidenceTail,
  evidenceSection,
  EVIDENCE_CHARS,
} from '../../src/incident/render-evidence.js'
import { Redactor } from '../../src/report/redact.js'
import {
  EVIDENCE_BYTES,
  evidenceEvents,
  evidenceOf,
  lastBytes,
  OutputTail,
  type EvidenceEnd,
} from '../../src/rollback/evidence.js'

const T = Date.parse('2026-12-01T10:00:00Z')
const times = { startedAt: T, endedAt: T + 2500, timeoutMs: 30_000 }
const exited = (code: number): EvidenceEnd => ({ code, signal: null, timedOut: false, cancelled: false }) // prettier-ignore
const none = new Redactor([])

function tailOf(lines: string[]): OutputTail {
  const t = new OutputTail()
  for (const l of lines) t.push(l)
  return t
}

describe('lastBytes', () => {
  test('short text is kept whole', () => {
    expect(lastBytes('a\nb', 10)).toBe('a\nb')
  })

  test('a cut starts at a line', () => {
    const text = 'first line\nsecond\nthird'
    expect(lastBytes(text, 11)).toBe('third') // "econd" is half a line
    expect(lastBytes(text, 12)).toBe('second\nthird') // starts right after a line break
    expect(lastBytes(text, 13)).toBe('second\nthird') // starts at the line break
  })

  test('never in the middle of a character; one long line keeps its end', () => {
    const text = 'é'.repeat(100) // 200 bytes
    const cut = lastBytes(text, 51)
    expect(cut).toBe('é'.repeat(25))
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(51)
  })
})

describe('OutputTail', () => {
  test('counts every line, holds at most its budget of the last ones', () => {
    const t = new OutputTail(100)
    for (let i = 0; i < 1000; i++) t.push(`line ${i}`)
    expect(t.lines).toBe(1000)
    expect(Buffer.byteLength(t.text())).toBeLessThanOrEqual(100)
    expect(t.text().split('\n').at(-1)).toBe('line 999')
    expect(t.whole()).toBe(false)
  })
})

describe('evidenceOf', () => {
  test('ok: the whole output, the time it took, how much it printed', () => {
    const e = evidenceOf(exited(0), tailOf(['one', 'two']), times, none)
    expect(e).toEqual({
      outcome: 'ok',
      detail: 'finished in 3s and printed 2 lines',
      exitCode: 0,
      signal: null,
      startedAt: '2026-12-01T10:00:00Z',
      endedAt: '2026-12-01T10:00:02.500Z',
      timeoutMs: 30_000,
      output: 'one\ntwo',
      lines: 2,
      bytes: 8,
      truncated: false,
    })
    expect(evidenceEvents(e)).toEqual([
      { at: '2026-12-01T10:00:00Z', what: 'evidence command started' },
      { at: '2026-12-01T10:00:02.500Z', what: 'evidence command finished' },
    ])
  })

  test.each([
    [exited(3), 'failed', 'exited with 3 after 3s (1 line of output)', 'evidence command failed (exited with 3)'], // prettier-ignore
    [{ code: null, signal: 'SIGKILL', timedOut: false, cancelled: false }, 'failed', 'was killed by SIGKILL after 3s (1 line of output)', 'evidence command failed (was killed by SIGKILL)'], // prettier-ignore
    [{ code: null, signal: null, timedOut: true, cancelled: false }, 'timed-out', 'did not finish within evidence-timeout (30s) and was stopped, with 1 line of output so far', 'evidence command timed out after 30s and was stopped'], // prettier-ignore
    [{ code: null, signal: 'SIGTERM', timedOut: false, cancelled: true }, 'cancelled', 'was cancelled with the run after 3s (1 line of output)', 'evidence command cancelled'], // prettier-ignore
  ] as const)('%j: %s', (end, outcome, detail, event) => {
    const e = evidenceOf(end, tailOf(['x']), times, none)
    expect(e).toMatchObject({ outcome, detail })
    expect(evidenceEvents(e)[1]!.what).toBe(event)
  })

  test('redacted before the cut, capped at 64 KiB from a line start, and says it was cut', () => {
    const secret = 'hunter2-but-longer'
    const lines = Array.from({ length: 5000 }, (_, i) => `${i} token=${secret} ${'x'.repeat(20)}`)
    const e = evidenceOf(exited(0), tailOf(lines), times, new Redactor([secret]))
    expect(e.output).not.toContain(secret)
    expect(Buffer.byteLength(e.output)).toBeLessThanOrEqual(EVIDENCE_BYTES)
    expect(Buffer.byteLength(e.output)).toBeGreaterThan(EVIDENCE_BYTES - 100)
    expect(e.output.split('\n')[0]).toMatch(/^\d+ token=\*\*\* x{20}$/)
    expect(e.output.split('\n').at(-1)).toBe(`4999 token=*** ${'x'.repeat(20)}`)
    expect(e).toMatchObject({ lines: 5000, truncated: true })
  })

  test('a secret over several lines is found whole', () => {
    const key = '-----BEGIN KEY-----\nMIIEabcdefgh\n-----END KEY-----'
    const e = evidenceOf(exited(0), tailOf(['key:', ...key.split('\n')]), times, new Redactor([key])) // prettier-ignore
    expect(e.output).toBe('key:\n***')
  })
})

describe('the issue: the last 100 lines, at most 10,000 characters', () => {
  test('100 lines of many', () => {
    const output = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n')
    expect(evidenceTail(output)).toEqual({
      text: Array.from({ length: 100 }, (_, i) => `line ${i + 400}`).join('\n'),
      lines: 100,
    })
  })

  test('long lines: fewer of them; one longer than the room keeps its end', () => {
    const long = Array.from({ length: 100 }, (_, i) => `${i}:${'y'.repeat(500)}`).join('\n')
    const t = evidenceTail(long)
    expect(t.text.length).toBeLessThanOrEqual(EVIDENCE_CHARS)
    expect(t.text.split('\n').at(-1)).toMatch(/^99:y+$/)
    const one = evidenceTail(`${'z'.repeat(30_000)}END`)
    expect(one.text).toMatch(/^…z+END$/)
    expect(one.text.length).toBe(EVIDENCE_CHARS)
  })

  test('nothing printed is said, not an empty block', () => {
    const e = evidenceOf(exited(0), tailOf([]), times, none)
    expect(evidenceSection(e)).toBe(
      'The evidence command finished in 3s and printed 0 lines. It printed nothing.',
    )
  })
})
