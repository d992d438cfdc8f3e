// YAML inputs (policy, probes) arrive inline in workflow YAML or as a path to a file in the repo.

import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { LineCounter, parseDocument, type Node } from 'yaml'
import { InputError, type Problem } from './errors.js'

/** Parses YAML 1.2 (core schema: dates stay text, `on`/`yes` are not booleans). */
export function parseYamlInput(text: string, root: string): unknown {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  })
  const err = doc.errors[0]
  if (err) {
    const pos = lineCounter.linePos(err.pos[0])
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : ''
    throw new InputError([
      {
        path: root,
        message: `is not valid YAML${where}: ${err.message.split('\n')[0]}`,
        ...(pos ? { line: pos.line } : {}),
      },
    ])
  }
  let value: unknown
  try {
    // Throws for an alias without its anchor ("*a" alone) and for alias bombs.
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    throw InputError.at(root, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`)
  }
  if (cyclic(value))
    throw InputError.at(root, 'is not valid YAML here: an alias refers to a node that contains it')
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    throw InputError.at(root, 'is empty')
  return value
}

/**
 * Whether a value contains itself: YAML allows `&a [*a]`, and nothing that reads a config (zod
 * with open fields, JSON.stringify, deep equality) expects a cycle. Shared nodes are fine.
 */
function cyclic(root: unknown): boolean {
  const open = new Set<object>()
  const done = new Set<object>()
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object' || done.has(v)) return false
    if (open.has(v)) return true
    open.add(v)
    const children = v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v)
    for (const c of children) if (visit(c)) return true
    open.delete(v)
    done.add(v)
    return false
  }
  return visit(root)
}

/**
 * Inline YAML, or a path to a YAML file. Inline text always has a newline or a `:` (a mapping
 * or a list item needs one); a single line without either is a path.
 */
export function readYamlSource(
  value: string,
  input: string,
  workspace: string,
): { text: string; file?: string } {
  const v = value.trim()
  const looksInline =
    v.includes('\n') || (v.includes(':') && !/^[A-Za-z]:[\\/]/.test(v)) || /^[[{-]/.test(v)
  if (looksInline) return { text: value }
  const file = isAbsolute(v) ? v : resolve(workspace, v)
  if (!existsSync(file) || !statSync(file).isFile())
    throw InputError.at(
      input,
      `file "${v}" does not exist (looked in ${workspace === process.cwd() ? 'the current directory' : 'the workspace'})`,
    )
  return { text: readFileSync(file, 'utf8'), file: v }
}

/** `policy.deny[2].hours` back to the keys below the root: `['deny', 2, 'hours']`. */
function keysOf(path: string, root: string): (string | number)[] | null {
  if (path !== root && !path.startsWith(`${root}.`) && !path.startsWith(`${root}[`)) return null
  const keys: (string | number)[] = []
  const re = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y
  re.lastIndex = root.length
  while (re.lastIndex < path.length) {
    const m = re.exec(path)
    if (!m) return null
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)))
  }
  return keys
}

/**
 * Runs `load` on a YAML input; when the input was a file, each problem it reports also names the
 * file and the line of its field (the nearest enclosing node that exists), so the step can put
 * an error annotation on that line.
 */
export async function loadLocated<T>(
  src: { text: string; file?: string },
  root: string,
  load: (text: string) => T | Promise<T>,
): Promise<T> {
  try {
    return await load(src.text)
  } catch (e) {
    if (!(e instanceof InputError) || !src.file) throw e
    const lineCounter = new LineCounter()
    const doc = parseDocument(src.text, { version: '1.2', lineCounter })
    const lineOf = (keys: (string | number)[]): number | undefined => {
      for (let n = keys.length; n >= 0; n--) {
        const node = (n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true)) as Node | null
        const at = node?.range?.[0]
        if (at !== undefined) return lineCounter.linePos(at).line
      }
      return undefined
    }
    const problems: Problem[] = e.problems.map((p) => {
      const keys = keysOf(p.path, root)
      const line = p.line ?? (keys && doc.errors.length === 0 ? lineOf(keys) : undefined)
      return { ...p, file: src.file, ...(line ? { line } : {}) }
    })
    throw new InputError(problems)
  }
}
