#!/usr/bin/env node
// Regenerates the marked regions of README.md from their sources, so the manual cannot drift:
//
//   <!-- generated:inputs -->              the inputs table, from action.yml
//   <!-- generated:outputs -->             the outputs table, from action.yml
//   <!-- generated:performance -->         the machine line and table of bench/RESULTS.md
//   <!-- generated:workflow FILE -->       FILE (e.g. examples/workflows/verify.yml), verbatim
//   <!-- generated:dist -->                dist/'s files and packages, from dist/sizes.json
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

const kB = (bytes) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`

/** What a dynamically imported chunk is loaded for, by the name of the module it starts. */
const LAZY = {
  connect: 'window lock',
  lock: 'window lock',
  context: 'window lock',
  'best-effort': 'window lock',
  markdown: 'window override',
  src: 'holidays',
  undici: 'proxy',
  policy: 'YAML inputs',
  yaml: 'YAML inputs',
  'probe-schema': 'YAML inputs',
}

/**
 * dist/ as a reader wants it: what each file holds and when it is loaded. `start-up` files are
 * what `node dist/index.js` loads before any command runs; the others are loaded on demand by
 * the command or feature named, found by walking the import graph in dist/sizes.json.
 */
function distSizes(root) {
  const files = JSON.parse(read(root, 'dist/sizes.json'))
  const closure = (start) => {
    const seen = new Set()
    const walk = (f) => {
      if (seen.has(f) || !files[f]) return
      seen.add(f)
      for (const i of files[f].imports) if (!i.startsWith('lazy ')) walk(i)
    }
    walk(start)
    return seen
  }
  const loadedBy = new Map()
  const mark = (f, who) => loadedBy.set(f, [...(loadedBy.get(f) ?? []), who])
  const startup = closure('index.js')
  const cliStartup = closure('cli.js')
  for (const f of startup) mark(f, 'action start-up')
  for (const f of cliStartup) if (!startup.has(f)) mark(f, 'CLI start-up')
  for (const [from, v] of Object.entries(files))
    for (const i of v.imports.filter((i) => i.startsWith('lazy ')).map((i) => i.slice(5))) {
      const who = i.replace(/^chunks\//, '').replace(/-[A-Z0-9]+\.js$/, '')
      const name = from === 'cli.js' ? `CLI ${who === 'cli' ? 'standin' : who}` : (LAZY[who] ?? who)
      for (const f of closure(i)) if (!startup.has(f)) mark(f, name)
    }
  const what = (v) => {
    const parts = Object.entries(v.packages)
      .filter(([, b]) => b >= 1000)
      .slice(0, 4)
      .map(([p, b]) => `${p} ${kB(b)}`)
    if (v.ownCode >= 1000 || parts.length === 0)
      parts.unshift(
        `ours ${kB(v.ownCode)}` +
          (v.sources.length
            ? ` (${v.sources
                .slice(0, 3)
                .map((s) => s.replace(/^src\//, ''))
                .join(', ')}${v.sources.length > 3 ? ', ...' : ''})`
            : ''),
      )
    return parts.join('; ')
  }
  const rows = []
  let small = { count: 0, bytes: 0 }
  let total = 0
  for (const [f, v] of Object.entries(files).sort(([, a], [, b]) => b.bytes - a.bytes)) {
    total += v.bytes
    if (v.bytes < 2000 && f.startsWith('chunks/')) {
      small = { count: small.count + 1, bytes: small.bytes + v.bytes }
      continue
    }
    const when = [...new Set(loadedBy.get(f) ?? ['never'])]
    rows.push(`| \`${f}\` | ${kB(v.bytes)} | ${cell(when.join(', '))} | ${cell(what(v))} |`)
  }
  rows.push(
    `| ${small.count} more chunks under 2 kB | ${kB(small.bytes)} | on demand | the dynamic-import stubs and small shared modules |`,
  )
  const startupBytes = [...startup].reduce((n, f) => n + files[f].bytes, 0)
  return [
    `${Object.keys(files).length} JavaScript files, ${kB(total)} in all; \`node dist/index.js\` loads ${kB(startupBytes)} before a command runs.`,
    '',
    '| file | size | loaded by | what it holds (bytes in the bundle) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')
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
    case 'dist':
      return distSizes(root)
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
