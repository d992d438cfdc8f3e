// Fuzzing the incident issue renderer: whatever commits, pull requests, file names, probes,
// bodies, errors and reasons say, the issue is markdown GitHub reads as intended. Tables keep
// their columns, fences close, nothing pings (@mention, #123, GH-123), no raw HTML or character
// reference renders, and title, body and comments stay within GitHub's limits with the sections
// a responder needs first. The judge is a GFM parser that is not ours (test/helpers/markdown-oracle.ts).
import fc from 'fast-check'
import {
  BODY_HEADINGS,
  COMMENT_HEADINGS,
  incidentTitle,
  ISSUE_LIMIT,
  renderIncidentBody,
  renderIncidentComment,
  renderRecoveryComment,
} from '../../src/incident/render.js'
import type {
  ChangedCommit,
  ChangedFile,
  Evidence,
  IncidentInput,
  RollbackState,
  TimelineEvent,
} from '../../src/incident/types.js'
import { evidenceTail } from '../../src/incident/render-evidence.js'
import { safeUrl, visible } from '../../src/report/markdown.js'
import { ERROR_CLASSES, type ProbeResult } from '../../src/verify/probe.js'
import type { VerifyReport } from '../../src/verify/report.js'
import { runs } from '../helpers/fuzz.js'
import { HOSTILE } from '../helpers/hostile.js'
import { judge } from '../helpers/markdown-oracle.js'
import { changeSet, failedReport, incident, restoreReport } from './render-fixtures.js'

// ---- generators ----

/** Pieces of text that mean something to markdown, GitHub or a terminal. */
const PIECES = [
  '|', '\\|', '\\', '\\\\', '`', '``', '```', '````', '~', '~~~', '*', '**', '_', '__', '[', ']',
  '(', ')', '](', '![', '<', '>', '&', '&#64;', '&lt;', '&amp;', '&#x40;', '#', '#1', '#123',
  'GH-1', 'gh-42', '@', '@everyone', '@acme/ops', 'a@b.c', '<!--', '-->', '<details>', '</details>',
  '<summary>', '<img src=x onerror=alert(1)>', '<script>', 'javascript:alert(1)', 'https://x.test/',
  'www.example.com', '\n', '\r', '\r\n', '\n\n', '\n---\n', '\n## h\n', '\n| a | b |\n| --- | --- |\n',
  '\t', ' ', '    ', '\u200b', '\u2028', '\u2029', '\u202e', '\u2066', '\u0000', '\u0007', '\u001b[31m',
  '\u0085', '\ufeff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'é', 'a', 'Z', '0', '7', '-', ':', '!', '$',
  '$$', '%', '%%{init: {}}%%', '=', '+', '"', "'", '/', '{', '}', ';', '^', 'abc1234',
  ':rocket:', ':', '$x^2$', 'https://github.com/other/repo/issues/7', '/pull/7', 'www.', '1. ',
  '# ', '- ', '    ', '[^1]', '[^1]: x', '[x]: https://x.test', '##[', '::', '\u0085',
  ...HOSTILE,
] // prettier-ignore

const utf16 = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

/** Untrusted text: adversarial pieces, any code points, any UTF-16 units (lone surrogates too). */
const text = (maxLength = 40) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength }).map((a) => a.join('')) }, // prettier-ignore
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: utf16, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('|', '`', '\\', '@', '<', '#', '1', 'a', ' ', '\n'), maxLength }) }, // prettier-ignore
  )

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'https://github.com/@everyone/pull/1',
    'https://user:secret@github.com/a',
    'https://github.com/acme/shop/commit/x)|[y](z',
    'https://github.com/a b/<c>/`d`/\\e',
    'https://github.com/acme/shop/issues/1#issuecomment-2',
    '',
  ),
  text(20),
)

const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 7, maxLength: 40 })
const sha = fc.oneof({ weight: 3, arbitrary: hex }, { weight: 1, arbitrary: text(12) })

const MIN_DATE = -8.64e15
const MAX_DATE = 8.64e15
/** Instants as the failure path writes them, and what a broken clock or a fuzzer would. */
const instant = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2000, 0), max: Date.UTC(2100, 0) }).map((ms) => new Date(ms).toISOString()) }, // prettier-ignore
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(MIN_DATE).toISOString(), new Date(MAX_DATE).toISOString(), '', 'soon', '2026-13-45T99:99:99Z') }, // prettier-ignore
  { weight: 1, arbitrary: text(20) },
)

