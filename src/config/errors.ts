// Input errors carry the input name and field path users see: `policy.deny[2].hours: ...`.
// Every config error in the project comes through here, so the CLI and the action word them
// the same way.

import type { z } from 'zod'

export interface Problem {
  path: string
  message: string
  /** The file of the repository the field is in, when the input named a file. */
  file?: string
  /** Its 1-based line in that file, when known. */
  line?: number
}

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    this.name = 'InputError'
  }

  static at(path: string, message: string): InputError {
    return new InputError([{ path, message }])
  }
}

export function joinPath(root: string, path: readonly PropertyKey[]): string {
  let out = root
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`
    else if (typeof p === 'string' && /^[A-Za-z_][\w-]*$/.test(p)) out += out ? `.${p}` : p
    else out += `[${JSON.stringify(String(p))}]`
  }
  return out
}

function kind(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return 'text'
  return `a ${typeof v}`
}

const EXPECTED: Record<string, string> = {
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
}

/** Turns zod issues into problems; values are never echoed from type errors (they may be secrets). */
type Issue = z.core.$ZodIssue

/**
 * A union (an HTTP or a metric probe) fails with every option's issues; only the option the
 * author meant is reported, under the union's path. Ties go to the first option.
 */
function flatten(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  const out: Issue[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    const options = issue.code === 'invalid_union' ? issue.errors : []
    if (options.length > 0) {
      // An option that calls one of the entry's own keys unknown ("prometheus" for an HTTP
      // probe, "url" for a metric probe) is the wrong kind; among the others, the fewest issues.
      const score = (o: readonly Issue[]) =>
        o.length + (o.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0) ? 1000 : 0)
      const best = options.reduce((a, b) => (score(b) < score(a) ? b : a))
      // A union of scalars ("days: a list or a range") fails as a whole: its own message says
      // what is accepted. Only a union of objects has an option to look into.
      const inside = best.some((i) => i.path.length > 0 || i.code === 'unrecognized_keys')
      if (inside) out.push(...flatten(best, path))
      else out.push({ ...issue, path })
    } else out.push({ ...issue, path })
  }
  return out
}

export function fromZod(root: string, error: z.ZodError): InputError {
  const problems: Problem[] = []
  for (const issue of flatten(error.issues)) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({ path: joinPath(root, [...issue.path, key]), message: 'unknown key' })
      continue
    }
    let message = issue.message
    if (issue.code === 'invalid_type') {
      message =
        'input' in issue && issue.input === undefined
          ? 'required'
          : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kind((issue as { input?: unknown }).input)}`
    }
    problems.push({ path: joinPath(root, issue.path), message })
  }
  return new InputError(problems)
}
