// The workflow-command guard around a Runner. Its own module, so the CLI's terminal runner gets
// it without loading @actions/core.

import { commandSafe, commandSafeLines } from '../report/log-text.js'
import type { Annotation, Runner } from './runner.js'

/**
 * The one place log text is made safe for the runner (src/report/log-text.ts says how it reads
 * workflow commands): every line the commands log, warn, fail or name a group with goes through
 * here, whatever it quotes (a response body, a header, a commit, an environment name, an
 * override reason), so no caller can forget it. Log lines are flattened to one line; the
 * messages of annotations keep their line breaks, which @actions/core encodes.
 */
export function guardRunner(r: Runner): Runner {
  const where = (w?: Annotation): Annotation | undefined =>
    w && {
      ...w,
      ...(w.file !== undefined ? { file: commandSafe(w.file) } : {}),
      ...(w.title !== undefined ? { title: commandSafe(w.title) } : {}),
    }
  return {
    input: (name) => r.input(name),
    output: (name, value) => r.output(name, value),
    info: (m) => r.info(commandSafe(m)),
    debug: (m) => r.debug(commandSafe(m)),
    warning: (m, w) => r.warning(commandSafeLines(m), where(w)),
    summary: (markdown) => r.summary(markdown),
    group: (name, fn) => r.group(commandSafe(name), fn),
    secret: (v) => r.secret(v),
    error: (m, w) => r.error(commandSafeLines(m), where(w)),
    fail: (m) => r.fail(commandSafeLines(m)),
  }
}
