// How much a job summary may hold. GitHub: "Job summaries are isolated between steps and each
// step is restricted to a maximum size of 1MiB" (https://docs.github.com/en/actions/reference/
// workflows-and-actions/workflow-commands#adding-a-job-summary); above it the runner drops the
// whole summary of the step ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size
// of 1024k", actions/runner FileCommandManager.cs), so a step that writes too much shows nothing.
// Every summary deploy-guard writes is fitted below it here; what is left out is counted, and
// the report file (the `report` output) keeps everything.

/** GitHub's limit for one step's summary, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024

/**
 * What one deploy-guard step writes at most: the limit less 64 KiB of room, because the runner
 * counts the file as written on its platform and may store each line break as CR LF.
 */
export const STEP_SUMMARY_BUDGET = STEP_SUMMARY_LIMIT - 64 * 1024

/** The window decision's share: `deploy` writes it before its verification in the same step. */
export const WINDOW_SUMMARY_BUDGET = 64 * 1024

/** What a verification or a failure may write: the rest of the step's budget. */
export const VERIFY_SUMMARY_BUDGET = STEP_SUMMARY_BUDGET - WINDOW_SUMMARY_BUDGET

/** The size as the runner counts it on any platform: UTF-8 bytes, each "\n" as "\r\n". */
export function summarySize(markdown: string): number {
  let breaks = 0
  for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) breaks++
  return Buffer.byteLength(markdown, 'utf8') + breaks
}

/**
 * The markdown cut at a line to fit `budget`, as a last resort for a summary whose parts could
 * not be fitted one by one: never inside a fenced block (a cut fence would swallow the note and
 * everything after it), with a note that counts the lines left out.
 */
export function fitSummary(markdown: string, budget: number): string {
  if (summarySize(markdown) <= budget) return markdown
  const lines = markdown.split('\n')
  const note = (n: number) =>
    `\n\n_… ${n.toLocaleString('en-US')} more lines left out to keep the job summary under GitHub's 1 MiB limit; the whole report is in the report file (the \`report\` output)._\n`
  const room = budget - summarySize(note(lines.length))
  let used = 0
  let keep = 0
  let fence: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const cost = summarySize(line) + 2
    if (used + cost > room) break
    used += cost
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && marker) fence = marker
    else if (fence !== null && marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
      fence = null // prettier-ignore
    if (fence === null) keep = i + 1
  }
  return lines.slice(0, keep).join('\n').trimEnd() + note(lines.length - keep)
}
