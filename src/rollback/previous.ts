// Which release to go back to, found from the Deployments API (SPEC: "Which release is rolled
// back to"): the newest earlier deployment of the environment that deploy-guard verified healthy;
// only when there is none, the newest earlier successful one that a release job could have made
// (not a pull request's ref, not a branch other than the default), said as a fallback. A
// deployment deploy-guard marked failed is never chosen. One page of deployments and at most
// CANDIDATES status reads, so the cost does not grow with history.

import type { Deployment, DeploymentStatus, GitHub } from '../github/client.js'
import { short } from '../github/context.js'

/** deploy-guard's own statuses start with these, so discovery can tell them from any job's. */
export const VERIFIED_MARK = 'deploy-guard: verified healthy'
export const FAILED_MARK = 'deploy-guard: failed verification'

/** How the previous release was chosen, for the issue, the summary and the report. */
export type PreviousRule = 'verified' | 'fallback' | 'explicit'

export interface PreviousRelease {
  /** Always a full commit SHA. */
  sha: string
  /** A tag naming that commit when the deployment names one, else the SHA: never a branch. */
  ref: string
  deploymentId: number | null
  rule: PreviousRule
}

export interface Discovery {
  previous: PreviousRelease | null
  /** A deployment for the environment that started after the one being verified. */
  newer: Deployment | null
  /** Why there is no previous release, for people. */
  note: string
}

/** At most this many older deployments have their statuses read. */
const CANDIDATES = 10

export type Judgement = 'verified' | 'failed' | 'successful' | 'unknown'

/** What a deployment's statuses say of it; a failure mark outweighs everything. */
export function judge(statuses: Pick<DeploymentStatus, 'state' | 'description'>[]): Judgement {
  const marked = (state: string[], mark: string) =>
    statuses.some((s) => state.includes(s.state) && !!s.description?.startsWith(mark))
  if (marked(['failure', 'error'], FAILED_MARK)) return 'failed'
  if (marked(['success'], VERIFIED_MARK)) return 'verified'
  return statuses.some((s) => s.state === 'success') ? 'successful' : 'unknown'
}

const isSha = (ref: string, sha: string) =>
  /^[0-9a-f]{7,40}$/i.test(ref) && sha.toLowerCase().startsWith(ref.toLowerCase())