const RISKY_NAMES = [
  'db/migrate/1_x.rb', 'config/app.yml', 'package.json', 'Dockerfile', '.github/workflows/ci.yml',
  'k8s/deploy.yaml', '.env', 'schema.sql', 'src/index.ts',
] // prettier-ignore
const filename = fc.oneof(
  fc.constantFrom(...RISKY_NAMES),
  fc.tuple(fc.constantFrom(...RISKY_NAMES), text(30)).map(([a, b]) => `${a}/${b}`),
  fc.tuple(text(30), fc.constantFrom(...RISKY_NAMES)).map(([a, b]) => `${a}/${b}`),
  text(60),
)

const commit: fc.Arbitrary<ChangedCommit> = fc.record(
  {
    sha,
    title: text(60),
    author: text(20),
    url,
    pr: fc.record(
      { number: fc.oneof(fc.nat(), fc.integer()), title: text(60), url },
      { requiredKeys: ['number', 'url'] },
    ),
  },
  { requiredKeys: ['sha', 'title', 'author', 'url'] },
)

const file: fc.Arbitrary<ChangedFile> = fc.record(
  {
    filename,
    status: fc.oneof(fc.constantFrom('added', 'modified', 'removed', 'renamed'), text(10)),
    additions: fc.nat(),
    deletions: fc.nat(),
    previousFilename: filename,
  },
  { requiredKeys: ['filename', 'status', 'additions', 'deletions'] },
)

const probeDef = fc.record({
  name: text(30),
  method: fc.oneof(fc.constantFrom('GET', 'POST'), text(8)),
  url,
  critical: fc.boolean(),
})

const result = (name: string): fc.Arbitrary<ProbeResult> =>
  fc.oneof(
    fc.record({ probe: fc.constant(name), ok: fc.constant(true), status: fc.constant(200), latencyMs: fc.nat(5000) }), // prettier-ignore
    fc.record(
      {
        probe: fc.constant(name),
        ok: fc.constant(false),
        status: fc.integer({ min: 100, max: 599 }),
        latencyMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
        error: fc.constantFrom(...ERROR_CLASSES),
        message: text(80),
        evidence: text(120),
      },
      { requiredKeys: ['probe', 'ok', 'latencyMs', 'error'] },
    ),
  )

/** A failed verification whose probe names, URLs, messages, bodies and reason are all untrusted. */
const verification: fc.Arbitrary<VerifyReport> = fc
  .array(probeDef, { minLength: 1, maxLength: 6 })
  .chain((probes) =>
    fc.record({
      probes: fc.constant(probes),
      rounds: fc.array(
        fc.tuple(...probes.map((p) => result(p.name))).map((results) => results as ProbeResult[]),
        { minLength: 1, maxLength: 5 },
      ),
      reason: text(120),
      target: sha,
      environment: text(20),
      startedAt: instant,
      endedAt: instant,
      failing: fc.subarray(probes.map((p) => p.name)),
    }),
  )
  .map(({ probes, rounds, reason, target, environment, startedAt, endedAt, failing }) => {
    const base = failedReport()
    return {
      ...base,
      target,
      environment,
      startedAt,
      endedAt,
      probes: probes.map((p) => ({ ...p, headers: {} })),
      verdict: { ...base.verdict, reason, failing, deciding: [rounds.length] },
      rounds: rounds.map((results, i) => ({
        number: i + 1,
        startedAt: base.rounds[0]!.startedAt,
        passed: results.every((r) => r.ok),
        results,
      })),
    }
  })

const timelineArb: fc.Arbitrary<TimelineEvent[]> = fc.array(
  fc.record({ at: instant, what: text(60) }),
  { maxLength: 8 },
)

/** What an evidence command printed: many lines of anything, a fence or a heading among them. */
const evidenceArb: fc.Arbitrary<Evidence> = fc
  .record({
    outcome: fc.constantFrom('ok' as const, 'failed' as const, 'timed-out' as const, 'cancelled' as const), // prettier-ignore
    detail: text(80),
    lines: fc.array(text(60), { maxLength: 150 }),
    startedAt: instant,
    endedAt: instant,
  })
  .map(({ lines, ...e }) => ({
    ...e,
    exitCode: null,
    signal: null,
    timeoutMs: 30_000,
    output: lines.join('\n'),
    lines: lines.length,
    bytes: Buffer.byteLength(lines.join('\n')),
    truncated: false,
  }))

