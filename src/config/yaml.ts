// YAML inputs (policy, probes) arrive inline in workflow YAML or as a path to a file in the repo.

import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { InputError } from './errors.js'

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
    throw InputError.at(root, `is not valid YAML${where}: ${err.message.split('\n')[0]}`)
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
