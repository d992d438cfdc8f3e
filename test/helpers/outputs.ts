/** Parses GITHUB_OUTPUT's heredoc format into a map. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const end = lines.indexOf(m[2]!, i + 1)
    out[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}
