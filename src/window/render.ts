// The window decision as a job summary: the decision first, then the rule, the next window in
// the policy's zone and UTC, and a week of hours a person reads at a glance.

import { clip, code, link, md, table } from '../report/markdown.js'
import { fitSummary, WINDOW_SUMMARY_BUDGET } from '../report/summary-size.js'
import { count } from '../report/text.js'
import type { WindowDecision } from './decide.js'
import { longTime } from './decide.js'
import type { Cell } from './engine.js'
import { zone } from './zone.js'

const CELL: Record<Cell, string> = { open: '🟩', closed: '🟥', partial: '🟨', none: '⬛' }

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
  if (d.grid.length > 0) {
    const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))
    out.push(
      '',
      `#### Next 7 days, hour by hour (${md(d.timezone)})`,
      '',
      table(
        ['Day', ...hours],
        d.grid.map((r) => [`${r.weekday} ${r.date.slice(5)}`, ...r.cells.map((c) => CELL[c])]),
      ),
      '',
      '🟩 open · 🟥 closed · 🟨 open for part of the hour · ⬛ hour skipped by a DST change',
    )
  }
  // Names, reasons and titles are clipped above; this only guards the limit of the step.
  return fitSummary(out.join('\n') + '\n', WINDOW_SUMMARY_BUDGET)
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
