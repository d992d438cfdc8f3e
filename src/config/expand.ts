// A probes file is read as it is: the runner fills in `${{ ... }}` only in the workflow itself.
// So that a file can still carry a token, `${{ env.NAME }}` in any of its strings is filled
// from the step's environment (`env: { NAME: ${{ secrets.NAME }} }`), after parsing, so a value
// can never change the document's structure.

import { InputError, joinPath, type Problem } from './errors.js'

const EXPR = /\$\{\{\s*([^}]*?)\s*\}\}/g
const ENV = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/

export function expandEnv(
  value: unknown,
  root: string,
  env: Record<string, string | undefined>,
): unknown {
  const problems: Problem[] = []
  const walk = (v: unknown, path: PropertyKey[]): unknown => {
    if (typeof v === 'string') {
      if (!v.includes('${{')) return v
      return v.replace(EXPR, (whole, expr: string) => {
        const m = ENV.exec(expr)
        const at = joinPath(root, path)
        if (!m) {
          problems.push({
            path: at,
            message: `${whole} is not filled in from a file: pass the value in the step's env (env: { NAME: \${{ ${expr} }} }) and write \${{ env.NAME }}`,
          })
          return whole
        }
        const got = env[m[1]!]
        if (got === undefined || got === '') {
          problems.push({ path: at, message: `${whole}: ${m[1]} is not set in the step's env` })
          return whole
        }
        return got
      })
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]))
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]))
    return v
  }
  const out = walk(value, [])
  if (problems.length > 0) throw new InputError(problems)
  return out
}
