// Fuzzing the probes parser: any text in gives an InputError naming `probes` and the field path,
// or probes the rest of the run can use: no TypeError, SyntaxError, RangeError or hang, from
// parsing, from checking a response against them, or from the HTTP client refusing the request.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { parse } from 'yaml'
import { InputError } from '../../src/config/errors.js'
import { check } from '../../src/verify/assertions.js'
import { loadProbes, type Probe } from '../../src/verify/probe-schema.js'
import { expectInputError, runs } from '../helpers/fuzz.js'
import {
  anyText,
  anyValue,
  mutated,
  textEdits,
  YAML_PIECES,
  yamlOf,
  yamlSoup,
} from '../helpers/mutate.js'

const EXAMPLE = readFileSync(new URL('../../examples/probes.yml', import.meta.url), 'utf8')
// The sample in the product contract (SPEC.md, "Probes YAML").
const SPEC_SAMPLE = `
- name: homepage
  url: https://example.com/healthz
  method: GET
  headers: { Authorization: "Bearer \${{ secrets.HEALTH_TOKEN }}" }
  critical: true
  expect:
    status: 200
    body-contains: "ok"
    body-matches: "version\\":\\"[0-9a-f]{7}"
    json: { "$.status": "up", "$.db.ok": true }
    header: { content-type: "application/json" }
    max-latency: 800ms
- name: api
  url: https://example.com/api
  method: POST
  json: { ping: 1 }
  follow-redirects: 3
  cache-bust: true
  expect: { status: [200, 204, "2xx", "300-399"] }
`
const SEEDS = [parse(EXAMPLE) as unknown, parse(SPEC_SAMPLE) as unknown]

// ---- the request as probe.ts sends it, checked by undici itself ----

// undici validates method and headers in its Request constructor, before any socket: a probe the
// schema accepts but undici refuses fails every round, and a healthy release would be rolled back.
const UndiciRequest = createRequire(import.meta.url)('undici/lib/core/request.js') as new (
  origin: string,
  opts: Record<string, unknown>,
  handler: Record<string, () => void>,
) => unknown
const noop = () => {}
const HANDLER = { onConnect: noop, onError: noop, onHeaders: noop, onData: noop, onComplete: noop, onUpgrade: noop } // prettier-ignore

function undiciRefusal(p: Probe): string | null {
  // As firstRequest in src/verify/probe.ts builds it.
  const headers: Record<string, string> = { 'cache-control': 'no-cache', pragma: 'no-cache' }
  for (const [k, v] of Object.entries(p.headers)) headers[k.toLowerCase()] = v
  let body: string | undefined
  try {
    if (p.json !== undefined) {
      body = JSON.stringify(p.json)
      headers['content-type'] ??= 'application/json'
    } else body = p.body
  } catch (e) {
    return `json: ${(e as Error).message}`
  }
  if (p.method === 'CONNECT') return 'undici refuses CONNECT'
  try {
    new UndiciRequest(p.url.origin, { path: `${p.url.pathname}${p.url.search}`, method: p.method, headers, body }, HANDLER) // prettier-ignore
    return null
  } catch (e) {
    return (e as Error).message
  }
}

// ---- generators ----

const word = fc.constantFrom(
  'name', 'url', 'method', 'headers', 'critical', 'expect', 'status', 'body-contains',
  'body-matches', 'json', 'header', 'max-latency', 'body', 'cache-bust', 'follow-redirects',
  'https://example.com/', 'GET', '200', '"200-299"', '$.a', 'true', '800ms',
) // prettier-ignore
const WORDS = ['name', 'url', 'method', 'headers', 'expect', 'status', 'json', 'body-matches', 'https://a.test/', '$.a[0]', '200-299', 'GET'] // prettier-ignore

