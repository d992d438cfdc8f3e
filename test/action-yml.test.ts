// action.yml is what users read in the marketplace: every input the code reads is declared
// there with the same default, and every output of SPEC.md is declared.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { INPUT_DEFAULTS } from '../src/config/inputs.js'
import { OUTPUTS } from '../src/constants.js'
import { ROOT } from './helpers/action.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

test('runs on node24 from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})

test('declares every input the code reads, with the same default and a description', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
  for (const [name, def] of Object.entries(INPUT_DEFAULTS)) {
    const input = action.inputs[name]!
    expect(input.description.length).toBeGreaterThan(10)
    if (name === 'command') expect(input.required).toBe(true)
    else if (name === 'github-token') expect(input.default).toBe('${{ github.token }}')
    else expect([name, String(input.default ?? '')]).toEqual([name, def])
  }
})

test('declares every output the code writes (src/constants.ts), and they are the contract', () => {
  expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUTS].sort())
  expect([...OUTPUTS].sort()).toEqual(
    [
      'allowed',
      'reason',
      'next-window',
      'overridden',
      'healthy',
      'severity',
      'rolled-back',
      'scope',
      'previous-sha',
      'issue-number',
      'issue-url',
      'report',
    ].sort(),
  )
})
