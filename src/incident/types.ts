// What the incident issue is made from: plain data gathered by the failure path, so the
// renderer stays pure and every section can be tested from fixtures.

import type { VerifyReport } from '../verify/report.js'
import type { VantageView } from '../verify/vantages.js'

export interface ChangedCommit {
  sha: string
  /** First line of the message. */
  title: string
  /** GitHub login when known, else the git author name. */
  author: string
  url: string
  pr?: { number: number; title?: string; url: string }
}

export interface ChangedFile {
  filename: string
  status: string
  additions: number
  deletions: number
  previousFilename?: string
}

export interface ChangeSet {
  base: string
  head: string
  compareUrl: string
  /** Commits between the releases, as the compare API counts them (may exceed the list). */
  totalCommits: number
  commits: ChangedCommit[]
  files: ChangedFile[]
  /** The compare API lists at most 250 commits and 300 files; true when a list hit its cap. */
  capped: { commits: boolean; files: boolean }
}

export interface TimelineEvent {
  /** ISO-8601 instant. */
  at: string
  what: string
}

export type RollbackState =
  /** Rolled back and the restored release passed verification. */
  | 'recovered'
  /** Rolled back, but the restored release failed verification, or the rollback itself failed. */
  | 'rollback-failed'
  /** Not rolled back: strategy none, dry run, no previous release, or a newer deploy. */
  | 'not-rolled-back'

export interface RollbackSummary {
  state: RollbackState
  strategy: 'none' | 'command' | 'deployment' | 'workflow'
  /** One sentence: what was done, or why nothing was. */
  detail: string
  /** Verification of the restored release, when one ran. */
  restore?: VerifyReport
}

/** What the evidence command (evidence-command) left before the rollback. */
export interface Evidence {
  outcome: 'ok' | 'failed' | 'timed-out' | 'cancelled'
  /**
   * How it ended, how long it took, how much it printed, said of "the evidence command":
   * "exited with 3 after 2s (40 lines of output)".
   */
  detail: string
  exitCode: number | null
  signal: string | null
  /** ISO-8601 instants. */
  startedAt: string
  endedAt: string
  timeoutMs: number
  /** stdout and stderr as they arrived, secrets redacted: the last 64 KiB, from a line start. */
  output: string
  /** Lines and bytes printed in all. */
  lines: number
  bytes: number
  /** Whether `output` is only the end of what was printed. */
  truncated: boolean
}

export interface IncidentInput {
  environment: string
  repo: { owner: string; name: string; htmlUrl: string }
  failedSha: string
  previousSha: string | null
  /** How the previous release was chosen (SPEC: "Which release is rolled back to"). */
  previousRule?: 'verified' | 'fallback' | 'explicit'
  severity: 'P1' | 'P2'
  /** The failed verification of the new release (a fan-in's: the worst failing vantage's). */
  verification: VerifyReport
  /** A fan-in's vantages and the scope they give (verify with reports). */
  vantages?: VantageView
  rollback: RollbackSummary
  /** The evidence command's run, when one is configured and ran (not in a dry run). */
  evidence?: Evidence
  timeline: TimelineEvent[]
  /** Null when there is nothing to compare with, or the compare could not be fetched. */
  changes: ChangeSet | null
  /** Why `changes` is null, said in the issue. */
  changesNote?: string
  runUrl: string
  actor: string
  /** ISO-8601 instant the issue is written. */
  now: string
}