const jsonPath = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 6 }).map((k) => `.${k}`),
        fc.nat(99).map((n) => `[${n}]`),
        fc.string({ unit: fc.constantFrom('a', '"', '\\', 'u', 'x', '0', '\t', '\n', ' ', '€', '\ud800'), maxLength: 6 }).map((k) => `["${k}"]`), // prettier-ignore
        fc.constantFrom('[', ']', '.', '["', '"]', '[-1]', '[1e3]', '..', '[*]', '["\\u12"]', '["\\x41"]', '["\\"]'), // prettier-ignore
      ),
      { maxLength: 4 },
    )
    .map((steps) => `$${steps.join('')}`),
  anyText,
)

const regexText = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        '(', ')', '[', ']', '{', '}', '{2}', '{2,1}', '*', '+', '?', '|', '^', '$', '.', '\\',
        '\\d', '\\k<n>', '(?<n>', '(?=', '(?<!', '\\p{L}', '\\u{1F600}', '\\c', 'a', '0', '-', ',',
      ), // prettier-ignore
      { maxLength: 12 },
    )
    .map((xs) => xs.join('')),
  anyText,
)

const statusValue = fc.oneof(
  fc.integer({ min: -1, max: 1000 }),
  fc.stringMatching(/^\d{1,4}\s*-\s*\d{1,4}$/),
  fc.stringMatching(/^[0-9][xX]{2}$/),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constantFrom('2xx', '200-299', 'x')), { maxLength: 4 }), // prettier-ignore
  anyValue,
)

const duration = fc.oneof(
  fc.stringMatching(/^(\d{1,4}(\.\d{1,2})?(ms|s|m|h|d)){1,3}$/),
  fc.constantFrom('0s', '-1s', '1e3s', '10', `${'9'.repeat(400)}ms`, '1.5.5s', ' 5s ', '5 s'),
  anyText,
)

const headerName = fc.oneof(
  fc.constantFrom('Authorization', 'X-Api-Key', 'x y', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Expect', 'Upgrade', 'Keep-Alive', 'Host', 'authorization', ''), // prettier-ignore
  fc.string({ maxLength: 10 }),
  anyText,
)
const headerValue = fc.oneof(
  fc.constantFrom('Bearer abc', 'a\nb', 'abc\n', 'x\u0000y', 'x\ry', ' padded ', 'café', '日本', 'chunked', '100-continue', '12'), // prettier-ignore
  fc.string({ maxLength: 10 }),
  anyText,
  fc.integer(),
  fc.boolean(),
)
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 3 })

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace('://', '://user:p%40ss@')),
  fc.constantFrom('ftp://a.test/', 'http://', 'http:///x', 'https://[::1]:0/', 'http://a.test:99999/', 'javascript:alert(1)', '//a.test/', 'a.test', ' https://a.test/ '), // prettier-ignore
  anyText,
)

const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.oneof(anyText, fc.constantFrom('homepage', 'health', '', ' ')),
  url,
  method: fc.oneof(fc.constantFrom('GET', 'post', 'CONNECT', 'TRACE', 'G T', '', 'GET\n'), anyText),
  headers,
  header: headers,
  critical: anyValue,
  status: statusValue,
  'body-contains': anyValue,
  'body-matches': regexText,
  json: fc.oneof(fc.dictionary(jsonPath, anyValue, { maxKeys: 3 }), anyValue),
  'max-latency': duration,
  body: anyValue,
  'cache-bust': anyValue,
  'follow-redirects': fc.oneof(fc.integer({ min: -2, max: 25 }), anyValue),
}
const KEYS = [...Object.keys(FIELDS), 'expect', 'timeout']

// Values that pass the schema, so that many documents give probes (and reach the HTTP checks).
const VALID_FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  url: fc.webUrl({ withQueryParameters: true }),
  method: fc.constantFrom('GET', 'post', 'Put', 'HEAD', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PURGE'), // prettier-ignore
  headers: fc.dictionary(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/),
    fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.integer(), fc.boolean()), // prettier-ignore
    { maxKeys: 3 },
  ),
  header: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxKeys: 2 }), // prettier-ignore
  status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom('2xx', '200-299', [200, 204], ['2xx', 301])), // prettier-ignore
  'body-matches': regexText,
  json: fc.dictionary(jsonPath, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  'max-latency': fc.stringMatching(/^\d{1,5}(ms|s|m)$/),
  critical: fc.boolean(),
}

