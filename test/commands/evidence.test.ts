// The evidence command (evidence-command) through the verify command, with a recording runner,
// against the GitHub stand-in and the demo service: it runs after the verdict and before the
// rollback with the rollback command's variables, its output lands redacted and capped in the
// report, the summary and the issue, and whatever it does, the rollback happens on time.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { short } from '../../src/github/context.js'
import { judge, paragraphsOf } from '../helpers/markdown-oracle.js'
import { badReleaseLive, verifyBadRelease, worldPerTest, type Inputs } from '../helpers/step.js'
import { TOKEN, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

interface Report {
  evidence: {
    outcome: string
    detail: string
    output: string
    lines: number
    truncated: boolean
  } | null
  timeline: { at: string; what: string }[]
  rolledBack: boolean
}

async function failedVerify(inputs: Inputs, env: Record<string, string> = {}) {
  const rec = await verifyBadRelease(w, inputs, env)
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8')) as Report
  return { rec, report }
}

/** The time of the first timeline event that matches. */
const when = (r: Report, what: RegExp) => Date.parse(r.timeline.find((e) => what.test(e.what))!.at)

/** The body of the issue's Evidence section, and the sentence above its code block. */
function evidenceOfIssue(): { said: string; block: string } {
  const body = w.gh.state.issues[0]!.body ?? ''
  const start = body.indexOf('\n## Evidence\n')
  expect(start).toBeGreaterThan(0)
  const part = body.slice(start + 1, body.indexOf('\n## What changed\n'))
  // An unclosed fence would swallow the rest of the section, and the block's text would show it.
  const md = judge(part, { fences: ['text'] })
  expect(md.fences).toHaveLength(1)
  expect(md.fences[0]).toMatchObject({ lang: 'text' })
  return { said: paragraphsOf(md.tree).join('\n'), block: md.fences[0]!.value }
}

// A service the evidence command asks which release it serves, as `kubectl logs` would show it.
const SERVING = (url: string) =>
  `node -e "fetch('${url}/healthz').then((r) => r.json()).then((j) => console.log('serving ' + j.version))"`

beforeEach(() => badReleaseLive(w))

test('after the verdict, before the rollback, with the rollback variables: its output in the report, summary and issue', async () => {
  const { rec, report } = await failedVerify({
    'evidence-command': [
      'echo "failed=$DEPLOY_GUARD_FAILED_SHA previous=$DEPLOY_GUARD_PREVIOUS_SHA env=$DEPLOY_GUARD_ENVIRONMENT"',
      'for i in $(seq 1 150); do echo "app log line $i"; done',
      'echo "from stderr" >&2',
      SERVING(w.service.url),
    ].join('\n'),
  })

  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': w.repo.good })
  expect(report.evidence).toMatchObject({ outcome: 'ok', lines: 153, truncated: false })
  const out = report.evidence!.output.split('\n')
  expect(out[0]).toBe(`failed=${w.repo.bad} previous=${w.repo.good} env=production`)
  expect(out).toContain('app log line 150')
  expect(out).toContain('from stderr')
  // it saw the bad release still serving: it ran before the rollback
  expect(out.at(-1)).toBe(`serving ${short(w.repo.bad)}`)
  expect(when(report, /^verdict/)).toBeLessThanOrEqual(when(report, /^evidence command started/))
  expect(when(report, /^evidence command finished/)).toBeLessThanOrEqual(
    when(report, /^rollback to .* started/),
  )
  const groups = rec.log.filter((l) => l.startsWith('group '))
  expect(groups.indexOf('group evidence command')).toBeLessThan(
    groups.findIndex((g) => g.startsWith('group rollback command')),
  )
  expect(rec.log).toContain('info app log line 150')

  // the issue: the last 100 of 153 lines, in a closed block
  const { said, block } = evidenceOfIssue()
  expect(said).toMatch(/^The evidence command finished in \d+(ms|s) and printed 153 lines\./)
  expect(said).toContain('The last 100 lines of 153 (stdout and stderr, secrets redacted)')
  expect(block.split('\n')).toHaveLength(100)
  expect(block.split('\n')[0]).toBe('app log line 53') // lines 54 to 153
  expect(block.split('\n').at(-1)).toBe(`serving ${short(w.repo.bad)}`)
  expect(w.gh.state.issues[0]!.body).toMatch(/\| evidence command started \|/)
  // the summary shows it beside the issue, before the rollback
  const summary = rec.summary()
  expect(summary.indexOf('### Evidence')).toBeGreaterThan(0)
  expect(summary.indexOf('### Evidence')).toBeLessThan(summary.indexOf('### Rollback'))
  expect(summary).toContain('app log line 150')
})

test('a command that hangs and ignores SIGTERM: stopped at evidence-timeout, the rollback goes on at once', async () => {
  const { rec, report } = await failedVerify({
    // bash and its children ignore SIGTERM: only the SIGKILL after the grace period ends them
    'evidence-command': "trap '' TERM; echo collecting; sleep 30",
    'evidence-timeout': '500ms',
  })
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(report.evidence).toMatchObject({ outcome: 'timed-out', output: 'collecting' })
  const started = when(report, /^evidence command started/)
  const stopped = when(report, /^evidence command timed out after 500ms and was stopped$/)
  expect(stopped - started).toBeGreaterThanOrEqual(500)
  // not the 5 s grace before SIGKILL, nor the 30 s of the command
  expect(when(report, /^rollback to .* started/) - started).toBeLessThan(1500)
  expect(rec.warnings).toContainEqual(
    expect.stringMatching(
      /^Evidence: the evidence command did not finish within evidence-timeout \(500ms\) and was stopped, with 1 line of output so far\.$/,
    ),
  )
  expect(evidenceOfIssue().said).toContain('did not finish within evidence-timeout (500ms)')
  expect(rec.summary()).toContain('did not finish within evidence-timeout')
})

test('a command that fails: said in the log, summary and issue; the rollback happens', async () => {
  const { rec, report } = await failedVerify({
    'evidence-command': 'echo "kubectl: cluster unreachable" >&2; exit 7',
  })
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true' })
  expect(report.evidence).toMatchObject({ outcome: 'failed', output: 'kubectl: cluster unreachable' }) // prettier-ignore
  expect(report.timeline.map((e) => e.what)).toContain('evidence command failed (exited with 7)')
  expect(rec.warnings).toContainEqual(
    expect.stringMatching(
      /^Evidence: the evidence command exited with 7 after \d+m?s \(1 line of output\)\.$/,
    ),
  )
  expect(evidenceOfIssue()).toEqual({
    said: expect.stringMatching(
      /^The evidence command exited with 7 after \d+m?s \(1 line of output\)\.\nAll 1 line \(stdout and stderr, secrets redacted\)/,
    ),
    block: 'kubectl: cluster unreachable',
  })
})

test('secrets are redacted everywhere, and no line of output leaves its code block', async () => {
  const password = 'pa55-w0rd-of-the-db'
  const { rec, report } = await failedVerify(
    {
      'evidence-command': [
        'echo "connecting with $DB_PASSWORD and $GITHUB_TOKEN"',
        "printf '```\\n## Injected heading\\n~~~\\n````\\n<img src=x onerror=alert(1)> @everyone #1\\n'",
        'echo last line',
      ].join('\n'),
    },
    { DB_PASSWORD: password, GITHUB_TOKEN: TOKEN },
  )
  const body = w.gh.state.issues[0]!.body ?? ''
  for (const text of [body, rec.summary(), rec.log.join('\n'), JSON.stringify(report)]) {
    expect(text).not.toContain(password)
    expect(text).not.toContain(TOKEN)
  }
  expect(report.evidence!.output.split('\n')[0]).toBe('connecting with *** and ***')
  const { block } = evidenceOfIssue()
  expect(block.split('\n')).toEqual([
    'connecting with *** and ***',
    '```',
    '## Injected heading',
    '~~~',
    '````',
    '<img src=x onerror=alert(1)> @everyone #1',
    'last line',
  ])
  // the headings after the block are still headings: nothing was swallowed or injected
  const headings = judge(body).headings
  expect(headings).not.toContain('## Injected heading')
  expect(headings).toContain('## What changed')
  expect(headings).toContain('## Postmortem (blameless)')
})

test('a dry run does not run it, as it runs no rollback command, and says so', async () => {
  const marker = join(w.dir, 'evidence-ran')
  const { rec, report } = await failedVerify({
    'evidence-command': `touch ${marker}`,
    'dry-run': 'true',
  })
  expect(existsSync(marker)).toBe(false)
  expect(report.evidence).toBeNull()
  expect(rec.log).toContain('info dry run: the evidence command was not run')
  expect(rec.summary()).toContain('### Evidence\n\ndry run: the evidence command was not run')
})

test('without evidence-command: no Evidence section, nothing on the timeline', async () => {
  const { report } = await failedVerify({})
  expect(report.evidence).toBeNull()
  expect(report.timeline.some((e) => /evidence/.test(e.what))).toBe(false)
  expect(w.gh.state.issues[0]!.body).not.toContain('## Evidence')
})