const changes = fc.record({
  base: sha,
  head: sha,
  compareUrl: url,
  totalCommits: fc.nat(10_000),
  commits: fc.array(commit, { maxLength: 8 }),
  files: fc.array(file, { maxLength: 10 }),
  capped: fc.record({ commits: fc.boolean(), files: fc.boolean() }),
})

const incidentArb: fc.Arbitrary<IncidentInput> = fc
  .record({
    environment: text(30),
    actor: text(20),
    failedSha: sha,
    previousSha: fc.option(sha),
    severity: fc.constantFrom('P1' as const, 'P2' as const),
    verification,
    state: fc.constantFrom<RollbackState>('recovered', 'rollback-failed', 'not-rolled-back'),
    strategy: fc.constantFrom('none' as const, 'command' as const, 'deployment' as const, 'workflow' as const), // prettier-ignore
    detail: text(120),
    restore: fc.option(fc.record({ reason: text(80), endedAt: instant })),
    timeline: timelineArb,
    evidence: fc.option(evidenceArb),
    changes: fc.option(changes, { freq: 4 }),
    changesNote: fc.option(text(60)),
    runUrl: url,
    now: instant,
  })
  .map((r) => {
    const restore = r.restore
      ? { ...restoreReport(), endedAt: r.restore.endedAt, verdict: { ...restoreReport().verdict, reason: r.restore.reason } } // prettier-ignore
      : undefined
    return incident({
      environment: r.environment,
      actor: r.actor,
      failedSha: r.failedSha,
      previousSha: r.previousSha,
      severity: r.severity,
      verification: r.verification,
      rollback: { state: r.state, strategy: r.strategy, detail: r.detail, ...(restore ? { restore } : {}) }, // prettier-ignore
      timeline: r.timeline,
      ...(r.evidence ? { evidence: r.evidence } : {}),
      changes: r.changes,
      ...(r.changesNote === null ? {} : { changesNote: r.changesNote }),
      runUrl: r.runUrl,
      now: r.now,
    })
  })

// ---- what must hold ----

