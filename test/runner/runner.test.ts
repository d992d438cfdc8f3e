// The runner on a runner is @actions/core: these tests run it with the runner's environment
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*) and read what it wrote, files and stdout.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OutputName } from '../../src/constants.js'
import { createActionsRunner } from '../../src/runner/runner.js'
import { HOSTILE_ALL, HOSTILE_REASON } from '../helpers/hostile.js'
import { parseOutputs } from '../helpers/outputs.js'
import { commandProblems } from '../helpers/runner-commands.js'

/** Runs `fn` with the runner's files and environment, capturing stdout. */
async function onRunner(env: Record<string, string>, fn: () => unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-runner-'))
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const saved = { ...process.env }
  const exitCode = process.exitCode
  const stdout: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  try {
    Object.assign(process.env, { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env })
    process.stdout.write = ((s: string) => (
      stdout.push(String(s)),
      true
    )) as typeof process.stdout.write
    await fn()
    return {
      outputs: parseOutputs(readFileSync(output, 'utf8')),
      summary: readFileSync(summary, 'utf8'),
      stdout: stdout.join(''),
      exitCode: process.exitCode,
    }
  } finally {
    process.stdout.write = write
    process.env = saved
    process.exitCode = exitCode
  }
}

test('inputs, outputs, summary, masking and warnings through the runner protocol', async () => {
  const values: Partial<Record<OutputName, string>> = {
    allowed: 'true',
    reason: 'multi\nline % value\r\nend',
    'issue-url': '',
  }
  let input = ''
  const r = await onRunner({ 'INPUT_OVERRIDE-REASON': '  hotfix  ' }, async () => {
    const runner = createActionsRunner()
    for (const [k, v] of Object.entries(values)) runner.output(k as OutputName, v)
    await runner.summary('## hello')
    input = runner.input('override-reason')
    runner.secret('s3cret\nline')
    runner.warning('careful: 100%')
  })
  expect(input).toBe('hotfix')
  expect(r.outputs).toEqual(values)
  expect(r.summary).toBe('## hello\n')
  expect(r.stdout).toContain('::add-mask::s3cret%0Aline\n')
  expect(r.stdout).toContain('::warning::careful: 100%25\n')
})

test('fail sets a failing exit code and an escaped error command', async () => {
  const r = await onRunner({}, () =>
    createActionsRunner().fail('closed:\n"No Friday deploys" 100%'),
  )
  expect(r.exitCode).toBe(1)
  expect(r.stdout).toBe('::error::closed:%0A"No Friday deploys" 100%25\n')
})

test('annotations point at a file and line; debug lines are debug commands', async () => {
  const r = await onRunner({}, () => {
    const runner = createActionsRunner()
    runner.error('policy.deny[0].hours: expected "HH:MM-HH:MM"', {
      file: '.github/deploy-policy.yml',
      startLine: 4,
      title: 'deploy-guard: invalid policy',
    })
    runner.warning('fallback release', { title: 'deploy-guard' })
    runner.debug('GitHub GET /repos/o/r/deployments -> 200 in 12 ms')
  })
  expect(r.stdout).toContain(
    '::error title=deploy-guard%3A invalid policy,file=.github/deploy-policy.yml,line=4::policy.deny[0].hours: expected "HH:MM-HH:MM"\n',
  )
  expect(r.stdout).toContain('::warning title=deploy-guard::fallback release\n')
  expect(r.stdout).toContain('::debug::GitHub GET /repos/o/r/deployments -> 200 in 12 ms\n')
  expect(r.exitCode).toBeUndefined() // an error annotation alone does not fail the step
})

test('group wraps output and closes even when the body throws', async () => {
  const r = await onRunner({}, async () => {
    await expect(
      createActionsRunner().group('probe detail', async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom')
  })
  expect(r.stdout).toBe('::group::probe detail\n::endgroup::\n')
})

test('no summary file (a local run): the summary is skipped, not an error', async () => {
  const r = await onRunner({ GITHUB_STEP_SUMMARY: '' }, async () => {
    await createActionsRunner().summary('## hello')
  })
  expect(r.stdout).toBe('')
})

test('hostile text through every log call: no workflow command but ours in what @actions/core prints', async () => {
  const r = await onRunner({}, async () => {
    const runner = createActionsRunner()
    for (const text of [HOSTILE_ALL, HOSTILE_REASON]) {
      runner.info(text)
      runner.debug(text)
      runner.warning(text, { title: text })
      runner.error(text, { title: text, file: 'policy.yml', startLine: 1 })
      await runner.group(text, async () => runner.info(`inside ${text}`))
      runner.fail(text)
    }
    runner.secret('s3cret-value')
  })
  expect(commandProblems(r.stdout, { masks: ['s3cret-value'], forged: /^forged/ })).toEqual([])
  // what was said is still there to read, escaped where the runner would have acted on it
  expect(r.stdout).toContain(': :error::forged')
  expect(r.stdout).toContain('## [stop-commands]token')
  expect(r.stdout).toContain('::add-mask::s3cret-value\n')
})
