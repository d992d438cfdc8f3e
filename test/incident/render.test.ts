// The incident issue from fixtures: every section in order, the facts a responder needs in the
// first screen, the size limit with a huge diff, and hostile text that must not ping, render as
// HTML, break a table or leave a code block.
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
import type { ChangeSet, IncidentInput } from '../../src/incident/types.js'
import { safeUrl, visible } from '../../src/report/markdown.js'
import { markdownProblems } from '../helpers/markdown-oracle.js'
import type { VerifyReport } from '../../src/verify/report.js'
import {
  API_EVIDENCE,
  at,
  changeSet,
  failedReport,
  fencedBlocks,
  HOMEPAGE_EVIDENCE,
  incident,
  PREVIOUS,
  prose,
  restoreReport,
  tables,
  timeline,
} from './render-fixtures.js'

/** The text of one `## ` section, up to the next `## ` heading. */
function section(body: string, heading: string): string {
  const start = body.indexOf(`${heading}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = body.indexOf('\n## ', start + heading.length)
  return body.slice(start + heading.length, next < 0 ? undefined : next)
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** What GitHub would do wrong with unneutralised text, checked on the markdown as it parses it. */
function expectSafe(md: string, headings: readonly string[] = BODY_HEADINGS): void {
  const text = prose(md)
  expect(text).not.toMatch(/@[A-Za-z0-9]/)
  expect(text).not.toMatch(/<[A-Za-z/!?]/)
  expect(md).not.toMatch(LONE_SURROGATE)
  // A fence left open would swallow every heading after it into a code block.
  for (const h of headings) expect(text.split('\n')).toContain(h)
  for (const t of tables(md)) {
    for (const row of t.rows) expect(row).toHaveLength(t.head.length)
    if (t.next !== undefined) expect(t.next).toBe('')
  }
  for (const block of fencedBlocks(md)) {
    expect(['text', 'mermaid']).toContain(block.info)
    if (block.info === 'mermaid') {
      const [kind, title, ...events] = block.body.split('\n')
      expect(kind).toBe('timeline')
      expect(title).toMatch(/^ {4}title [\w ,]+$/)
      for (const e of events) expect(e).toMatch(/^ {4}[^:#;%`<>{}"]+( : [^:#;%`<>{}"]+)+$/)
    }
  }
  // and as a GFM parser that is not ours reads it
  const all = new Set<string>([...BODY_HEADINGS, ...COMMENT_HEADINGS])
  expect(
    markdownProblems(md, {
      headings,
      headingOk: (h) => all.has(h) || /^#{2,4} /.test(h),
      fences: ['text', 'mermaid'],
      blockquotes: true,
      ownReferences: /^ *#-?\d+(?= |$)/,
      linkOk: (url) => safeUrl(url) === url,
    }),
  ).toEqual([])
}

describe('title', () => {
  test.each([
    ['recovered', 'Rollback: production deploy of abc1234 failed verification'],
    ['rollback-failed', 'Deploy of abc1234 to production failed verification, rollback failed'],
    ['not-rolled-back', 'Deploy of abc1234 to production failed verification, not rolled back'],
  ] as const)('%s', (state, title) => {
    expect(incidentTitle(incident({ rollback: { ...incident().rollback, state } }))).toBe(title)
  })

  test('an environment name cannot add lines or hidden characters to the title', () => {
    const title = incidentTitle(incident({ environment: 'prod\nuction\u202e' }))
    expect(title).toBe('Rollback: prod uction deploy of abc1234 failed verification')
  })
})

