// Git references and annotated tags, as GET /git/ref/{ref} and GET /git/tags/{tag_sha} answer
// them: deploy-guard asks whether a deployment's ref is a tag on its commit (a branch is never
// handed to a rollback).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { nodeId, UNSIGNED } from './objects.js'
import { json, type Handler, type RouteContext } from './reply.js'
import { ApiError } from './types.js'

const run = promisify(execFile)

async function git(c: RouteContext, args: string[]): Promise<string | null> {
  try {
    return (await run('git', args, { cwd: c.git.dir })).stdout
  } catch {
    return null
  }
}

const notFound = () => new ApiError(404, { message: 'Not Found' })
const SAFE = /^(heads|tags)\/[A-Za-z0-9._/-]+$/

export const refRoutes: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/git/ref/{ref}': async (c) => {
    const ref = c.params.ref ?? ''
    if (!SAFE.test(ref) || ref.includes('..')) throw notFound()
    const sha = (await git(c, ['rev-parse', '--verify', '--quiet', `refs/${ref}`]))?.trim()
    if (!sha) throw notFound()
    const type = (await git(c, ['cat-file', '-t', sha]))?.trim() ?? 'commit'
    const api = c.state.ctx.apiRepo
    return json(200, {
      ref: `refs/${ref}`,
      node_id: nodeId('REF', `${ref}:${sha}`),
      url: `${api}/git/refs/${ref}`,
      object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
    })
  },

  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': async (c) => {
    const sha = c.params.tag_sha ?? ''
    if (!/^[0-9a-f]{40}$/.test(sha)) throw notFound()
    const raw = await git(c, ['cat-file', 'tag', sha])
    if (!raw) throw notFound()
    const [head = '', ...rest] = raw.split('\n\n')
    const field = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(head)?.[1] ?? ''
    const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'))
    const api = c.state.ctx.apiRepo
    const type = field('type')
    return json(200, {
      node_id: nodeId('TAG', sha),
      tag: field('tag'),
      sha,
      url: `${api}/git/tags/${sha}`,
      message: rest.join('\n\n'),
      tagger: {
        name: tagger?.[1] ?? '',
        email: tagger?.[2] ?? '',
        date: new Date(Number(tagger?.[3] ?? 0) * 1000).toISOString().replace('.000', ''),
      },
      object: { sha: field('object'), type, url: `${api}/git/${type}s/${field('object')}` },
      verification: { ...UNSIGNED },
    })
  },
}
