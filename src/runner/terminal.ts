// A Runner for the CLI: plain lines on a terminal, no workflow commands.
import type { Runner } from './runner.js'

export function terminalRunner(out: (s: string) => void, err: (s: string) => void): Runner {
  return {
    input: () => '',
    output: () => {},
    info: out,
    warning: (m) => err(`warning: ${m}`),
    summary: async () => {},
    async group(name, fn) {
      out(`-- ${name}`)
      return fn()
    },
    secret: () => {},
    fail: (m) => err(m),
  }
}
