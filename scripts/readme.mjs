#!/usr/bin/env node
// Regenerates the marked regions of README.md from their sources, so the manual cannot drift:
//
//   <!-- generated:inputs -->              the inputs table, from action.yml
//   <!-- generated:outputs -->             the outputs table, from action.yml
//   <!-- generated:performance -->         the machine line and table of bench/RESULTS.md
//   <!-- generated:workflow FILE -->       FILE (e.g. examples/workflows/verify.yml), verbatim
//
// each closed by <!-- /generated:KIND -->. `node scripts/readme.mjs` (npm run readme) rewrites
// README.md; with --check it writes nothing, names every region that differs and exits 1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

const read = (root, file) => readFileSync(join(root, file), 'utf8')

/** One table cell: a single line, with `|` escaped so it cannot split the cell. */
export function cell(text) {
  return String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

function loadAction(root) {
  const action = parse(read(root, 'action.yml'))
  if (!action?.inputs || !action?.outputs) throw new Error('action.yml: no inputs or outputs')
  return action
}

function inputsTable(root) {
  const rows = Object.entries(loadAction(root).inputs).map(([name, i]) => {
    const def = i.required
      ? '**required**'
      : i.default === undefined || String(i.default) === ''
        ? 'empty'
        : `\`${cell(i.default)}\``
    return `| \`${name}\` | ${def} | ${cell(i.description ?? '')} |`
  })
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n')
}

function outputsTable(root) {
  const rows = Object.entries(loadAction(root).outputs).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`,
  )
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

function performance(root) {
  const lines = read(root, 'bench/RESULTS.md').split('\n')
  const machine = lines.find((l) => l.startsWith('Measured by'))
  const start = lines.findIndex((l) => l.startsWith('|'))
  if (!machine || start < 0) throw new Error('bench/RESULTS.md: no "Measured by" line or table')
  let end = start
  while (end < lines.length && lines[end].startsWith('|')) end++
  return [machine, '', ...lines.slice(start, end)].join('\n')
}

function workflow(root, file) {
  if (!file || !existsSync(join(root, file)))
    throw new Error(`README.md: generated:workflow names a missing file "${file ?? ''}"`)
  const text = read(root, file).replace(/\n*$/, '\n')
  return '```yaml\n' + text + '```'
}

function generate(root, kind, arg) {
  switch (kind) {
    case 'inputs':
      return inputsTable(root)
    case 'outputs':
      return outputsTable(root)
    case 'performance':
      return performance(root)
    case 'workflow':
      return workflow(root, arg)
    default:
      throw new Error(`README.md: unknown generated region "${kind}"`)
  }
}

const OPEN = /<!-- generated:([a-z]+)(?: ([^\s]+))? -->\n/g

/**
 * The README with every generated region rebuilt, and the regions that changed. Throws on a
 * region that is not closed or names an unknown kind or a missing file.
 */
export function regenerate(readme, root = ROOT) {
  const regions = []
  let out = ''
  let at = 0
  OPEN.lastIndex = 0
  for (let m; (m = OPEN.exec(readme));) {
    const [open, kind, arg] = m
    const bodyStart = m.index + open.length
    const close = `<!-- /generated:${kind} -->`
    const bodyEnd = readme.indexOf(close, bodyStart)
    const next = readme.indexOf('<!-- generated:', bodyStart)
    if (bodyEnd < 0 || (next >= 0 && next < bodyEnd))
      throw new Error(`README.md: "${open.trim()}" has no ${close} before the next region`)
    const body = generate(root, kind, arg) + '\n'
    const name = arg ? `${kind} ${arg}` : kind
    regions.push({ name, changed: readme.slice(bodyStart, bodyEnd) !== body })
    out += readme.slice(at, bodyStart) + body
    at = bodyEnd
    OPEN.lastIndex = bodyEnd
  }
  return { text: out + readme.slice(at), regions }
}

function main() {
  const check = process.argv.includes('--check')
  const file = join(ROOT, 'README.md')
  const readme = readFileSync(file, 'utf8')
  let result
  try {
    result = regenerate(readme)
  } catch (e) {
    console.error(e.message)
    process.exit(2)
  }
  const changed = result.regions.filter((r) => r.changed)
  if (result.regions.length === 0) {
    console.error('README.md has no <!-- generated:... --> regions')
    process.exit(2)
  }
  if (check) {
    if (changed.length === 0) {
      console.log(`README.md: ${result.regions.length} generated regions are up to date`)
      return
    }
    for (const r of changed)
      console.error(`README.md: generated region "${r.name}" differs from its source`)
    console.error("Run 'npm run readme' and commit README.md.")
    process.exit(1)
  }
  if (result.text !== readme) writeFileSync(file, result.text)
  console.log(
    changed.length
      ? `README.md: regenerated ${changed.map((r) => `"${r.name}"`).join(', ')}`
      : `README.md: ${result.regions.length} generated regions were already up to date`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
