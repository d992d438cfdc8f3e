// Reads markdown the way GitHub does where it matters for untrusted text, and lists what would
// go wrong: a fence that never closes, a table row with the wrong number of cells, a live
// @mention or issue reference, raw HTML or a character reference outside code.
//
// Block structure is line based (CommonMark fences, GFM tables, ATX headings); inline structure
// is backslash escapes, code spans and links. GFM splits table rows on unescaped pipes before it
// looks for code spans, so a pipe inside a code span still ends the cell; `\\|` is an escaped
// backslash followed by a cell break.

export interface Fence {
  /** 0-based line of the opening fence. */
  line: number
  info: string
  body: string
  closed: boolean
}

export interface Table {
  line: number
  head: string[]
  delimiter: string[]
  rows: string[][]
  /** The rows as written. */
  raw: string[]
  /** The line after the last row, when there is one. */
  next?: string
}

export interface Parsed {
  fences: Fence[]
  tables: Table[]
  /** ATX heading lines outside fences, as written. */
  headings: string[]
  /** Paragraph text outside fences and tables (lines of one paragraph joined with "\n"). */
  paragraphs: string[]
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
const DELIMITER_ROW = /^ {0,3}\|?(?: *:?-+:? *\|)* *:?-+:? *\|? *$/
const ASCII_PUNCT = /[!-/:-@[-`{-~]/

/**
 * Cells of a GFM table row, a leading and a trailing pipe dropped. cmark-gfm's cell scanner is
 * `(escaped_char | [^|])+` matched longest-first, so a pipe right after any backslash stays in the
 * cell (`\\|` too: the first backslash is an ordinary character, the second escapes the pipe).
 * With `pairs`, backslash escapes are read left to right instead, as CommonMark reads inline
 * text (`\\|` is then an escaped backslash and a cell break). Safe text splits the same either way.
 */
export function splitRow(line: string, pairs = false): string[] {
  const s = line.trim()
  const cells: string[] = []
  let cur = ''
  let endsWithPipe = false
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    endsWithPipe = false
    if (pairs && ch === '\\' && i + 1 < s.length) {
      cur += ch + s[++i]
    } else if (ch === '|' && (pairs || s[i - 1] !== '\\')) {
      cells.push(cur)
      cur = ''
      endsWithPipe = true
    } else cur += ch
  }
  if (!endsWithPipe) cells.push(cur)
  if (s.startsWith('|')) cells.shift()
  return cells
}

/** Splits into fences, tables, headings and paragraphs. */
export function parseMarkdown(text: string): Parsed {
  const lines = text.split(/\r\n|\r|\n/)
  const out: Parsed = { fences: [], tables: [], headings: [], paragraphs: [] }
  let para: string[] = []
  const endPara = () => {
    if (para.length) out.paragraphs.push(para.join('\n'))
    para = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const open = FENCE_OPEN.exec(line)
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      endPara()
      const marker = open[1]!
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
      const body: string[] = []
      let j = i + 1
      while (j < lines.length && !close.test(lines[j]!)) body.push(lines[j++]!)
      out.fences.push({ line: i, info: open[2]!.trim(), body: body.join('\n'), closed: j < lines.length }) // prettier-ignore
      i = j
      continue
    }
    if (line.trim() === '') {
      endPara()
      continue
    }
    if (HEADING.test(line)) {
      endPara()
      out.headings.push(line)
      continue
    }
    // A table starts where a row with pipes is followed by a delimiter row of as many cells.
    const next = lines[i + 1]
    if (
      line.includes('|') &&
      next !== undefined &&
      DELIMITER_ROW.test(next) &&
      next.includes('-') &&
      splitRow(next).length === splitRow(line).length
    ) {
      endPara()
      const table: Table = {
        line: i,
        head: splitRow(line),
        delimiter: splitRow(next),
        rows: [],
        raw: [],
      }
      let j = i + 2
      // GFM keeps a table going until a blank line or another block: a plain line becomes a row.
      for (; j < lines.length; j++) {
        const l = lines[j]!
        if (l.trim() === '' || HEADING.test(l) || FENCE_OPEN.test(l) || /^ {0,3}>/.test(l)) break
        table.rows.push(splitRow(l))
        table.raw.push(l)
      }
      if (j < lines.length) table.next = lines[j]
      out.tables.push(table)
      i = j - 1
      continue
    }
    para.push(line)
  }
  endPara()
  return out
}

/**
 * The text with code spans replaced by a space, as CommonMark reads them: a backtick run opens a
 * span closed by the next run of the same length; a run with no partner is literal. A backslash
 * escapes a backtick outside spans.
 */
export function withoutCodeSpans(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '\\' && i + 1 < text.length && ASCII_PUNCT.test(text[i + 1]!)) {
      out += text.slice(i, i + 2)
      i += 2
      continue
    }
    if (ch !== '`') {
      out += ch
      i++
      continue
    }
    let n = 0
    while (text[i + n] === '`') n++
    // Find a closing run of exactly n backticks.
    let j = i + n
    let close = -1
    while (j < text.length) {
      if (text[j] !== '`') {
        j++
        continue
      }
      let m = 0
      while (text[j + m] === '`') m++
      if (m === n) {
        close = j
        break
      }
      j += m
    }
    if (close < 0) {
      out += '`'.repeat(n)
      i += n
    } else {
      out += ' '
      i = close + n
    }
  }
  return out
}

