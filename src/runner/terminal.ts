// A Runner for the CLI: plain lines on a terminal, no workflow commands.
import type { Runner } from './runner.js'

export function terminalRunner(out: (s: string) => void, err: (s: string) => void): Runner {
  return {
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
  }
}
