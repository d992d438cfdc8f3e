// A Runner for the CLI: plain lines on a terminal, no workflow commands. The lines are guarded
// like the action's: `deploy-guard verify` may run in a workflow's `run:` step, and the runner
// reads workflow commands in what any step prints, stdout and stderr alike.
import { guardRunner } from './guard.js'
import type { Runner } from './runner.js'

export function terminalRunner(out: (s: string) => void, err: (s: string) => void): Runner {
  return guardRunner({
    input: () => '',
    output: () => {},
    info: out,
    debug: () => {},
    warning: (m, where) =>
      err(`warning: ${where?.file ? `${where.file}:${where.startLine ?? 1}: ` : ''}${m}`),
    summary: async () => {},
    async group(name, fn) {
      out(`-- ${name}`)
      return fn()
    },
    secret: () => {},
    error: (m, where) => err(`${where?.file ? `${where.file}:${where.startLine ?? 1}: ` : ''}${m}`),
    fail: (m) => err(m),
  })
}
