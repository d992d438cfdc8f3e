#!/usr/bin/env node
// `npm run bench`: compiles bench/ and src/ to .bench/, runs every benchmark with the Node 24
// binary the action runs on, writes bench/RESULTS.md and copies its table into the README.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.bench')
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.bench.json')],
  { stdio: 'inherit' },
)
const { windowBench } = await import(join(out, 'bench', 'window.bench.js'))
const { verifyBench } = await import(join(out, 'bench', 'verify.bench.js'))
const { roundsBench } = await import(join(out, 'bench', 'rounds.bench.js'))
const { rollbackBench } = await import(join(out, 'bench', 'rollback.bench.js'))
const { metricBench } = await import(join(out, 'bench', 'metric.bench.js'))

const figures = [
  ...(await windowBench(process.execPath, root)),
  ...(await verifyBench()),
  ...(await roundsBench()),
  ...(await rollbackBench(process.execPath, root)),
  ...(await metricBench()),
]
const rows = figures.map(
  (f) =>
    `| ${f.name} | ${f.value} | ${f.baseline || '—'} | ${f.ratio || '—'} | ${f.target} | ${f.met ? 'yes' : '**no**'} |`,
)
const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const md = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${machine}.
Each figure is the median of interleaved runs against its baseline in the same run.

| benchmark | value | baseline | ratio | target | met |
|---|---|---|---|---|---|
${rows.join('\n')}
`
writeFileSync(join(root, 'bench', 'RESULTS.md'), md)
console.log(md)
// The README shows this table; CI fails when the two differ.
spawnSync(process.execPath, [join(root, 'scripts', 'readme.mjs')], { stdio: 'inherit', cwd: root })
