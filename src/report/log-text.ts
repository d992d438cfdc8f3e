// Text for logs: one line of plain text for people (a terminal, a title, a status description),
// and that line made safe for the GitHub Actions runner, which reads workflow commands in what
// a step prints. markdown.ts is the neutraliser for markdown; this is the one for logs.
//
// How the runner finds commands, per actions/runner src/Runner.Common/ActionCommand.cs
// (https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs):
// - TryParseV2: a line is a command when, after TrimStart(), it starts with "::" and has a second
//   "::" ("::error::x", "::add-mask::x", "::stop-commands::token").
// - TryParse (the legacy form): "##[name ...]" is a command ANYWHERE in a line, found with
//   IndexOf("##["), so "HTTP 502 ##[stop-commands]token" in a response body stops command
//   processing, and "##[add-mask]..." or "##[error]..." work from the middle of a line.
// Both are escaped here with a visible space ("::" at the start becomes ": :", "##[" becomes
// "## ["): a reader sees what was sent, and no invisible character hides in the log.

import { visible } from './visible.js'

/** Line breaks as text sees them: CR LF, CR, LF, NEL and the Unicode line and paragraph separators. */
const BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g

/** One line of plain text: no control or bidi characters, line breaks as spaces. */
export function plainLine(text: string): string {
  // Breaks first: NEL is a C1 control to visible(), and a line break to a reader.
  return visible(text.replace(BREAK, ' '))
}

/** One line of plain text the runner cannot read as a workflow command. */
export function commandSafe(text: string): string {
  return escapeCommands(plainLine(text))
}

/**
 * Line breaks kept, every line safe, for annotations (warning, error, the failed step):
 * @actions/core writes their message as the data of one "::error::" line with its breaks encoded
 * as %0A (toolkit packages/core/src/command.ts, escapeData), so a break cannot start a line of
 * its own; the lines people then see in the annotation are neutralised all the same.
 */
export function commandSafeLines(text: string): string {
  return text
    .split(BREAK)
    .map((line) => escapeCommands(visible(line)))
    .join('\n')
}

function escapeCommands(line: string): string {
  return line.replace(/##\[/g, '## [').replace(/^(\s*):(?=:)/, '$1: ')
}

/**
 * A value as one line of JSON the runner cannot read as a command: a JSON text never starts
 * with "::", and "##[" inside a string is written "#\u0023[", the same JSON value.
 */
export function commandSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/##\[/g, '#\\u0023[')
}