const isPullRef = (ref: string) => /^(refs\/)?pull\//.test(ref) || /^gh-readonly-queue\//.test(ref)
const branchName = (ref: string) => ref.replace(/^refs\/heads\//, '')

export interface RefFacts {
  defaultBranch: () => Promise<string>
  /** The commit a tag of that name points at, or null when no such tag exists. */
  tagCommit: (name: string) => Promise<string | null>
}

/**
 * The ref a rollback may use for this commit: `ref` when it is a tag on that very commit, else
 * the SHA. A branch moves (possibly onto the bad release), so it is never handed on.
 */
export async function stableRef(sha: string, ref: string, facts: RefFacts): Promise<string> {
  if (!ref || isSha(ref, sha) || isPullRef(ref) || ref.startsWith('refs/heads/')) return sha
  // The default branch is known from the event payload in a workflow: no tag look-up for it.
  if (ref === (await facts.defaultBranch())) return sha
  const name = ref.replace(/^refs\/tags\//, '')
  return (await facts.tagCommit(name)) === sha ? name : sha
}

/**
 * Why a successful deployment that deploy-guard did not verify cannot be the fallback, or null
 * when it can: jobs that use `environment:` only for its secrets deploy pull requests and
 * feature branches too.
 */
async function notARelease(d: Deployment, facts: RefFacts): Promise<string | null> {
  if (isSha(d.ref, d.sha)) return null
  if (isPullRef(d.ref)) return `its ref ${d.ref} is a pull request's`
  if (branchName(d.ref) === (await facts.defaultBranch())) return null
  if (!d.ref.startsWith('refs/heads/') && (await facts.tagCommit(d.ref)) === d.sha) return null
  return `its ref ${d.ref} is neither the default branch nor a tag on ${short(d.sha)}`
}

/** The facts from GitHub, each asked at most once. */
export function refFacts(gh: GitHub, defaultBranch?: string): RefFacts {
  let branch: Promise<string> | undefined = defaultBranch
    ? Promise.resolve(defaultBranch)
    : undefined
  const tags = new Map<string, Promise<string | null>>()
  return {
    defaultBranch: () => (branch ??= gh.getRepo().then((r) => r.default_branch)),
    tagCommit: (name) => {
      if (!tags.has(name)) tags.set(name, gh.tagCommit(name))
      return tags.get(name)!
    },
  }
}

const sameEnvironment = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export async function discoverPrevious(
  gh: GitHub,
  environment: string,
  current: { sha: string; deploymentId: number | null; ignore?: number[] },
  facts: RefFacts = refFacts(gh),
): Promise<Discovery> {
  const ignore = new Set(current.ignore ?? [])
  const list = (await gh.deployments(environment)).filter(
    (d) => !ignore.has(d.id) && sameEnvironment(d.environment, environment),
  )
  const at =
    current.deploymentId !== null
      ? list.findIndex((d) => d.id === current.deploymentId)
      : list.findIndex((d) => d.sha === current.sha)
  const mine = at >= 0 ? list[at]! : null
  // Creation times have whole seconds, so two runs in one second tie: ids break the tie (GitHub
  // hands them out in order). When this run's deployment is past the first page, ids alone
  // tell older from newer, so a release deployed later is never taken for the previous one.
  const after = (d: Deployment): boolean =>
    mine
      ? d.created_at > mine.created_at || (d.created_at === mine.created_at && d.id > mine.id)
      : current.deploymentId !== null && d.id > current.deploymentId
  const newer = list.find((d) => d.sha !== current.sha && after(d)) ?? null
  const older = (
    at >= 0
      ? list.slice(at + 1)
      : current.deploymentId !== null
        ? list.filter((d) => d.id < current.deploymentId!)
        : list
  ).filter((d) => d.sha !== current.sha)

  const found = async (d: Deployment, rule: PreviousRule): Promise<Discovery> => ({
    previous: {
      sha: d.sha,
      ref: await stableRef(d.sha, d.ref, facts),
      deploymentId: d.id,
      rule,
    },
    newer,
    note: '',
  })
  let fallback: Deployment | null = null
  const passedOver: string[] = []
  for (const d of older.slice(0, CANDIDATES)) {
    const judgement = judge(await gh.statuses(d.id))
    if (judgement === 'verified') return found(d, 'verified')
    if (judgement !== 'successful' || fallback) continue
    const why = await notARelease(d, facts)
    if (why) passedOver.push(`deployment ${d.id} of ${short(d.sha)}: ${why}`)
    else fallback = d
  }
  if (fallback) return found(fallback, 'fallback')
  const checked = Math.min(older.length, CANDIDATES)
  const note =
    older.length === 0
      ? `no earlier deployment to ${environment} is recorded: this looks like the first deploy, so there is nothing to roll back to`
      : `none of the ${checked} earlier deployments to ${environment} was verified by deploy-guard or succeeded as a release${passedOver.length ? ` (passed over: ${passedOver.join('; ')})` : ''}`
  return { previous: null, newer, note }
}

/** A sentence for people on how the previous release was chosen. */
export function ruleSentence(p: Pick<PreviousRelease, 'rule' | 'sha'>): string {
  switch (p.rule) {
    case 'verified':
      return `${short(p.sha)} is the newest earlier release deploy-guard verified healthy`
    case 'fallback':
      return `${short(p.sha)} is the newest earlier successful deployment; deploy-guard never verified it, so it may not be good: check it`
    case 'explicit':
      return `${short(p.sha)} was named by the previous-ref input`
  }
}
