// Our runner speaks the file-command protocol without @actions/core (see src/runner/runner.ts);
// these tests hold it to what @actions/core itself writes for the same calls.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActionsRunner, escapeData } from '../../src/runner/runner.js'
import { parseOutputs } from '../helpers/outputs.js'

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'dg-runner-'))
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  return { output, summary }
}

test('outputs, summary, inputs and commands match @actions/core', async () => {
  const core = await import('@actions/core')
  const ours = files()
  const theirs = files()
  const values = { allowed: 'true', reason: 'multi\nline % value\r\nend', empty: '' }

  const written: string[] = []
  const runner = createActionsRunner(
    {
      GITHUB_OUTPUT: ours.output,
      GITHUB_STEP_SUMMARY: ours.summary,
      'INPUT_OVERRIDE-REASON': '  hotfix  ',
    },
    (s) => written.push(s),
  )
  for (const [k, v] of Object.entries(values)) runner.output(k, v)
  await runner.summary('## hello\n')
  expect(runner.input('override-reason')).toBe('hotfix')
  runner.secret('s3cret\nline')
  runner.warning('careful: 100%')

  const saved = { ...process.env }
  const stdout: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  try {
    process.env.GITHUB_OUTPUT = theirs.output
    process.env.GITHUB_STEP_SUMMARY = theirs.summary
    process.env['INPUT_OVERRIDE-REASON'] = '  hotfix  '
    process.stdout.write = ((s: string) => (
      stdout.push(String(s)),
      true
    )) as typeof process.stdout.write
    for (const [k, v] of Object.entries(values)) core.setOutput(k, v)
    await core.summary.addRaw('## hello\n').write()
    expect(core.getInput('override-reason')).toBe('hotfix')
    core.setSecret('s3cret\nline')
    core.warning('careful: 100%')
  } finally {
    process.stdout.write = write
    process.env = saved
  }

  expect(parseOutputs(readFileSync(ours.output, 'utf8'))).toEqual(values)
  expect(parseOutputs(readFileSync(ours.output, 'utf8'))).toEqual(
    parseOutputs(readFileSync(theirs.output, 'utf8')),
  )
  expect(readFileSync(ours.summary, 'utf8')).toBe(readFileSync(theirs.summary, 'utf8'))
  expect(written.join('')).toBe(stdout.join(''))
})

test('fail sets a failing exit code and an escaped error command', () => {
  const written: string[] = []
  const before = process.exitCode
  try {
    createActionsRunner({}, (s) => written.push(s)).fail('closed:\n"No Friday deploys" 100%')
    expect(process.exitCode).toBe(1)
  } finally {
    process.exitCode = before
  }
  expect(written.join('')).toBe(`::error::${escapeData('closed:\n"No Friday deploys" 100%')}\n`)
  expect(written.join('')).not.toContain('\n"No')
})

test('group wraps output and closes even when the body throws', async () => {
  const written: string[] = []
  const r = createActionsRunner({}, (s) => written.push(s))
  await expect(
    r.group('probe detail', async () => Promise.reject(new Error('boom'))),
  ).rejects.toThrow('boom')
  expect(written).toEqual(['::group::probe detail\n', '::endgroup::\n'])
})
