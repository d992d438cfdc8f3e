// The fan-in's judgement from plain reports: the quorum rule for every setting, the scope it
// gives, the severity, and the reports that cannot be judged together.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/config/errors.js'
import {
  fanInVerification,
  judgeVantages,
  quorumNeeded,
  reportProblems,
  vantageReport,
  vantageTimeline,
  type VantageReport,
} from '../../src/verify/vantages.js'
import { readVantageReports } from '../../src/verify/vantage-files.js'
import { vantageTable } from '../../src/verify/vantages-render.js'
import { FAILED, failedReport, restoreReport } from '../incident/render-fixtures.js'
import { judge } from '../helpers/markdown-oracle.js'

const failing = (name: string, sha = FAILED) => vantageReport(name, sha, failedReport())
const healthy = (name: string, sha = FAILED) => vantageReport(name, sha, restoreReport())
const set = (bad: number, good: number) => [
  ...Array.from({ length: bad }, (_, i) => failing(`bad-${i + 1}`)),
  ...Array.from({ length: good }, (_, i) => healthy(`good-${i + 1}`)),
]

test('a vantage report holds the vantage, the release and every probe verdict', () => {
  const r = failing('eu-west')
  expect(r).toMatchObject({
    format: 'deploy-guard/vantage@1',
    vantage: 'eu-west',
    sha: FAILED,
    healthy: false,
    severity: failedReport().verdict.severity,
  })
  expect(r.probes.map((p) => [p.name, p.ok])).toEqual(
    failedReport().probes.map((p) => [p.name, !failedReport().verdict.failing.includes(p.name)]),
  )
  expect(r.p95Ms).toBeGreaterThan(0)
  expect(healthy('us').probes.every((p) => p.ok)).toBe(true)
})

test.each([
  // [quorum, vantages, needed]
  ['majority', 1, 1],
  ['majority', 2, 2],
  ['majority', 3, 2],
  ['majority', 4, 3],
  ['majority', 5, 3],
  ['all', 3, 3],
  ['any', 3, 1],
  [2, 3, 2],
] as const)('quorum %s of %i vantages needs %i failing', (q, n, needed) => {
  expect(quorumNeeded(q, n)).toBe(needed)
})

test.each([
  // [failing, healthy, quorum, scope, severity]
  [0, 3, 'majority', null, null],
  [1, 2, 'majority', 'regional', 'P2'],
  [2, 1, 'majority', 'partial', 'P2'],
  [3, 0, 'majority', 'everywhere', 'P1'],
  [1, 2, 'any', 'partial', 'P2'],
  [2, 1, 'all', 'regional', 'P2'],
  [3, 0, 'all', 'everywhere', 'P1'],
  [2, 1, 2, 'partial', 'P2'],
  [1, 2, 2, 'regional', 'P2'],
  [1, 0, 'majority', 'everywhere', 'P1'],
  [1, 1, 'majority', 'regional', 'P2'],
] as const)('%i failing, %i healthy, quorum %s: scope %s', (bad, good, q, scope, severity) => {
  const v = judgeVantages(set(bad, good), q)
  expect([v.scope, v.severity, v.failingCount, v.counted]).toEqual([
    scope,
    severity,
    bad,
    bad + good,
  ])
})

test('the reason names the failing and the healthy vantages and the quorum', () => {
  const v = judgeVantages(set(1, 2), 'majority')
  expect(v.reason).toBe(
    `1 of 3 vantages (bad-1) saw release abc1234 fail, fewer than the quorum of 2 (a majority): a regional problem, not the release; good-1, good-2 saw it healthy`,
  )
  expect(judgeVantages(set(2, 1), 'majority').reason).toMatch(
    /^2 of 3 vantages \(bad-1, bad-2\) saw release abc1234 fail, at least the quorum of 2/,
  )
  expect(judgeVantages(set(3, 0), 'all').reason).toBe(
    'every vantage (3 of 3: bad-1, bad-2, bad-3) saw release abc1234 fail',
  )
})

test('a cancelled vantage is listed, not counted', () => {
  const cancelled: VantageReport = {
    ...healthy('ap'),
    healthy: false,
    outcome: 'cancelled',
    severity: null,
  }
  const v = judgeVantages([failing('eu'), healthy('us'), cancelled], 'majority')
  expect([v.counted, v.needed, v.scope]).toEqual([2, 2, 'regional'])
  expect(v.rows.map((r) => [r.vantage, r.verdict])).toEqual([
    ['ap', 'cancelled'],
    ['eu', 'failing'],
    ['us', 'healthy'],
  ])
})

test('the failure branch is shown the worst vantage, with the fan-in verdict', () => {
  const reports = [healthy('us'), failing('eu')]
  const view = judgeVantages(reports, 'any')
  const f = fanInVerification(reports, view)
  expect(f.target).toBe(`${failedReport().target} (as seen from eu)`)
  expect(f.verdict).toMatchObject({ healthy: false, severity: 'P2', reason: view.reason })
  expect(f.rounds).toEqual(failedReport().rounds)
  expect(vantageTimeline(reports).map((e) => e.what)).toEqual([
    'us: verification started',
    'us: healthy',
    'eu: verification started',
    'eu: first failed round',
    `eu: unhealthy (${failedReport().verdict.severity})`,
  ])
})

