// The window command with a recording runner (no module mocks): what it publishes for an open,
// a closed and an audited window. The engine itself is tested under test/window/.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSettings, type InputName } from '../../src/config/inputs.js'
import { windowCommand } from '../../src/commands/window.js'
import type { Runner } from '../../src/runner/runner.js'

function recording() {
  const log: string[] = []
  const outputs: Record<string, string> = {}
  const runner: Runner = {
    input: () => '',
    output: (name, value) => void (outputs[name] = value),
    info: (m) => void log.push(`info ${m}`),
    debug: (m) => void log.push(`debug ${m}`),
    warning: (m) => void log.push(`warning ${m}`),
    summary: async (m) => void log.push(`summary ${m.split('\n')[0]}`),
    group: (_name, fn) => fn(),
    secret: () => {},
    error: (m) => void log.push(`error ${m}`),
    fail: (m) => void log.push(`fail ${m}`),
  }
  return { runner, log, outputs }
}

const settings = (inputs: Partial<Record<InputName, string>>) =>
  readSettings((name) => inputs[name] ?? '')
const FREEZE = 'timezone: UTC\ndeny:\n  - name: Freeze\n    from: 2026-12-01\n    to: 2026-12-02\n'
const AT = Date.parse('2026-12-01T10:00:00Z')

async function run(inputs: Partial<Record<InputName, string>>) {
  const r = recording()
  const decision = await windowCommand(settings({ command: 'window', ...inputs }), {
    runner: r.runner,
    now: () => AT,
    workspace: process.cwd(),
    actor: 'octocat',
    reportDir: mkdtempSync(join(tmpdir(), 'dg-cmd-window-')),
  })
  return { ...r, decision }
}

test('closed: the step fails with the rule and the next window', async () => {
  const { log, outputs, decision } = await run({ policy: FREEZE })
  expect(decision.proceed).toBe(false)
  expect(outputs).toMatchObject({ allowed: 'false', 'next-window': '2026-12-03T00:00:00Z' })
  expect(log.filter((l) => l.startsWith('fail'))).toEqual([`fail ${outputs.reason}`])
  expect(outputs.reason).toMatch(/"Freeze"/)
})

test('audit mode: the same decision is a warning, and a deploy may go on', async () => {
  const { log, outputs, decision } = await run({ policy: FREEZE, 'on-closed': 'warn' })
  expect(decision.proceed).toBe(true)
  expect(outputs.allowed).toBe('false')
  expect(log.some((l) => l.startsWith('fail'))).toBe(false)
  expect(log).toContain(
    `warning on-closed: warn, so the step goes on; the window would have been closed: ${outputs.reason}`,
  )
  expect(log).toContain(
    'summary ### 🟡 Deploy window for production: would have been closed (on-closed: warn)',
  )
})

test('open: no failure, no warning', async () => {
  const { log, decision } = await run({ policy: 'timezone: UTC\n' })
  expect(decision.proceed).toBe(true)
  expect(log.filter((l) => /^(fail|warning)/.test(l))).toEqual([])
})
