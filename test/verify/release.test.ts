// {{ release.sha }} and {{ release.short-sha }} in probes: filled in url, headers and expect for
// the release being verified, refused anywhere else or misspelt (naming the probe and the field),
// and never taken for a secret.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkInputs } from '../../src/config/check.js'
import { InputError } from '../../src/config/errors.js'
import {
  loadProbes,
  loadProbeSet,
  probesFor,
  probesWithoutRelease,
} from '../../src/verify/probe-schema.js'
import { prepareProbes } from '../../src/verify/probing.js'
import { fillRelease, releaseUse, SAMPLE_SHA } from '../../src/verify/release.js'
import { recording } from '../helpers/step.js'

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'

const VERSION = `- name: homepage
  url: https://shop.example.com/
- name: version
  url: https://shop.example.com/version?v={{ release.short-sha }}
  headers: { X-Expect-Release: "{{release.sha}}" }
  expect:
    json: { "$.sha": "{{ release.sha }}", "$.build.short": "{{ release.short-sha }}" }
    body-contains: "{{ release.short-sha }}"
    body-matches: "^\\\\{\\"sha\\":\\"{{ release.sha }}\\""
    header: { x-release: "{{ release.sha }}" }
`

function problems(yaml: string): string[] {
  try {
    loadProbes(yaml)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as InputError).problems.map((p) => `${p.path}: ${p.message}`)
  }
  throw new Error('the probes were accepted')
}

test('filled in url, headers and every expect string for the release being verified', () => {
  const [home, version] = probesFor(loadProbeSet(VERSION), SHA)
  expect(home!.url.href).toBe('https://shop.example.com/')
  expect(version!.url.href).toBe(`https://shop.example.com/version?v=${SHA.slice(0, 7)}`)
  expect(version!.headers).toEqual({ 'X-Expect-Release': SHA })
  expect(version!.expect.json).toEqual([
    { path: '$.sha', steps: ['sha'], value: SHA },
    { path: '$.build.short', steps: ['build', 'short'], value: SHA.slice(0, 7) },
  ])
  expect(version!.expect['body-contains']).toBe(SHA.slice(0, 7))
  expect(version!.expect['body-matches']!.test(`{"sha":"${SHA}"}`)).toBe(true)
  expect(version!.expect.header).toEqual({ 'x-release': SHA })
})

test('the same probes for another release: the one put back after a rollback', () => {
  const set = loadProbeSet(VERSION)
  const previous = '1111111222222233333334444444555555566666'
  expect(probesFor(set, previous)[1]!.expect.json![0]!.value).toBe(previous)
  expect(probesFor(set, SHA)[1]!.expect.json![0]!.value).toBe(SHA)
  expect(set.release).toEqual([
    [],
    [
      'probes[1].url',
      'probes[1].headers.X-Expect-Release',
      'probes[1].expect.json["$.sha"]',
      'probes[1].expect.json["$.build.short"]',
      'probes[1].expect.body-contains',
      'probes[1].expect.body-matches',
      'probes[1].expect.header.x-release',
    ],
  ])
})

test('a host may name the release (a preview per commit)', () => {
  const [p] = loadProbes('- url: https://{{ release.short-sha }}.preview.example.com/\n', 'probes', undefined, SHA) // prettier-ignore
  expect(p!.url.host).toBe(`${SHA.slice(0, 7)}.preview.example.com`)
  expect(p!.name).toBe(`${SHA.slice(0, 7)}.preview.example.com`)
})

test("a metric probe's request may name the release; its query may not (the baseline would find no data)", () => {
  const metric = (field: string) =>
    `- name: errors\n  prometheus:\n    url: http://prom.test:9090\n    ${field}\n  expect: { below: 0.01 }\n`
  const [p] = loadProbes(
    metric('query: up\n    headers: { X-Release: "{{ release.short-sha }}" }'),
    'probes',
    undefined,
    SHA,
  )
  expect(p!.headers).toEqual({ 'X-Release': SHA.slice(0, 7) })
  expect(
    problems(metric('query: \'rate(http_requests_total{version="{{ release.short-sha }}"}[1m])\'')),
  ).toEqual([
    'probes[0].prometheus.query: {{ release.short-sha }} (probe "errors") is filled in only in url, headers and expect',
  ])
})

