// The incident issue of a fan-in: a Vantages section with a row per vantage in the body and in
// an update comment, and for a regional problem the words that keep the release out of it.
import {
  incidentTitle,
  renderIncidentBody,
  renderIncidentComment,
} from '../../src/incident/render.js'
import { judgeVantages, vantageReport } from '../../src/verify/vantages.js'
import { judge } from '../helpers/markdown-oracle.js'
import { FAILED, failedReport, incident, restoreReport } from './render-fixtures.js'

/** The oracle, told what the renderer writes on purpose: its headings, text and mermaid blocks. */
const problems = (text: string) =>
  judge(text, {
    headingOk: () => true,
    fences: ['text', 'mermaid'],
    blockquotes: true,
    ownReferences: /^ *#-?\d+(?= |$)/,
  }).problems

const reports = [
  vantageReport('eu-west', FAILED, failedReport()),
  vantageReport('us-east', FAILED, restoreReport()),
  vantageReport('ap-south', FAILED, restoreReport()),
]

test('regional: the title, summary and severity say the release is not the suspect', () => {
  const view = judgeVantages(reports, 'majority')
  const i = incident({
    severity: 'P2',
    previousSha: null,
    vantages: view,
    rollback: {
      state: 'not-rolled-back',
      strategy: 'command',
      detail: `not rolled back: ${view.reason}`,
    },
    changes: null,
    changesNote: 'not compared: a regional problem does not make the release the suspect.',
  })
  expect(incidentTitle(i)).toBe(
    'Regional: production fails from eu-west after abc1234, not rolled back',
  )
  const body = renderIncidentBody(i)
  expect(problems(body)).toEqual([])
  expect(body).toContain('\n## Vantages\n')
  expect(body).toContain('**production** fails from eu-west (1 of 3 vantages)')
  expect(body).toContain('treats this as a regional problem')
  expect(body).toContain(
    '**P2**: regional: 1 of 3 vantages saw the release fail, fewer than the quorum of 2',
  )
  expect(body).toContain('is not the cause')
  expect(body).not.toContain('probably still serving')
  // The postmortem is about the path, not a failed release.
  expect(body).toContain('1 of 3 vantages could not verify it, fewer than the quorum')
  expect(body).toContain('Find why the failing vantages could not reach the service')
  expect(body).not.toContain('Find and fix the cause in the failed release')
  expect(body).toMatch(/\| eu-west \| 🔴 failing \(P1\) \| `homepage`/)
  expect(body).toMatch(/\| us-east \| 🟢 healthy \| {2}\|/)
  // An update on an incident already open says the same, not "another failed deploy".
  const comment = renderIncidentComment(i)
  expect(problems(comment)).toEqual([])
  expect(comment.split('\n')[0]).toBe(
    '## 🟠 A regional problem after the deploy of `abc1234` to production',
  )
})

test('a failed release seen from several vantages: the usual story, with the table', () => {
  const view = judgeVantages(reports, 'any')
  const i = incident({ severity: 'P2', vantages: view })
  expect(incidentTitle(i)).toMatch(/^Rollback: production deploy of abc1234 failed verification$/)
  for (const text of [renderIncidentBody(i), renderIncidentComment(i)]) {
    expect(problems(text)).toEqual([])
    expect(text).toMatch(
      /#+ Vantages\n\nScope: \*\*partial: the release failed\*\*\. 1 of 3 vantages/,
    )
    expect(text).toContain('| ap-south | 🟢 healthy |')
  }
  // Without vantages, no such section.
  expect(renderIncidentBody(incident())).not.toContain('Vantages')
})
