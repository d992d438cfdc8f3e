// Bad probes YAML fails before any request, naming the field path.
import { InputError } from '../../src/config/errors.js'
import { loadProbes, parseJsonPath, parseStatus } from '../../src/verify/probe-schema.js'

function problem(yaml: string): string {
  try {
    loadProbes(yaml)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('probes were accepted')
}

test.each([
  ['missing url', '- name: x\n', /^probes\[0\]\.url: required/],
  [
    'non-http scheme',
    '- url: ftp://example.test/\n',
    /^probes\[0\]\.url: must be http or https, got "ftp"$/,
  ],
  ['not a URL', '- url: "not a url"\n', /^probes\[0\]\.url: is not a valid URL$/],
  [
    'bad regex',
    '- url: http://a.test/\n  expect: { body-matches: "([a-z" }\n',
    /^probes\[0\]\.expect\.body-matches: not a valid regular expression/,
  ],
  [
    'bad JSON path',
    '- url: http://a.test/\n  expect: { json: { "status": up } }\n',
    /^probes\[0\]\.expect\.json\.status: JSON path "status" must start with "\$"$/,
  ],
  [
    'bad JSON path step',
    '- url: http://a.test/\n  expect: { json: { "$.a[x]": 1 } }\n',
    /^probes\[0\]\.expect\.json\["\$\.a\[x\]"\]: JSON path "\$\.a\[x\]" cannot be read at "\[x\]"/,
  ],
  [
    'unknown probe key',
    '- url: http://a.test/\n  timeout: 5s\n',
    /^probes\[0\]\.timeout: unknown key$/,
  ],
  [
    'unknown expect key',
    '- url: http://a.test/\n  expect: { code: 200 }\n',
    /^probes\[0\]\.expect\.code: unknown key$/,
  ],
  [
    'negative latency',
    '- url: http://a.test/\n  expect: { max-latency: -5ms }\n',
    /^probes\[0\]\.expect\.max-latency: must not be negative/,
  ],
  [
    'bad status',
    '- url: http://a.test/\n  expect: { status: 700 }\n',
    /^probes\[0\]\.expect\.status: expected a status/,
  ],
  [
    'backwards status range',
    '- url: http://a.test/\n  expect: { status: "299-200" }\n',
    /^probes\[0\]\.expect\.status: status range "299-200"/,
  ],
  [
    'body and json',
    '- url: http://a.test/\n  body: x\n  json: { a: 1 }\n',
    /^probes\[0\]\.json: use either "body" or "json", not both$/,
  ],
  [
    'critical not boolean',
    '- url: http://a.test/\n  critical: yes\n',
    /^probes\[0\]\.critical: expected true or false, got text$/,
  ],
  [
    'negative redirects',
    '- url: http://a.test/\n  follow-redirects: -1\n',
    /^probes\[0\]\.follow-redirects: must not be negative$/,
  ],
  [
    'duplicate names',
    '- url: http://a.test/\n- url: http://a.test/\n',
    /^probes\[1\]\.name: "a\.test" is also the name of probe \[0\]$/,
  ],
  ['empty list', '[]\n', /^probes: expected at least one probe$/],
  ['a mapping, not a list', 'url: http://a.test/\n', /^probes: expected a list, got a mapping$/],
  ['not YAML', '- url: [\n', /^probes: is not valid YAML/],
  [
    'bad method',
    '- url: http://a.test/\n  method: "GET /"\n',
    /^probes\[0\]\.method: expected an HTTP method/,
  ],
])('%s', (_n, yaml, expected) => {
  expect(problem(yaml)).toMatch(expected)
})

test('defaults: GET, status 200-399, no redirects, not critical; name from host and path', () => {
  const [p] = loadProbes('- url: http://svc.test:8080/healthz\n')
  expect(p).toMatchObject({
    name: 'svc.test:8080/healthz',
    method: 'GET',
    critical: false,
    'follow-redirects': 0,
  })
  expect(p!.expect.status.text).toBe('200-399')
  expect([199, 200, 399, 400].map((s) => p!.expect.status.test(s))).toEqual([
    false,
    true,
    true,
    false,
  ])
})

test('status specs', () => {
  const spec = parseStatus([200, '204', '3xx'])
  expect(typeof spec).not.toBe('string')
  const s = spec as Exclude<typeof spec, string>
  expect([200, 201, 204, 301, 399, 404].map((x) => s.test(x))).toEqual([
    true,
    false,
    true,
    true,
    true,
    false,
  ])
})

test('JSON paths', () => {
  expect(parseJsonPath('$.a.b')).toEqual(['a', 'b'])
  expect(parseJsonPath('$.a[0].b')).toEqual(['a', 0, 'b'])
  expect(parseJsonPath('$["odd.key"][2]')).toEqual(['odd.key', 2])
  expect(parseJsonPath('$')).toEqual([])
})
