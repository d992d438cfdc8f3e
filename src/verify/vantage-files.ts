// Reads the vantages' reports for a fan-in: the `reports` input names a file, a directory (as
// actions/download-artifact leaves a matrix's artifacts: one folder per artifact, or all in one
// with merge-multiple) or a glob. Every problem is an input error naming `reports` and the file,
// raised before anything is written.

import { globSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { fromZod, InputError } from '../config/errors.js'
import { vantageReportSchema, type Found, type VantageReport } from './vantages.js'

/** A vantage report holds a whole verification (megabytes with thousands of probes); past
 * 64 MiB a file is not one of ours, and is not read into memory. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
}

/** The files `reports` names, relative to the workspace, sorted. */
export function reportFiles(pattern: string, workspace: string): string[] {
  const path = resolve(workspace, pattern)
  let files: string[]
  if (/[*?[{]/.test(pattern)) {
    // Node's fs.globSync (Node 22+; the action runs on node24) matches as a shell does: `**`
    // crosses folders. A directory matched by the glob is read like a directory given.
    files = globSync(pattern, { cwd: workspace }).flatMap((f) => {
      const abs = resolve(workspace, f)
      return statSync(abs).isDirectory() ? walk(abs) : [abs]
    })
  } else {
    let st
    try {
      st = statSync(path)
    } catch {
      throw InputError.at(
        'reports',
        `${pattern} does not exist (did the download of the vantages' artifacts run, into this path?)`,
      )
    }
    files = st.isDirectory() ? walk(path) : [path]
  }
  return [...new Set(files)].sort()
}

const shown = (file: string, workspace: string) => {
  const rel = relative(workspace, file)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}

/** Reads and validates every report `reports` names; at least one, each a vantage report. */
export function readVantageReports(pattern: string, workspace: string): Found[] {
  const files = reportFiles(pattern, workspace)
  if (files.length === 0)
    throw InputError.at(
      'reports',
      `no report files (*.json) found at ${pattern}: did any vantage job upload its report (the verify step's \`report\` output)?`,
    )
  const problems: { path: string; message: string }[] = []
  const found: Found[] = []
  for (const abs of files) {
    const file = shown(abs, workspace)
    try {
      if (statSync(abs).size > MAX_REPORT_BYTES)
        throw new Error(`larger than ${MAX_REPORT_BYTES} bytes: not a vantage report`)
      let data: unknown
      try {
        data = JSON.parse(readFileSync(abs, 'utf8'))
      } catch (e) {
        throw new Error(`not valid JSON (${(e as Error).message})`, { cause: e })
      }
      if ((data as { format?: unknown } | null)?.format === undefined)
        throw new Error(
          'not the report of a verify step with vantage set (no "format" field): give each matrix job `vantage:` and upload its report',
        )
      const parsed = vantageReportSchema.safeParse(data, { reportInput: true })
      if (!parsed.success) {
        const e = fromZod('', parsed.error)
        throw new Error(e.problems.map((p) => `${p.path || '(top)'}: ${p.message}`).join('; '))
      }
      found.push({ file, report: parsed.data as VantageReport })
    } catch (e) {
      problems.push({ path: 'reports', message: `${file}: ${(e as Error).message}` })
    }
  }
  if (problems.length) throw new InputError(problems)
  return found
}
