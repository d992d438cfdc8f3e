// `{{ release.sha }}` and `{{ release.short-sha }}` in a probe's url, headers and expect strings
// (SPEC: Probes YAML): the release being verified, which is the deployed commit first and the
// previous release when the restored one is checked after a rollback. A probe of the served
// version is the only way to catch a deploy that silently kept the old release, and the same
// probe must pass for the release put back. Filled in on the parsed document (after
// `${{ env.NAME }}`), so a SHA can never change its structure; pure, data in and data out.

import { joinPath, type Problem } from '../config/errors.js'
import { short } from '../github/context.js'

/**
 * Whether a probe's field (its path inside the probe) takes the release: what is requested and
 * what is expected of it. A metric probe's request is `prometheus.url` and `.headers`; not its
 * query, whose baseline (the same query before the release) would then find no data.
 */
function takes(path: readonly PropertyKey[]): boolean {
  const [key, sub] = path
  if (key === 'url' || key === 'headers' || key === 'expect') return true
  return key === 'prometheus' && (sub === 'url' || sub === 'headers')
}

const NAMES: Record<string, (sha: string) => string> = {
  sha: (sha) => sha,
  'short-sha': short,
}

// `{{ release.x }}`, any case and spacing, so a typo is an error rather than a literal; not the
// runner's `${{ ... }}`, which a workflow fills in itself and a file cannot hold (expand.ts).
const PLACEHOLDER = /(?<!\$)\{\{\s*(release[^{}]*?)\s*\}\}/gi
const KNOWN = /^release\.(sha|short-sha)$/

/** A 40-character hex SHA valid wherever a real one is: what the probes are checked with. */
export const SAMPLE_SHA = '0123456789abcdef0123456789abcdef01234567'

type Path = PropertyKey[]

/** Every string of `value` with its path; object keys are names, not values, and stay. */
function strings(value: unknown, path: Path, visit: (s: string, path: Path) => void): void {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], visit))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], visit)
}

/** The probes of a document (a list of mappings) with their index; anything else is zod's to say. */
function probesOf(doc: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(doc)) return []
  return doc.flatMap((p, i) =>
    p && typeof p === 'object' && !Array.isArray(p) ? [[i, p as Record<string, unknown>]] : [],
  )
}

const probeName = (p: Record<string, unknown>) =>
  typeof p.name === 'string' && p.name.trim() ? ` (probe "${p.name.trim()}")` : ''

export interface ReleaseUse {
  /** Per probe of the document, the fields that name the release ("probes[1].url"). */
  fields: string[][]
  problems: Problem[]
}

/** Where the probes name the release, and every placeholder that is unknown or out of place. */
export function releaseUse(doc: unknown, root: string): ReleaseUse {
  const fields: string[][] = Array.isArray(doc) ? doc.map(() => []) : []
  const problems: Problem[] = []
  for (const [i, probe] of probesOf(doc)) {
    for (const [key, value] of Object.entries(probe)) {
      strings(value, [i, key], (s, path) => {
        const at = joinPath(root, path)
        for (const m of s.matchAll(PLACEHOLDER)) {
          const expr = m[1]!.replace(/\s+/g, '')
          if (!KNOWN.test(expr))
            problems.push({
              path: at,
              message: `${m[0]}${probeName(probe)} is not a placeholder deploy-guard fills in: use {{ release.sha }} or {{ release.short-sha }}`,
            })
          else if (!takes(path.slice(1)))
            problems.push({
              path: at,
              message: `${m[0]}${probeName(probe)} is filled in only in url, headers and expect`,
            })
          else if (!fields[i]!.includes(at)) fields[i]!.push(at)
        }
      })
    }
  }
  return { fields, problems }
}

/** The document with every placeholder of url, headers and expect filled in for `sha`. */
export function fillRelease(doc: unknown, sha: string): unknown {
  const fill = (v: unknown, path: PropertyKey[]): unknown => {
    if (typeof v === 'string')
      return takes(path)
        ? v.replace(PLACEHOLDER, (whole, expr: string) => {
            const m = KNOWN.exec(expr.replace(/\s+/g, ''))
            return m ? NAMES[m[1]!]!(sha) : whole
          })
        : v
    if (Array.isArray(v)) return v.map((x, i) => fill(x, [...path, i]))
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, [...path, k])]))
    return v
  }
  // Each probe's fields from the probe itself: the list's index is not part of the path.
  return Array.isArray(doc) ? doc.map((p) => fill(p, [])) : doc
}