describe('body', () => {
  const body = renderIncidentBody(incident())

  test('has every section, once, in order, and a footer linking the run', () => {
    const lines = body.split('\n')
    const positions = BODY_HEADINGS.map((h) => lines.indexOf(h))
    for (const h of BODY_HEADINGS) expect(lines.filter((l) => l === h)).toHaveLength(1)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(positions[0]).toBe(0)
    expect(body).toMatch(/\[this workflow run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/987654321\)\D*$/) // prettier-ignore
    expectSafe(body)
  })

  test('the summary is one paragraph: what is broken, since when, what was done, current state', () => {
    const summary = section(body, '## Summary').trim()
    expect(summary).not.toContain('\n')
    expect(summary).toContain('**production**')
    expect(summary).toContain('`abc1234`')
    expect(summary).toContain('since 2026-03-03 14:00:10 UTC') // the first failed round
    expect(summary).toContain('2 of 3 health checks failed')
    expect(summary).toContain('homepage: it answered with an error status')
    expect(summary).toContain('The previous release `def5678` was put back by running the rollback command') // prettier-ignore
    expect(summary).toContain('at 2026-03-03 14:02:10 UTC')
    expect(summary).toContain('Current state: working again, on the previous release')
  })

  test('the summary says what is left to do when the rollback failed or did not run', () => {
    const failed = renderIncidentBody(
      incident({
        rollback: { state: 'rollback-failed', strategy: 'workflow', detail: 'The restored release failed verification too.' }, // prettier-ignore
      }),
    )
    expect(section(failed, '## Summary')).toMatch(/did not bring the service back: The restored release failed verification too\. \*\*Current state: still broken/) // prettier-ignore
    const none = renderIncidentBody(
      incident({
        previousSha: null,
        changes: null,
        changesNote: 'this is the first deploy to production.',
        rollback: { state: 'not-rolled-back', strategy: 'command', detail: 'No previous release to roll back to (first deploy).' }, // prettier-ignore
      }),
    )
    expect(section(none, '## Summary')).toContain(
      'Nothing was rolled back: No previous release to roll back to (first deploy). **Current state: the failed release `abc1234` is probably still serving',
    )
    expect(section(none, '## What changed')).toContain('this is the first deploy to production.')
    expectSafe(failed)
    expectSafe(none)
  })

  test('severity says P1 or P2 and why', () => {
    expect(section(body, '## Severity')).toMatch(/^\s*\*\*P1\*\*: critical probe `homepage` failed\./) // prettier-ignore
    const v = failedReport()
    v.verdict = { ...v.verdict, severity: 'P2', failing: ['api'] }
    v.rounds = v.rounds.map((r) => ({ ...r, results: r.results.map((x) => (x.probe === 'homepage' ? { probe: 'homepage', ok: true, status: 200, latencyMs: 80 } : x)) })) // prettier-ignore
    const p2 = renderIncidentBody(incident({ severity: 'P2', verification: v }))
    expect(section(p2, '## Severity')).toContain(
      '**P2**: 1 of 3 probes failed, none of them critical',
    )
    const escalated = renderIncidentBody(
      incident({ verification: v, rollback: { state: 'rollback-failed', strategy: 'command', detail: 'exit 1.' } }), // prettier-ignore
    )
    expect(section(escalated, '## Severity')).toContain('**P1**: the rollback did not recover the service') // prettier-ignore
  })

  test('failed probes: error class, expected vs seen, and the evidence verbatim in a code block', () => {
    const probes = section(body, '## Failed probes')
    const [t] = tables(probes)
    expect(t!.head.map((c) => c.trim())).toEqual(['Probe', 'Critical', 'Request', 'Error', 'Expected vs seen', 'Failed rounds']) // prettier-ignore
    expect(t!.rows.map((r) => r.map((c) => c.trim()))).toEqual([
      ['homepage', 'yes', '`GET https://shop.example.com/`', '`http-status`', 'expected status 200-399, got 502', '3 of 4'], // prettier-ignore
      ['api', 'no', '`GET https://shop.example.com/api/health?token=REDACTED`', '`assertion`', 'expected \\$.db.ok to be true, got false', '3 of 4'], // prettier-ignore
    ])
    expect(probes).not.toContain('search |')
    expect(fencedBlocks(probes).map((b) => b.body)).toEqual([HOMEPAGE_EVIDENCE, API_EVIDENCE])
    expect(probes).toContain('**homepage**, last failed response (status 502, 31 ms)')
  })

  test('timeline: a table of every event in order with timestamps, and the same as a mermaid chart', () => {
    const part = section(body, '## Timeline')
    const [t] = tables(part)
    expect(t!.rows.map((r) => r.map((c) => c.trim()))).toEqual([
      ['2026-03-03 13:59:00 UTC', '+0s', 'Deploy started'],
      ['2026-03-03 14:00:00 UTC', '+1m', 'Verification started'],
      ['2026-03-03 14:00:10 UTC', '+1m 10s', 'First failed round (round 2)'],
      ['2026-03-03 14:00:31 UTC', '+1m 31s', 'Verdict: unhealthy (failing, P1)'],
      ['2026-03-03 14:00:32 UTC', '+1m 32s', 'Rollback started (command)'],
      ['2026-03-03 14:01:01 UTC', '+2m 1s', 'Rollback finished'],
      ['2026-03-03 14:02:10 UTC', '+3m 10s', 'Recovery verified'],
    ])
    const [chart] = fencedBlocks(part)
    expect(chart!.info).toBe('mermaid')
    expect(chart!.body.split('\n').slice(2)).toEqual([
      '    +0s : Deploy started',
      '    +1m : Verification started',
      '    +1m 10s : First failed round (round 2)',
      '    +1m 31s : Verdict unhealthy (failing, P1)',
      '    +1m 32s : Rollback started (command)',
      '    +2m 1s : Rollback finished',
      '    +3m 10s : Recovery verified',
    ])
  })

  test('timeline events given out of order are listed in time order', () => {
    const shuffled = [...timeline()].reverse()
    const [t] = tables(section(renderIncidentBody(incident({ timeline: shuffled })), '## Timeline'))
    expect(t!.rows[0]![2]!.trim()).toBe('Deploy started')
    expect(t!.rows.at(-1)![2]!.trim()).toBe('Recovery verified')
  })

  test('what changed: compare link, risky files first by kind, then commits with PR links, then files', () => {
    const part = section(body, '## What changed')
    expect(part).toContain(`[\`def5678\`...\`abc1234\`](https://github.com/acme/shop/compare/${PREVIOUS}...`) // prettier-ignore
    const order = ['### Risky files first', '**Migrations** (1)', '`db/migrate/20260303120000_add_orders_customer_index.rb` (added, +9 −0)', '**Configuration** (1)', '`config/database.yml`', '**Dependency manifests and lockfiles** (2)', '`package.json`', '`package-lock.json`', '**Infrastructure** (1)', '`Dockerfile`', '**Workflows** (1)', '`.github/workflows/deploy.yml`', '### Commits', '### Files'] // prettier-ignore
    const at = order.map((s) => part.indexOf(s))
    expect(at.every((x) => x >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    const risky = part.slice(part.indexOf('### Risky'), part.indexOf('### Commits'))
    expect(risky).not.toContain('README.md')
    expect(risky).not.toContain('cart.ts')
    const [commits, files] = tables(part)
    expect(commits!.rows).toHaveLength(3)
    expect(commits!.rows[0]![0]).toContain('[`1111111`](https://github.com/acme/shop/commit/1111111aaaaaaa)') // prettier-ignore
    expect(commits!.rows[0]![3]).toContain('[#41](https://github.com/acme/shop/pull/41) Speed up order history') // prettier-ignore
    expect(commits!.rows[1]![2]!.trim()).toBe('dependabot\\[bot\\]')
    expect(commits!.rows[1]![3]!.trim()).toBe('[#42](https://github.com/acme/shop/pull/42)')
    expect(files!.rows).toHaveLength(8)
    expect(files!.rows[1]!.map((c) => c.trim())).toEqual(['`db/migrate/20260303120000_add_orders_customer_index.rb`', 'migration', 'added', '+9', '−0']) // prettier-ignore
    expect(part).toContain('3 commits, 8 files changed (+72 −44)')
    expect(part).not.toContain('at most 250')
  })

  test('renames show both names; no risky files says so', () => {
    const changes = changeSet()
    changes.files = [{ filename: 'src/b.ts', previousFilename: 'src/a.ts', status: 'renamed', additions: 0, deletions: 0 }] // prettier-ignore
    const part = section(renderIncidentBody(incident({ changes })), '## What changed')
    expect(part).toContain('`src/a.ts` → `src/b.ts`')
    expect(part).toContain('None of the changed files are migrations, configuration')
  })

  test('says when the compare API caps were hit', () => {
    const changes: ChangeSet = { ...changeSet(), totalCommits: 412, capped: { commits: true, files: true } } // prettier-ignore
    const part = section(renderIncidentBody(incident({ changes })), '## What changed')
    expect(part).toContain(
      'The compare API lists at most 250 commits: the newest 3 of the 412 are listed here, and the oldest 409 are left out',
    )
    expect(part).toContain('The compare API lists at most 300 files')
    expect(part).toContain('at least 8 files changed')
    expect(part).toContain(`\`git diff --stat ${PREVIOUS} `)
  })

  test('status page messages: investigating with the next update, identified, resolved', () => {
    const part = section(body, '## Status page messages')
    const [investigating, identified, resolved] = fencedBlocks(part).map((b) => b.body)
    expect(investigating).toBe('We are investigating an outage affecting production since 14:00 UTC. Some requests may fail. We will post an update by 14:32 UTC.') // prettier-ignore
    expect(identified).toContain('We reverted it, and the service has been working normally since 14:02 UTC.') // prettier-ignore
    expect(resolved).toContain('Between 14:00 UTC and 14:02 UTC, production was unavailable or failing.') // prettier-ignore
    const open = renderIncidentBody(incident({ rollback: { state: 'not-rolled-back', strategy: 'none', detail: 'rollback-strategy is none.' } })) // prettier-ignore
    expect(fencedBlocks(section(open, '## Status page messages'))[2]!.body).toContain('and [HH:MM UTC]') // prettier-ignore
  })

  test('postmortem skeleton: blameless, every part, action items with owner and due date', () => {
    const part = section(body, '## Postmortem (blameless)').split('\n---\n')[0]!
    const parts = ['### Summary', '### Impact', '### Timeline', '### Root cause', '### Contributing factors', '### What went well', '### Action items'] // prettier-ignore
    const at = parts.map((p) => part.indexOf(p))
    expect(at.every((x) => x >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    const [items] = tables(part)
    expect(items!.head.map((c) => c.trim())).toEqual(['Action', 'Owner', 'Due date', 'Tracking issue']) // prettier-ignore
    expect(items!.rows[0]![2]!.trim()).toBe('2026-03-10')
    expect(part).toContain('Duration: 2m.')
    expect(part).not.toContain('dana') // blameless: no authors
  })
})

/** A diff as big as a monorepo release: 5,000 long file names, 250 commits with PRs. */
function huge(): IncidentInput {
  const files = Array.from({ length: 5000 }, (_, i) => ({
    filename: `${i % 10 === 0 ? 'db/migrate' : i % 7 === 0 ? 'config' : 'packages/service-' + (i % 40)}/src/${'deeply/nested/'.repeat(8)}file_with_a_rather_long_name_${i}.ts`, // prettier-ignore
    status: 'modified',
    additions: i,
    deletions: i % 13,
  }))
  const commits = Array.from({ length: 250 }, (_, i) => ({
    sha: i.toString(16).padStart(40, 'a'),
    title: `Refactor the order pipeline, part ${i}: ${'move things around '.repeat(6)}`,
    author: `developer-${i}`,
    url: `https://github.com/acme/shop/commit/${i.toString(16).padStart(40, 'a')}`,
    pr: { number: 1000 + i, title: `Order pipeline ${i}`, url: `https://github.com/acme/shop/pull/${1000 + i}` }, // prettier-ignore
  }))
  return incident({ changes: { ...changeSet(), totalCommits: 1200, commits, files, capped: { commits: true, files: true } } }) // prettier-ignore
}

describe('size limit', () => {
  test('a huge change set stays under 65,536 characters, keeps every section, says what was left out', () => {
    const body = renderIncidentBody(huge())
    expect(body.length).toBeLessThanOrEqual(ISSUE_LIMIT)
    expect(body.length).toBeGreaterThan(ISSUE_LIMIT - 2000) // it uses the room it has
    expect([...body].length).toBeLessThanOrEqual(ISSUE_LIMIT)
    expectSafe(body)
    const part = section(body, '## What changed')
    const [commits, files] = tables(part.slice(part.indexOf('### Commits')))
    const commitNote = new RegExp(`Showing ${commits!.rows.length} of 250 commits; ${250 - commits!.rows.length} more not listed here, see \\[the full comparison\\]\\(https://github\\.com/acme/shop/compare/`) // prettier-ignore
    if (commits!.rows.length < 250) expect(part).toMatch(commitNote)
    const shown = files!.rows.length
    expect(shown).toBeGreaterThan(0)
    expect(part).toContain(`Showing ${shown.toLocaleString('en-US')} of 5,000 files; ${(5000 - shown).toLocaleString('en-US')} more not listed here`) // prettier-ignore
    expect(part).toMatch(/\*\*Migrations\*\* \(500\)/)
    // The evidence survives: lists are cut first.
    expect(fencedBlocks(section(body, '## Failed probes')).map((b) => b.body)).toEqual([HOMEPAGE_EVIDENCE, API_EVIDENCE]) // prettier-ignore
  })

  test('when the lists are not enough, evidence is cut next, then probes, and headings stay', () => {
    const v = failedReport()
    const names = Array.from({ length: 60 }, (_, i) => `probe-${i}-${'x'.repeat(80)}`)
    v.probes = names.map((name) => ({ name, method: 'GET', url: `https://shop.example.com/${name}`, headers: {}, critical: false })) // prettier-ignore
    v.verdict = { ...v.verdict, failing: names }
    v.rounds = v.rounds.map((r) => ({ ...r, passed: false, results: names.map((probe) => ({ probe, ok: false, status: 500, latencyMs: 5, error: 'http-status' as const, message: 'expected status 200-399, got 500 '.repeat(10), evidence: '€'.repeat(2048) })) })) // prettier-ignore
    const input = { ...huge(), verification: v }
    for (const limit of [ISSUE_LIMIT, 30_000, 15_000]) {
      const body = renderIncidentBody(input, limit)
      expect(body.length).toBeLessThanOrEqual(limit)
      expectSafe(body)
    }
    const small = renderIncidentBody(input, 15_000)
    expect(small).toMatch(/more failed probes? not listed/)
  })

  test('a limit below the skeleton still holds', () => {
    const body = renderIncidentBody(huge(), 2000)
    expect(body.length).toBeLessThanOrEqual(2000)
    expect(body).toContain('cut to fit the size limit')
  })

  test('long astral-plane text is cut on code points, never leaving half a surrogate pair', () => {
    const changes = changeSet()
    changes.commits = Array.from({ length: 250 }, (_, i) => ({ ...changes.commits[0]!, title: '🚀'.repeat(400 + i) })) // prettier-ignore
    changes.files = Array.from({ length: 3000 }, (_, i) => ({ filename: `${'🔥'.repeat(300)}${i}`, status: 'added', additions: 1, deletions: 0 })) // prettier-ignore
    const body = renderIncidentBody(incident({ changes }))
    expect(body.length).toBeLessThanOrEqual(ISSUE_LIMIT)
    expect(body).not.toMatch(LONE_SURROGATE)
    expectSafe(body)
  })
})

const HOSTILE =
  '@everyone <script>alert(1)</script> a|b\nnext `tick` ``` </details> <img src=x onerror=alert(1)> @acme/ops #1 [x](javascript:alert(1)) \u202eevil\\|'
const HOSTILE_EVIDENCE =
  'ok\n```\n@everyone <script>x</script>\n````\n</details>\n~~~\n```mermaid\n%%{init: {}}%%'

function hostile(): IncidentInput {
  const v = failedReport()
  const name = `home${HOSTILE}`
  v.probes[0]!.name = name
  v.verdict = { ...v.verdict, failing: [name, 'api'], reason: HOSTILE }
  v.rounds = v.rounds.map((r) => ({ ...r, results: r.results.map((x) => (x.probe === 'homepage' ? { ...x, probe: name, message: HOSTILE, evidence: HOSTILE_EVIDENCE } : x)) })) // prettier-ignore
  const changes = changeSet()
  changes.compareUrl = 'javascript:alert(1)'
  changes.commits = changes.commits.map((c) => ({ ...c, title: HOSTILE, author: HOSTILE, url: 'https://github.com/acme/shop/commit/x)|[y](z', pr: { number: 7, title: HOSTILE, url: 'https://github.com/@everyone/pull/7' } })) // prettier-ignore
  changes.files = [...changes.files, { filename: `config/${HOSTILE}`, previousFilename: HOSTILE, status: HOSTILE, additions: 1, deletions: 1 }] // prettier-ignore
  return incident({
    environment: `prod ${HOSTILE}`,
    verification: v,
    changes,
    actor: '@everyone',
    rollback: { ...incident().rollback, detail: HOSTILE },
    timeline: timeline().map((e) => ({ ...e, what: `${e.what} ${HOSTILE}` })),
    runUrl: 'https://github.com/acme/shop/actions/runs/1) <script>',
  })
}

describe('hostile text', () => {
  test('no pings, no HTML, no broken tables, no early fence, in the body and the comment', () => {
    const input = hostile()
    const body = renderIncidentBody(input)
    expectSafe(body)
    expectSafe(renderIncidentComment(input), COMMENT_HEADINGS)
    // Tables keep their rows: one per commit and file, and a cell per column.
    const part = section(body, '## What changed')
    const [commits, files] = tables(part)
    expect(commits!.rows).toHaveLength(3)
    expect(files!.rows).toHaveLength(9)
    // The evidence is intact inside its block, and nothing after it was swallowed.
    expect(fencedBlocks(body).filter((b) => b.info === 'text')[0]!.body).toBe(HOSTILE_EVIDENCE)
    // Links only to safe URLs: the javascript: compare URL is dropped, odd characters encoded.
    expect(prose(body)).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(body).toContain('\\[x\\](javascript:\u200balert(1))') // the text, shown, not a link
    expect(body).toContain('(https://github.com/acme/shop/commit/x%29%7C%5By%5D%28z)')
    expect(body).toContain('(https://github.com/%40everyone/pull/7)')
    expect(body).not.toContain('\u202e')
  })

  test('hostile text stays inside the status message blocks, and out of the mermaid chart', () => {
    const body = renderIncidentBody(hostile())
    const [investigating] = fencedBlocks(section(body, '## Status page messages'))
    expect(investigating!.body).toContain('affecting prod @everyone <script>alert(1)</script> a|b next') // prettier-ignore
    const [chart] = fencedBlocks(section(body, '## Timeline')).filter((b) => b.info === 'mermaid')
    expect(chart!.body).not.toMatch(/[@<>`|]/)
  })
})

describe('comment on an open incident', () => {
  test('the new failure with its evidence and what changed, shorter than the body', () => {
    const input = incident({ failedSha: '9999999fffffff' })
    const comment = renderIncidentComment(input)
    expect(comment.split('\n')[0]).toBe('## 🔴 Another failed deploy: `9999999` to production')
    for (const h of COMMENT_HEADINGS) expect(comment.split('\n')).toContain(h)
    expect(comment).toContain('Current state: working again')
    expect(comment).toContain('Severity **P1**')
    expect(fencedBlocks(comment).map((b) => b.body)).toEqual([HOMEPAGE_EVIDENCE, API_EVIDENCE])
    expect(comment).toContain('[#41](https://github.com/acme/shop/pull/41)')
    expect(comment).toContain('**Migrations** (1)')
    expect(comment).not.toContain('## Postmortem')
    expect(comment.length).toBeLessThan(renderIncidentBody(input).length)
    expectSafe(comment, COMMENT_HEADINGS)
  })

  test('a huge change set: at most 100 files and 50 commits, under the limit', () => {
    const comment = renderIncidentComment(huge())
    expect(comment.length).toBeLessThanOrEqual(ISSUE_LIMIT)
    expect(comment).toContain('Showing 100 of 5,000 files')
    expect(comment).toContain('Showing 50 of 250 commits')
    expectSafe(comment, COMMENT_HEADINGS)
  })
})

describe('recovery comment', () => {
  test('says when and which release is serving, with the restore verification', () => {
    const text = renderRecoveryComment({ at: at(130), sha: PREVIOUS, environment: 'production', restore: restoreReport() }) // prettier-ignore
    expect(text).toContain('## ✅ Recovered: production is serving `def5678`')
    expect(text).toContain(
      'Since 2026-03-03 14:02:10 UTC, release `def5678` is serving production again',
    )
    expect(text).toContain('3/3 probes passed the last 3 rounds')
  })

  test('neutralises the environment', () => {
    const text = renderRecoveryComment({ at: 'soon', sha: PREVIOUS, environment: HOSTILE })
    expect(prose(text)).not.toMatch(/@[A-Za-z0-9]|<[A-Za-z/]/)
    expect(text.split('\n')[0]).not.toContain('\n')
  })
})

// Arbitrary text, biased towards what breaks markdown.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '@',
        'a',
        '1',
        '|',
        '`',
        '```',
        '\n',
        '\r',
        '<',
        '>',
        '\\',
        '#1',
        '*',
        '[',
        ']',
        '(',
        ')',
        ' ',
        '~~~',
        ':',
        '%%',
        '\u200b',
        '😀',
        '\ud800',
      ),
      { maxLength: 60 },
    ) // prettier-ignore
    .map((xs) => xs.join('')),
)

test('property: any commit titles, file names and evidence give a safe body within the limit', () => {
  fc.assert(
    fc.property(
      fc.array(nasty, { minLength: 1, maxLength: 60 }),
      fc.array(nasty, { minLength: 1, maxLength: 120 }),
      nasty,
      fc.constantFrom(ISSUE_LIMIT, 20_000, 8_000),
      (titles, names, evidence, limit) => {
        const changes = changeSet()
        changes.commits = titles.map((title, i) => ({ ...changes.commits[i % 3]!, title, author: title, pr: { number: i, title, url: 'https://github.com/acme/shop/pull/1' } })) // prettier-ignore
        changes.files = names.map((filename, i) => ({ filename: filename.repeat(1 + (i % 5)), status: 'modified', additions: i, deletions: 1 })) // prettier-ignore
        const v: VerifyReport = failedReport()
        v.rounds = v.rounds.map((r) => ({ ...r, results: r.results.map((x) => (x.ok ? x : { ...x, evidence: evidence.repeat(40), message: evidence })) })) // prettier-ignore
        const input = incident({ changes, verification: v, environment: titles[0]! })
        const body = renderIncidentBody(input, limit)
        expect(body.length).toBeLessThanOrEqual(limit)
        expectSafe(body)
        for (const b of fencedBlocks(section(body, '## Failed probes')))
          expect(visible(evidence.repeat(40)).replace(/\r\n?/g, '\n').startsWith(b.body.replace(/…$/, ''))).toBe(true) // prettier-ignore
        const comment = renderIncidentComment(input, limit)
        expect(comment.length).toBeLessThanOrEqual(limit)
        expectSafe(comment, COMMENT_HEADINGS)
      },
    ),
    { numRuns: 150 },
  )
})

test('a rollback on demand (no probe ran) says who asked and why, not "0 of 0 health checks"', () => {
  const reason = '@octocat requested a rollback: pricing errors reported'
  const base = failedReport()
  const verification: VerifyReport = {
    ...base,
    probes: [],
    rounds: [],
    verdict: { ...base.verdict, severity: 'P2', reason, deciding: [], failing: [] },
  }
  const i = incident({ verification, severity: 'P2' })
  for (const text of [renderIncidentBody(i), renderIncidentComment(i)]) {
    expect(text).not.toMatch(/0 of 0|0 rounds|did not finish/)
    expect(visible(text)).toContain('pricing errors reported')
    expect(text).toMatch(/No probe ran for \S+: @/)
  }
  expect(renderIncidentBody(i)).toMatch(/was declared bad without a probe at [\d :-]+ UTC: /)
  expect(renderIncidentBody(i)).toMatch(/no probe measured it: /)
})

test('a release no probe measured: no sentence speaks of checking it, of when it broke, of an outage window', () => {
  // A rollback on demand at 14:01:40 UTC, as failedWithoutProbing reports it: one instant.
  const reason = '@octocat requested a rollback: pricing errors reported'
  const base = failedReport()
  const verification: VerifyReport = {
    ...base,
    startedAt: at(100),
    endedAt: at(100),
    probes: [],
    rounds: [],
    verdict: { ...base.verdict, severity: 'P2', reason, deciding: [], failing: [] },
  }
  const i = incident({ verification, severity: 'P2' })
  const body = renderIncidentBody(i)
  expect(incidentTitle(i)).toBe('Rollback: production deploy of abc1234 declared bad without a probe') // prettier-ignore
  for (const [state, title] of [
    ['rollback-failed', 'Deploy of abc1234 to production declared bad without a probe, rollback failed'], // prettier-ignore
    ['not-rolled-back', 'Deploy of abc1234 to production declared bad without a probe, not rolled back'], // prettier-ignore
  ] as const)
    expect(incidentTitle({ ...i, rollback: { ...i.rollback, state } })).toBe(title)
  expect(body).not.toMatch(/failed verification|after it started checking|has been partly degraded since/) // prettier-ignore
  expect(section(body, '## Summary')).toContain(
    'On **production**, release `abc1234` was declared bad without a probe at 2026-03-03 14:01:40 UTC: @',
  )
  const [investigating, identified, resolved] = fencedBlocks(section(body, '## Status page messages')).map((b) => b.body) // prettier-ignore
  expect(investigating).toContain('affecting production since [HH:MM UTC].')
  expect(identified).toContain('caused by a change deployed at [HH:MM UTC].')
  expect(resolved).toContain('Between [HH:MM UTC] and 14:02 UTC, production was degraded.')
  const postmortem = section(body, '## Postmortem (blameless)')
  expect(postmortem).toContain('deployed to **production** was declared bad without verification (@') // prettier-ignore
  expect(postmortem).toContain('- Started: _fill in_ (declared bad at 2026-03-03 14:01:40 UTC). Ended: 2026-03-03 14:02:10 UTC. Duration: _fill in_.') // prettier-ignore
  expect(postmortem).toContain('- The automatic rollback restored service 30s after the release was declared bad.') // prettier-ignore
})