/** A seed with valid values set: many of these give probes. */
const validDocument = fc
  .tuple(fc.constantFrom(...SEEDS), fc.boolean())
  .chain(([seed, flow]) => mutated(seed, VALID_FIELDS, KEYS, true).map((v) => yamlOf(v, flow)))
/** A seed with anything anywhere. */
const mutatedDocument = fc
  .tuple(fc.constantFrom(...SEEDS), fc.boolean())
  .chain(([seed, flow]) => mutated(seed, FIELDS, KEYS).map((v) => yamlOf(v, flow)))

/** Documents: mutated seeds (as YAML or flow YAML), text edits, token soup, any text or value. */
const document: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: validDocument },
  { weight: 6, arbitrary: mutatedDocument },
  { weight: 2, arbitrary: fc.constantFrom(EXAMPLE, SPEC_SAMPLE).chain((t) => textEdits(t, [...YAML_PIECES, '$.', '[0]', '2xx'])) }, // prettier-ignore
  { weight: 1, arbitrary: yamlSoup(WORDS) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.oneof(anyValue, fc.anything()).map((v) => yamlOf(v)) },
  { weight: 1, arbitrary: fc.array(word, { maxLength: 20 }).map((ws) => ws.join(': ')) },
)

/** A response as the HTTP adapter hands it to `check`. */
const seen = fc.record({
  status: fc.integer({ min: 100, max: 599 }),
  headers: fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }))), // prettier-ignore
  // Short: a regex the fuzzer writes may backtrack exponentially on a long body.
  body: fc.oneof(fc.string({ maxLength: 40 }), fc.json({ maxDepth: 3 }).filter((s) => s.length <= 200)), // prettier-ignore
  latencyMs: fc.double({ min: 0, max: 1e5, noNaN: true }),
})

// ---- what must hold ----

function expectUsable(probes: Probe[]): void {
  expect(probes.length).toBeGreaterThan(0)
  const names = new Set<string>()
  for (const p of probes) {
    expect(typeof p.name).toBe('string')
    expect(p.name.trim()).not.toBe('')
    expect(names.has(p.name)).toBe(false)
    names.add(p.name)
    expect(p.url).toBeInstanceOf(URL)
    expect(['http:', 'https:']).toContain(p.url.protocol)
    expect(p.method).toMatch(/^[A-Z]+$/)
    for (const v of Object.values(p.headers)) expect(typeof v).toBe('string')
    expect(typeof p.critical).toBe('boolean')
    expect(Number.isInteger(p['follow-redirects'])).toBe(true)
    const e = p.expect
    for (const s of [100, 200, 204, 302, 404, 599]) expect(typeof e.status.test(s)).toBe('boolean')
    if (e['body-matches'] !== undefined) expect(e['body-matches']).toBeInstanceOf(RegExp)
    if (e['max-latency'] !== undefined) {
      expect(Number.isFinite(e['max-latency'])).toBe(true)
      expect(e['max-latency']).toBeGreaterThanOrEqual(0)
    }
    for (const j of e.json ?? []) expect(Array.isArray(j.steps)).toBe(true)
    expect(undiciRefusal(p)).toBeNull()
  }
}

/** Parses; on success the probes are usable and `check` answers for any response. */
const outcomes = { inputError: 0, probes: 0 }

function fuzzOne(text: string, responses: Parameters<typeof check>[1][]): void {
  let probes: Probe[]
  try {
    probes = loadProbes(text)
  } catch (e) {
    expectInputError(e, 'probes')
    outcomes.inputError++
    return
  }
  outcomes.probes++
  expectUsable(probes)
  for (const r of responses)
    for (const p of probes) {
      const failure = check(p, r)
      if (failure !== null) expect(typeof failure.message).toBe('string')
    }
}

