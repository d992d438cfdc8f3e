// Reads a step's output the way the GitHub Actions runner does, independent of
// src/report/log-text.ts, and lists every workflow command that was not ours. Per actions/runner
// src/Runner.Common/ActionCommand.cs: a line is a command when, after TrimStart(), it starts with
// "::" and has a second "::" (TryParseV2), and the legacy "##[name]" form is found anywhere in a
// line (TryParse, IndexOf("##[")).
//
// Ours are the commands @actions/core writes: annotations, debug lines, groups and masks. A
// "::" line that is none of those, or any "##[", is text the runner would have acted on.

/** The commands @actions/core writes for the Runner interface (src/runner/runner.ts). */
const OURS = new Set(['debug', 'notice', 'warning', 'error', 'group', 'endgroup', 'add-mask'])

export interface Command {
  name: string
  properties: string
  /** The data, unescaped as the runner unescapes it. */
  data: string
}

/** The runner's UnescapeData: "%0D", "%0A", then "%25". */
const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** A V2 command, or null when the runner would not read the line as one. */
export function parseCommand(line: string): Command | null {
  // .NET's TrimStart() trims White_Space; JavaScript's trimStart() trims a little more (U+FEFF),
  // which only makes this check stricter.
  const msg = line.trimStart()
  if (!msg.startsWith('::')) return null
  const end = msg.indexOf('::', 2)
  if (end < 0) return null
  const info = msg.slice(2, end)
  const space = info.indexOf(' ')
  return {
    name: space < 0 ? info : info.slice(0, space),
    properties: space < 0 ? '' : info.slice(space + 1),
    data: unescapeData(msg.slice(end + 2)),
  }
}

export interface CommandCheck {
  /** Values the step registered as secrets: the only ones an add-mask may carry. */
  masks?: readonly string[]
  /** Text that only a forgery would put in a command's data. */
  forged?: RegExp
}

/** Every line of `output` the runner would act on that is not one of our commands. */
export function commandProblems(output: string, o: CommandCheck = {}): string[] {
  const problems: string[] = []
  output.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}: ${JSON.stringify(line.slice(0, 80))}`
    if (line.includes('##[')) problems.push(`a legacy command "##[" on ${where}`)
    if (!line.trimStart().startsWith('::')) return
    const c = parseCommand(line)
    if (!c || !OURS.has(c.name)) problems.push(`a "::" line that is not ours on ${where}`)
    else if (c.name === 'add-mask' && o.masks && !o.masks.includes(c.data))
      problems.push(`a mask nobody registered on ${where}`)
    else if (o.forged?.test(c.data)) problems.push(`a forged ${c.name} on ${where}`)
  })
  return problems
}

/** A call the recording runner received (test/helpers/step.ts), after the guard. */
export interface Call {
  kind: 'info' | 'debug' | 'warning' | 'error' | 'fail' | 'group' | 'secret'
  text: string
}

/** @actions/core's escapeData (toolkit packages/core/src/command.ts). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/**
 * What @actions/core prints for these calls: `info` writes the text and a line break as they
 * are; the others are commands whose data has its line breaks encoded.
 */
export function asPrinted(calls: readonly Call[]): string {
  const name = { debug: 'debug', warning: 'warning', error: 'error', fail: 'error', group: 'group', secret: 'add-mask' } as const // prettier-ignore
  return calls
    .map((c) => (c.kind === 'info' ? c.text : `::${name[c.kind]}::${escapeData(c.text)}`))
    .join('\n')
}

/**
 * The recorded calls judged as the runner would read them, and more strictly: a log line
 * (info, debug, a group's name) is one line, and no line of any text the commands logged, even
 * an annotation's (whose breaks @actions/core encodes), reads as a command of any name.
 */
export function logProblems(calls: readonly Call[], o: CommandCheck = {}): string[] {
  const problems = commandProblems(asPrinted(calls), o)
  for (const c of calls) {
    if (c.kind === 'secret') continue
    if (
      (c.kind === 'info' || c.kind === 'debug' || c.kind === 'group') &&
      /[\r\n\u2028\u2029\u0085]/.test(c.text)
    )
      // prettier-ignore
      problems.push(`a line break in a log line: ${JSON.stringify(c.text.slice(0, 80))}`)
    for (const p of commandProblems(c.text, { forged: /(?:)/ })) problems.push(`${c.kind}: ${p}`)
  }
  return problems
}