/** Links `[label](destination)` with unescaped brackets: the labels, and the text without them. */
export function splitLinks(text: string): { text: string; labels: string[] } {
  const labels: string[] = []
  const rest = text.replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/g, (_m, label: string) => {
    labels.push(label)
    return ' '
  })
  return { text: rest, labels }
}

/** Backslash escapes resolved (what the reader sees of escaped punctuation). */
export function unescapeMd(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

export interface CheckOptions {
  /** Heading lines that must appear, in this order. */
  headings?: readonly string[]
  /** Whether a heading line outside fences is one the renderer writes. */
  headingOk?: (line: string) => boolean
  /** Info strings of the fences the renderer writes. */
  fenceInfos?: readonly string[]
  /** The renderer claims to neutralise `#123` and `GH-123` references. */
  references?: boolean
  /** References the renderer writes on purpose (matched in each cell or paragraph). */
  ownReferences?: RegExp
}

// eslint-disable-next-line no-control-regex -- the point is to find them
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Everything GitHub would get wrong with this markdown; empty when it is safe. */
export function markdownProblems(md: string, o: CheckOptions = {}): string[] {
  const problems: string[] = []
  const p = parseMarkdown(md)
  if (LONE_SURROGATE.test(md)) problems.push('a lone surrogate')
  if (CONTROL.test(md)) problems.push('a control or bidi character')
  if (/\r/.test(md)) problems.push('a carriage return')
  for (const f of p.fences) {
    if (!f.closed) problems.push(`the fence opened on line ${f.line + 1} never closes`)
    if (o.fenceInfos && !o.fenceInfos.includes(f.info))
      problems.push(`a fence with info ${JSON.stringify(f.info)} on line ${f.line + 1}`)
  }
  for (const t of p.tables) {
    const width = t.head.length
    if (t.delimiter.length !== width) problems.push(`table on line ${t.line + 1}: delimiter row`)
    t.rows.forEach((r, k) => {
      const pairs = splitRow(t.raw[k]!, true).length
      if (r.length !== width || pairs !== width)
        problems.push(
          `table on line ${t.line + 1}, row ${k + 1}: ${r.length} cells (${pairs} reading escapes in pairs), header has ${width}`,
        )
    })
    if (t.next !== undefined && t.next.trim() !== '')
      problems.push(`table on line ${t.line + 1} runs into ${JSON.stringify(t.next.slice(0, 40))}`)
  }
  if (o.headings) {
    let k = 0
    for (const h of p.headings) if (h === o.headings[k]) k++
    if (k < o.headings.length) problems.push(`heading ${JSON.stringify(o.headings[k])} is missing`)
  }
  if (o.headingOk)
    for (const h of p.headings)
      if (!o.headingOk(h)) problems.push(`unexpected heading ${JSON.stringify(h.slice(0, 60))}`)

  // Inline text: table cells one by one (spans cannot cross cells), paragraphs whole.
  const inline = [
    ...p.paragraphs,
    ...p.headings,
    ...p.tables.flatMap((t) => [...t.head, ...t.rows.flat()]),
  ]
  for (const raw of inline) {
    const { text, labels } = splitLinks(withoutCodeSpans(raw))
    for (const [part, refs] of [[text, true], ...labels.map((l) => [l, false] as const)] as const) {
      const escapedAway = part.replace(/\\[!-/:-@[-`{-~]/g, ' ')
      const html = /<[A-Za-z/!?]/.exec(escapedAway)
      if (html) problems.push(`raw HTML: ${JSON.stringify(around(escapedAway, html.index))}`)
      const entity = /&(?!amp;|lt;|gt;)(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.exec(
        escapedAway,
      )
      if (entity) problems.push(`character reference ${JSON.stringify(entity[0])}`)
      const seen = unescapeMd(part)
      const mention = /@[A-Za-z0-9]/.exec(seen)
      if (mention) problems.push(`live mention: ${JSON.stringify(around(seen, mention.index))}`)
      if (o.references && refs) {
        const ref = /#[0-9]|\bGH-[0-9]/i.exec(
          o.ownReferences ? seen.replace(o.ownReferences, ' ') : seen,
        )
        if (ref) problems.push(`live issue reference: ${JSON.stringify(around(seen, ref.index))}`)
      }
    }
  }
  return problems
}

function around(s: string, at: number): string {
  return s.slice(Math.max(0, at - 15), at + 15)
}