test('any document gives an InputError with a field path, or usable probes', () => {
  fc.assert(
    fc.property(document, fc.array(seen, { maxLength: 3 }), (text, responses) => {
      fuzzOne(text, responses)
    }),
    { numRuns: runs(1000) },
  )
})

test('the documents above were not mostly input errors', () => {
  // Guards the generators (run it with the property): many documents must give probes.
  const total = outcomes.inputError + outcomes.probes
  if (total > 0) expect(outcomes.probes / total).toBeGreaterThan(0.2)
})

test('the seeds themselves are valid, so mutations start from working probes', () => {
  for (const text of [EXAMPLE, SPEC_SAMPLE])
    expect(() => expectUsable(loadProbes(text))).not.toThrow()
})

// Found by the property above; kept as plain examples so they fail with a clear name.
describe('regressions', () => {
  const problem = (yaml: string): string => {
    try {
      loadProbes(yaml)
    } catch (e) {
      expectInputError(e, 'probes')
      return e.message
    }
    throw new Error('accepted')
  }
  const probe = (lines: string) => `- url: http://a.test/\n${lines}`

  test.each([
    ['a bad escape', `  expect: { json: { '$["\\x"]': 1 } }\n`],
    ['a raw tab', '  expect: { json: { "$[\\"\\t\\"]": 1 } }\n'],
  ])('a JSON path key with %s is an input error, not a SyntaxError', (_what, lines) => {
    expect(problem(probe(lines))).toMatch(/^probes\[0\]\.expect\.json\[.*\]: JSON path .* has a key that is not a JSON string/) // prettier-ignore
  })

  test.each([
    [
      'a name with a space',
      '  headers: { "X Api Key": abc }\n',
      /headers\["X Api Key"\]: is not a header name/,
    ],
    ['an empty name', '  headers: { "": abc }\n', /headers\[""\]: is not a header name/],
    [
      'a line break inside the value',
      '  headers: { X-A: "a\\nb" }\n',
      /headers\.X-A: the value has a line break/,
    ],
    [
      'a character beyond Latin-1',
      '  headers: { method: Ā }\n',
      /headers\.method: the value has .* beyond Latin-1/,
    ],
    [
      'a header the client sets',
      '  headers: { Transfer-Encoding: chunked }\n',
      /headers\.Transfer-Encoding: is set by the HTTP client/,
    ],
    [
      'one name twice',
      '  headers: { Authorization: a, authorization: b }\n',
      /headers\.authorization: is also given as "Authorization"/,
    ],
    ['CONNECT', '  method: connect\n', /method: CONNECT opens a tunnel/],
  ])('%s is an input error, not a request undici refuses every round', (_what, lines, message) => {
    // prettier-ignore
    expect(problem(probe(lines))).toMatch(message)
  })

  test('a block scalar header value loses its newline, and the secret in it is the same', () => {
    const [p] = loadProbes(probe('  headers:\n    Authorization: |\n      Bearer abc\n'))
    expect(p!.headers).toEqual({ Authorization: 'Bearer abc' })
    expect(undiciRefusal(p!)).toBeNull()
  })

  test.each([
    ['a JSON body', '  method: POST\n  json: &j { a: *j }\n'],
    ['an expected JSON value', '  expect: { json: { "$.a": &k [*k] } }\n'],
  ])('%s that contains itself is an input error, not a TypeError later', (_what, lines) => {
    expect(problem(probe(lines))).toMatch(/^probes: is not valid YAML here: an alias refers to a node that contains it$/) // prettier-ignore
  })

  test('an alias without its anchor is an input error, not a ReferenceError', () => {
    expect(problem('*b')).toMatch(/^probes: is not valid YAML: Unresolved alias/)
  })

  test('InputError is the only error the helper lets through', () => {
    expect(() => expectInputError(new TypeError('x'), 'probes')).toThrow(TypeError)
    expect(() => expectInputError(InputError.at('probes[0].url', 'bad'), 'probes')).not.toThrow()
  })
})
