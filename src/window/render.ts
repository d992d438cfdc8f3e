// The window decision as a job summary: the decision first, then the rule, the next window in
// the policy's zone and UTC, and a week of hours a person reads at a glance.

import { clip, code, link, md, mermaidText, table } from '../report/markdown.js'
import { fitSummary, WINDOW_SUMMARY_BUDGET } from '../report/summary-size.js'
import { count } from '../report/text.js'
import type { WindowDecision } from './decide.js'
import { longTime, wallTime } from './decide.js'
import type { Cell } from './engine.js'
import { HOUR, zone, type Zone } from './zone.js'

export function renderWindowSummary(d: WindowDecision, o: { audit?: boolean } = {}): string {
  const z = zone(d.timezone)
  const at = Date.parse(d.at)
  const title = d.overridden
    ? `🟧 Deploy window for ${md(d.environment)}: closed, overridden`
    : d.allowed
      ? `🟢 Deploy window for ${md(d.environment)}: open`
      : o.audit
        ? `🟡 Deploy window for ${md(d.environment)}: would have been closed (on-closed: warn)`
        : `🔴 Deploy window for ${md(d.environment)}: closed`
  const decision = d.overridden
    ? '**allowed by override**'
    : d.allowed
      ? '**open**'
      : o.audit
        ? '**would have been closed**; the step passes (audit mode, `on-closed: warn`)'
        : '**closed**'
  const rows: string[][] = [
    ['Decision', decision],
    ['Checked at', `${md(longTime(at, z))} · ${code(d.at)}`],
  ]
  if (d.rule) {
    const where =
      d.denying[0] && d.denying[0].name === d.rule ? ` (${code(d.denying[0].path)})` : ''
    rows.push(['Closed by', `${md(clip(d.rule, 200))}${where}`])
  }
  if (d.denying.length > 1)
    rows.push([
      'Also matching',
      d.denying
        .slice(1, 11)
        .map((r) => md(clip(r.name, 200)))
        .join(', ') + (d.denying.length > 11 ? `, and ${count(d.denying.length - 11)} more` : ''),
    ])
  if (d.nextWindow) {
    const next = Date.parse(d.nextWindow)
    rows.push(['Next window', `${md(longTime(next, z))} · ${code(d.nextWindow)}`])
  } else if (!d.open && !d.lock) rows.push(['Next window', 'no open window within a year'])
  if (d.closesAt)
    rows.push(['Window closes', `${md(longTime(Date.parse(d.closesAt), z))} · ${code(d.closesAt)}`])
  if (d.lock)
    rows.push([
      'Incident lock',
      `${link(`#${d.lock.number}`, d.lock.url)} ${md(clip(d.lock.title, 256))}`,
    ])
  if (d.override)
    rows.push([
      'Override',
      `by ${md(`@${d.override.actor}`)}: ${md(clip(d.override.reason, 1000))} (bypassed ${md(clip(d.override.bypassed, 200))})`,
    ])

  const out = [`### ${title}`, '', md(clip(d.reason, 2000)), '', table(['', ''], rows)]
  if (d.week) out.push('', ...weekChart(d, z))
  // Names, reasons and titles are clipped above; this only guards the limit of the step.
  return fitSummary(out.join('\n') + '\n', WINDOW_SUMMARY_BUDGET)
}

/** "UTC+01", "UTC-0330": the offset at an instant, without the colon mermaid labels cannot hold. */
function utcOffset(ms: number, z: Zone): string {
  const minutes = Math.round(z.offsetAt(ms) / 60_000)
  const a = Math.abs(minutes)
  const hm = `${String(Math.floor(a / 60)).padStart(2, '0')}${a % 60 ? String(a % 60).padStart(2, '0') : ''}`
  return `UTC${minutes < 0 ? '-' : '+'}${hm}`
}

/**
 * The next 7 days as a mermaid gantt (GitHub renders mermaid in summaries): one row when deploys
 * are open, one per rule that closes them, each closed stretch on its rule's row, the incident
 * lock from now on, and now (with an override, if any) as a milestone. Times are wall-clock
 * times in the policy's zone: mermaid reads dates without an offset as the viewer's local time
 * and prints them back the same way, so every viewer sees the policy's clock; the title names
 * the zone and its UTC offset. `compact` puts a rule's stretches on one row, so seven days
 * stay a few rows high at GitHub's 1012 px.
 */
function weekChart(d: WindowDecision, z: Zone): string[] {
  const week = d.week!
  const at = Date.parse(d.at)
  const to = Date.parse(week.to)
  const lines = [
    '```mermaid',
    '---',
    'config:',
    '  gantt:',
    '    displayMode: compact',
    '    leftPadding: 170',
    '    barHeight: 18',
    '    barGap: 6',
    '    fontSize: 12',
    '    sectionFontSize: 12',
    '---',
    'gantt',
    // A canonical IANA name (letters, digits, `_/+-`): nothing mermaid would parse.
    `  title Next 7 days in ${d.timezone} (${utcOffset(at, z)} now)`,
    '  dateFormat YYYY-MM-DD HH:mm',
    '  axisFormat %a %d',
    '  tickInterval 1day',
    '  todayMarker off',
  ]
  // Labels are ours or already through mermaidText.
  const task = (label: string, tag: string, start: number, end: number) =>
    `  ${label} :${tag}${wallTime(start, z)}, ${wallTime(end, z)}`
  for (const row of week.rows) {
    if (row.periods.length === 0) continue
    lines.push(`  section ${mermaidText(row.name, 26)}`)
    for (const p of row.periods) {
      const [start, end] = [Date.parse(p.start), Date.parse(p.end)]
      // A word fits in a bar of about 9 hours at 1012 px; a shorter bar gets a dot, since mermaid
      // prints a label that does not fit beside its bar, over its neighbours in compact mode.
      const label = end - start < 9 * HOUR ? '·' : row.kind === 'open' ? 'open' : 'closed'
      lines.push(task(label, row.kind === 'open' ? 'active, ' : 'crit, ', start, end))
    }
  }
  if (d.lock) {
    lines.push(`  section Incident ${d.lock.number}`)
    lines.push(task('locked until the incident is closed', 'crit, ', at, to))
  }
  lines.push('  section Now')
  lines.push(
    task(
      mermaidText(
        d.overridden && d.override
          ? `override by ${d.override.actor}`
          : `now ${wallTime(at, z).slice(11).replace(':', 'h')}`,
        40,
      ),
      'milestone, ',
      at,
      at,
    ),
  )
  lines.push('```')
  return lines
}

/** The grid as plain text for terminals: one line a day. */
export function renderGridText(d: WindowDecision): string {
  const sym: Record<Cell, string> = { open: '#', closed: '.', partial: '+', none: ' ' }
  const lines = [
    `          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[0]).join('')}`,
  ]
  lines.push(
    `          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[1]).join('')}`,
  )
  for (const r of d.grid)
    lines.push(`${r.weekday} ${r.date.slice(5)} ${r.cells.map((c) => sym[c]).join('')}`)
  lines.push(`(${d.timezone}; # open, . closed, + part of the hour)`)
  return lines.join('\n')
}