const BODY_SUBHEADINGS = [
  '### Risky files first', '### Commits', '### Files', '### Summary', '### Impact', '### Timeline',
  '### Root cause', '### Contributing factors', '### What went well', '### Action items',
  '## Evidence',
] // prettier-ignore
const COMMENT_SUBHEADINGS = ['#### Risky files first', '#### Commits', '#### Files', '### Evidence']
// eslint-disable-next-line no-control-regex -- the point is to find them
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const MERMAID_EVENT = /^ {4}[^:#;%`<>{}"]+( : [^:#;%`<>{}"]+)+$/

// The run marks publish.ts appends, and the links the renderer writes (commits, pull requests,
// the comparison, the run): always explicit, always through safeUrl.
const HEADING_OK = (h: string) =>
  h.startsWith('## 🔴 Another failed deploy: ') || h.startsWith('## ✅ Recovered: ')

function problemsOf(md: string, headings: readonly string[], extra: readonly string[]): string[] {
  const heads = new Set([...headings, ...extra])
  const seen = judge(md, {
    headings,
    headingOk: (h) => heads.has(h) || HEADING_OK(h),
    fences: ['text', 'mermaid'],
    blockquotes: true,
    // The pull request column: `#42` stands for the change's own PR, linked or not.
    ownReferences: /^ *#-?\d+(?= |$)/,
    linkOk: (url) => safeUrl(url) === url,
  })
  const out = seen.problems
  for (const f of seen.fences.filter((b) => b.lang === 'mermaid')) {
    const [kind, title, ...events] = f.value.split('\n')
    if (kind !== 'timeline' || !/^ {4}title [\w ,]+$/.test(title ?? ''))
      out.push('mermaid chart: bad header')
    for (const e of events)
      if (!MERMAID_EVENT.test(e)) out.push(`mermaid event ${JSON.stringify(e)}`)
  }
  return out
}

function expectBody(body: string, limit: number): void {
  expect(body.length).toBeLessThanOrEqual(limit)
  expect(problemsOf(body, BODY_HEADINGS, BODY_SUBHEADINGS)).toEqual([])
}

function expectComment(comment: string, limit: number): void {
  expect(comment.length).toBeLessThanOrEqual(limit)
  expect(comment.split('\n')[0]).toMatch(/^## 🔴 Another failed deploy: /)
  expect(problemsOf(comment, COMMENT_HEADINGS, COMMENT_SUBHEADINGS)).toEqual([])
}

function expectTitle(title: string): void {
  // GitHub refuses titles over 256 characters (code points); a title is one line of plain text.
  expect([...title].length).toBeLessThanOrEqual(256)
  expect(title).not.toMatch(/[\r\n\u2028\u2029]/)
  // GitHub shows titles as text (no HTML, no mentions), so only hidden characters matter.
  expect(title).not.toMatch(CONTROL)
  expect(title).not.toMatch(LONE_SURROGATE)
}

/** Each evidence block is the start of a failed response's body, verbatim but for line ends. */
function expectEvidence(md: string, input: IncidentInput): void {
  const bodies = input.verification.rounds.flatMap((r) =>
    r.results.flatMap((x) => (x.evidence ? [visible(x.evidence).replace(/\r\n?/g, '\n')] : [])),
  )
  const sectionStart = md.indexOf('Failed probes\n')
  const sectionEnd = md.indexOf('Timeline\n', sectionStart)
  const blocks = judge(md.slice(sectionStart, sectionEnd), { fences: ['text'] }).fences
  for (const b of blocks.filter((x) => x.lang === 'text')) {
    const seen = b.value.replace(/…$/, '')
    expect(bodies.some((full) => full.startsWith(seen))).toBe(true)
  }
}

/** The Evidence section's block is the end of the output, verbatim but for line ends. */
function expectEvidenceSection(md: string, input: IncidentInput, heading: string): void {
  const at = md.indexOf(`\n${heading}\n`)
  if (!input.evidence) {
    expect(at).toBe(-1)
    return
  }
  // A body cut to a tiny limit may end before the section; otherwise it is there, whole.
  if (at < 0) return
  // An unclosed fence would run to the end of the body, and its text would not be the tail.
  const [block] = judge(md.slice(at), { fences: ['text'] }).fences
  const tail = evidenceTail(input.evidence.output).text
  if (tail === '') return
  expect(block).toMatchObject({ lang: 'text' })
  expect(block!.value).toBe(visible(tail).replace(/\r\n?/g, '\n'))
}

const LIMITS = fc.constantFrom(ISSUE_LIMIT, ISSUE_LIMIT, 20_000, 6_000)

test('any untrusted text gives a safe body, comment and title within the limits', () => {
  fc.assert(
    fc.property(incidentArb, LIMITS, (input, limit) => {
      const body = renderIncidentBody(input, limit)
      expectBody(body, limit)
      expectEvidence(body, input)
      expectEvidenceSection(body, input, '## Evidence')
      const comment = renderIncidentComment(input, limit)
      expectComment(comment, limit)
      expectEvidence(comment, input)
      expectEvidenceSection(comment, input, '### Evidence')
      expectTitle(incidentTitle(input))
    }),
    { numRuns: runs(200) },
  )
})

test('any untrusted text gives a safe recovery comment', () => {
  fc.assert(
    fc.property(
      fc.record({ at: instant, sha, environment: text(40), reason: fc.option(text(100)) }),
      ({ at, sha, environment, reason }) => {
        const restore =
          reason === null
            ? undefined
            : { ...restoreReport(), verdict: { ...restoreReport().verdict, reason } }
        const md = renderRecoveryComment({ at, sha, environment, restore })
        expect(md.length).toBeLessThanOrEqual(ISSUE_LIMIT)
        expect(md.split('\n')[0]).toMatch(/^## ✅ Recovered: /)
        expect(problemsOf(md, [], [])).toEqual([])
      },
    ),
    { numRuns: runs(200) },
  )
})

// ---- large inputs ----

const MB = 1024 * 1024

/**
 * Thousands of commits and files from a few generated ones, bodies of a megabyte. The arbitrary
 * is the small recipe, expanded in the property, so a counterexample prints in a few lines.
 */
const hugeArb = fc.record({
  input: incidentArb,
  commits: fc.array(commit, { minLength: 1, maxLength: 4 }),
  files: fc.array(file, { minLength: 1, maxLength: 4 }),
  nCommits: fc.integer({ min: 250, max: 5000 }),
  nFiles: fc.integer({ min: 300, max: 5000 }),
  filler: text(30).filter((s) => s.length > 0),
  titleLength: fc.constantFrom(100, 10_000, MB),
})

function expand(r: typeof hugeArb extends fc.Arbitrary<infer T> ? T : never): IncidentInput {
  const { input, commits, files, nCommits, nFiles, filler, titleLength } = r
  const ch = changeSet()
  const long = filler.repeat(Math.ceil(titleLength / filler.length)).slice(0, titleLength)
  ch.commits = Array.from({ length: nCommits }, (_, i) => {
    const c = commits[i % commits.length]!
    return { ...c, sha: `${c.sha}${i}`, title: i === 0 ? long : c.title }
  })
  ch.files = Array.from({ length: nFiles }, (_, i) => {
    const f = files[i % files.length]!
    return { ...f, filename: `${f.filename}${i}` }
  })
  ch.totalCommits = nCommits
  ch.capped = { commits: nCommits > 250, files: nFiles >= 300 }
  const v = input.verification
  const evidence = filler.repeat(Math.ceil(MB / filler.length))
  const verification = {
    ...v,
    rounds: v.rounds.map((r) => ({
      ...r,
      results: r.results.map((x) => (x.ok ? x : { ...x, evidence, message: long })),
    })),
  }
  // An evidence command that printed a megabyte on one line, and a thousand lines of it.
  const output = [evidence, ...Array.from({ length: 1000 }, () => long.slice(0, 200))].join('\n')
  const printed = { outcome: 'ok' as const, detail: long, exitCode: 0, signal: null, startedAt: '', endedAt: '', timeoutMs: 1, output, lines: 1001, bytes: output.length, truncated: false } // prettier-ignore
  return {
    ...input,
    changes: ch,
    verification,
    environment: long,
    actor: long,
    evidence: printed,
  }
}

test('thousands of commits and files and megabyte bodies: within the limit, first sections kept', () => {
  fc.assert(
    fc.property(hugeArb, (recipe) => {
      const input = expand(recipe)
      const body = renderIncidentBody(input)
      expectBody(body, ISSUE_LIMIT)
      // What a responder needs first survives the cut: the verdict and what changed.
      expect(body).toMatch(/^## Summary\n\n\*\*/)
      expect(body).toContain('Verdict: ')
      const changed = body.slice(body.indexOf('## What changed\n'))
      expect(changed).toMatch(
        /^## What changed\n\n\[`[^`]*`\.\.\.`[^`]*`\]\(|^## What changed\n\n`/,
      )
      expect(changed).toContain('### Commits')
      const comment = renderIncidentComment(input)
      expectComment(comment, ISSUE_LIMIT)
      expectTitle(incidentTitle(input))
    }),
    // Each run renders megabytes: shrinking would take minutes, and the recipe is short anyway.
    { numRuns: runs(4), endOnFailure: true },
  )
})

// Found by the properties above; kept as plain examples so they fail with a clear name.
describe('regressions', () => {
  test('"GH-42" from a commit or a verdict is not a live issue reference', () => {
    const restore = { ...restoreReport(), verdict: { ...restoreReport().verdict, reason: 'gh-42' } } // prettier-ignore
    const md = renderRecoveryComment({ at: '', sha: '0000000', environment: 'GH-7', restore })
    expect(problemsOf(md, [], [])).toEqual([])
    expect(md).toContain('gh-\u200b42')
  })

  test('a line break in the SHA does not end the title', () => {
    expect(incidentTitle(incident({ failedSha: 'abc\n1234' }))).toBe(
      'Rollback: production deploy of abc 123 failed verification',
    )
  })

  test('a clock at the end of time gives placeholders, not a RangeError', () => {
    const body = renderIncidentBody(incident({ now: new Date(MAX_DATE).toISOString() }))
    expect(body).toContain('Next update by [HH:MM UTC]')
    expect(body).toContain('| _owner_ | YYYY-MM-DD |')
  })

  test('a start time that is not a time does not cut a character in half', () => {
    const v = failedReport()
    v.rounds = v.rounds.map((r) => ({ ...r, startedAt: '𐀀𐀀𐀀 𐀀𐀀' }))
    const body = renderIncidentBody(incident({ verification: v }))
    expect(body).toContain('On YYYY-MM-DD, release `abc1234`')
    expect(problemsOf(body, BODY_HEADINGS, BODY_SUBHEADINGS)).toEqual([])
  })
})