describe('reports that cannot be judged together', () => {
  const want = { sha: FAILED, environment: 'production', quorum: 'majority' as const }
  const found = (reports: VantageReport[]) =>
    reports.map((report, i) => ({ file: `r${i}.json`, report }))

  test('a report of another release', () => {
    const other = 'f'.repeat(40)
    expect(reportProblems(found([failing('eu'), healthy('us', other)]), want)).toEqual([
      {
        path: 'reports',
        message: `r1.json is a report of release fffffff, but this run verifies abc1234: reports of another release cannot judge this one (an artifact of an older run?)`,
      },
    ])
    // Without the run's own SHA, the reports must still agree among themselves.
    expect(
      reportProblems(found([failing('eu'), healthy('us', other)]), { ...want, sha: '' }),
    ).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^the reports are of different releases \(abc1234, fffffff\)/,
        ),
      }),
    ])
  })

  test('another environment, a vantage twice, a quorum above the vantages', () => {
    const staging = { ...healthy('us'), environment: 'staging' }
    expect(reportProblems(found([failing('eu'), staging]), want).map((p) => p.message)).toEqual([
      'r1.json verified environment "staging", not "production"',
    ])
    expect(reportProblems(found([failing('eu'), healthy('EU')]), want)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^r1.json and r0.json are both from vantage "EU"/),
      }),
    ])
    expect(reportProblems(found(set(1, 1)), { ...want, quorum: 3 })).toEqual([
      {
        path: 'quorum',
        message:
          '3 is more than the 2 vantages that reported a verdict: the release could never count as failed',
      },
    ])
    expect(reportProblems(found(set(1, 2)), { ...want, quorum: 3 })).toEqual([])
  })
})

describe('reading the reports as download-artifact leaves them', () => {
  const write = (dir: string, rel: string, data: unknown) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true })
    writeFileSync(join(dir, rel), typeof data === 'string' ? data : JSON.stringify(data))
  }
  const problem = (pattern: string, ws: string) => {
    try {
      readVantageReports(pattern, ws)
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      return (e as Error).message
    }
    throw new Error('no input error')
  }

  test('a folder per artifact, a glob, one file', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dg-vantages-'))
    write(ws, 'reports/vantage-eu/deploy-guard-verify-production-eu.json', failing('eu'))
    write(ws, 'reports/vantage-us/deploy-guard-verify-production-us.json', healthy('us'))
    const names = (p: string) => readVantageReports(p, ws).map((f) => [f.file, f.report.vantage])
    expect(names('reports')).toEqual([
      ['reports/vantage-eu/deploy-guard-verify-production-eu.json', 'eu'],
      ['reports/vantage-us/deploy-guard-verify-production-us.json', 'us'],
    ])
    expect(names('reports/*/deploy-guard-*.json')).toEqual(names('reports'))
    expect(names('reports/vantage-*')).toEqual(names('reports'))
    expect(names('reports/vantage-us/deploy-guard-verify-production-us.json')).toEqual([
      ['reports/vantage-us/deploy-guard-verify-production-us.json', 'us'],
    ])
  })

  test('none, a missing path, a broken file, a report that is not a vantage', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dg-vantages-'))
    mkdirSync(join(ws, 'empty'))
    expect(problem('empty', ws)).toMatch(/^reports: no report files \(\*\.json\) found at empty: /)
    expect(problem('reports/*.json', ws)).toMatch(/^reports: no report files/)
    expect(problem('nowhere', ws)).toMatch(/^reports: nowhere does not exist/)
    write(ws, 'bad/cut.json', JSON.stringify(failing('eu')).slice(0, 100))
    write(ws, 'bad/plain.json', failedReport())
    const noProbes: Partial<VantageReport> = failing('us')
    delete noProbes.probes
    write(ws, 'bad/old.json', noProbes)
    write(ws, 'bad/name.json', { ...failing('ap'), vantage: 'a/b' })
    const lines = problem('bad', ws).split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/^reports: bad\/cut\.json: not valid JSON \(/),
      expect.stringMatching(/^reports: bad\/name\.json: vantage: expected a vantage name/),
      'reports: bad/old.json: probes: required',
      expect.stringMatching(
        /^reports: bad\/plain\.json: not the report of a verify step with vantage set/,
      ),
    ])
  })
})

test('the table: a row per vantage, names neutralised, GFM-valid', () => {
  const hostile = { ...failing('eu'), vantage: 'eu' }
  hostile.probes = hostile.probes.map((p) => ({ ...p, name: `${p.name} @admin <b>x</b> | y` }))
  const text = vantageTable(judgeVantages([hostile, healthy('us')], 'majority'))
  const parsed = judge(text)
  expect(parsed.problems).toEqual([])
  expect(text.split('\n')).toHaveLength(4)
  expect(text).toContain('| eu | 🔴 failing (P1) |')
  // in code spans: no mention pings, no HTML renders, the pipe does not split the row
  expect(text).toContain('`homepage @admin <b>x</b> ❘ y`')
})