test('without the SHA, a probe that names the release is an input error at its field', () => {
  const set = loadProbeSet(VERSION)
  expect(() => probesFor(set, '', 'GITHUB_SHA is not set')).toThrow(
    /^probes\[1\]\.url: \{\{ release\.\* \}\} needs the SHA of the release being verified, and GITHUB_SHA is not set$/,
  )
  // probes that do not name it need no SHA, and are what can check a release of unknown SHA
  expect(probesFor(loadProbeSet('- url: http://a.test/\n'), '').map((p) => p.name)).toEqual(['a.test']) // prettier-ignore
  expect(probesWithoutRelease(set).map((p) => p.name)).toEqual(['homepage'])
})

test.each([
  [
    'an unknown name',
    '- name: version\n  url: http://a.test/\n  expect: { json: { "$.v": "{{ release.version }}" } }\n',
    'probes[0].expect.json["$.v"]: {{ release.version }} (probe "version") is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}',
  ],
  [
    'another case',
    '- url: "http://a.test/?v={{ Release.SHA }}"\n',
    'probes[0].url: {{ Release.SHA }} is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}',
  ],
  [
    'a misspelt scope',
    '- url: http://a.test/\n  headers: { X-V: "{{ releases.sha }}" }\n',
    'probes[0].headers.X-V: {{ releases.sha }} is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}',
  ],
  [
    'a field that is not filled in',
    '- name: deploy hook\n  url: http://a.test/\n  method: POST\n  body: "{{ release.sha }}"\n',
    'probes[0].body: {{ release.sha }} (probe "deploy hook") is filled in only in url, headers and expect',
  ],
])('%s is an input error naming the probe and the field', (_what, yaml, problem) => {
  expect(problems(yaml)).toEqual([problem])
})

test('every problem at once: a placeholder and a field that is wrong anyway', () => {
  expect(
    problems('- url: ftp://a.test/\n  expect: { body-contains: "{{ release.x }}" }\n'),
  ).toEqual([
    'probes[0].expect.body-contains: {{ release.x }} is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}',
    'probes[0].url: must be http or https, got "ftp"',
  ])
})

test("the runner's ${{ }} and keys are left alone; a mapping key is a name, not a value", () => {
  const doc = [{ url: 'http://a.test/${{ release.sha }}', expect: { json: { '{{ release.sha }}': 1 } } }] // prettier-ignore
  expect(releaseUse(doc, 'probes')).toEqual({ fields: [[]], problems: [] })
  expect(fillRelease(doc, SHA)).toEqual(doc)
})

test('a query value made from the SHA is not a secret; a token beside it still is', () => {
  const rec = recording()
  const { redactor } = prepareProbes(
    '- url: "https://shop.example.com/version?v={{ release.sha }}&token=s3cr3t-t0ken"\n',
    rec.runner,
  )
  expect(rec.secrets).toEqual(['s3cr3t-t0ken'])
  expect(rec.secrets.join()).not.toContain(SAMPLE_SHA.slice(0, 7))
  expect(redactor.text(`release ${SHA} with s3cr3t-t0ken`)).toBe(`release ${SHA} with ***`)
})

test('in a probes file, the action checks it before anything runs and points at its line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-release-'))
  writeFileSync(
    join(dir, 'probes.yml'),
    '- name: home\n  url: http://a.test/\n- name: version\n  url: http://a.test/version\n  expect:\n    json: { "$.sha": "{{ release.commit }}" }\n',
  )
  const inputs: Record<string, string> = { command: 'verify', probes: 'probes.yml' }
  const error = await checkInputs((n) => inputs[n] ?? '', dir, {}).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).problems).toEqual([
    {
      path: 'probes[1].expect.json["$.sha"]',
      message:
        '{{ release.commit }} (probe "version") is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}',
      file: 'probes.yml',
      line: 6,
    },
  ])
})
