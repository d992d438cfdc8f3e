// At most `limit` requests in flight per origin (issue 13): a round used to start every probe at
// once, and a server with a short listen backlog dropped the connections it could not queue
// (the SYN retries took 1 s and 3 s, and healthy services timed out).
//
// Hand-written rather than p-limit or bottleneck: those limit one queue, and this needs a queue
// per origin whose entries appear and go with the probes, plus a way for a redirect already under
// way to go first. FIFO otherwise, so a round's probes are served in the order they were asked.

/** Gives the slot back; calling it again does nothing. */
export type Release = () => void

interface Queue {
  active: number
  /** Grants waiting, from `head` on: a round queues hundreds, and Array#shift copies them all. */
  waiting: (() => void)[]
  head: number
}

/** `scheme://host:port`, the port always written, so `http://a` and `http://a:80` are one. */
export function originKey(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return `${url.protocol}//${url.hostname}:${port}`
}

export class OriginLimiter {
  private readonly queues = new Map<string, Queue>()

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit ${limit}: expected >= 1`)
  }

  /**
   * A free slot for `origin` now, or null. Lets a probe that need not wait go on without a
   * promise (the engine benchmark counts every one of those per request).
   */
  tryAcquire(origin: string): Release | null {
    const q = this.queues.get(origin)
    if (q && q.active >= this.limit) return null
    return this.slot(origin, q ?? this.queue(origin))
  }

  /**
   * Resolves when a slot for `origin` is free. `first`: ahead of the queue, for the next hop of
   * a request already sent (its time is running; a new probe's is not yet).
   */
  acquire(origin: string, first = false): Promise<Release> {
    const queue = this.queues.get(origin) ?? this.queue(origin)
    return new Promise((resolve) => {
      const grant = () => resolve(this.slot(origin, queue))
      if (queue.active < this.limit) grant()
      else if (!first) queue.waiting.push(grant)
      else if (queue.head > 0) queue.waiting[--queue.head] = grant
      else queue.waiting.unshift(grant)
    })
  }

  /** Requests in flight and waiting for `origin` (for tests). */
  load(origin: string): { active: number; waiting: number } {
    const q = this.queues.get(origin)
    return { active: q?.active ?? 0, waiting: q ? q.waiting.length - q.head : 0 }
  }

  private queue(origin: string): Queue {
    const q: Queue = { active: 0, waiting: [], head: 0 }
    this.queues.set(origin, q)
    return q
  }

  /** Takes a slot of `queue`; the function gives it back once. */
  private slot(origin: string, queue: Queue): Release {
    queue.active++
    let released = false
    return () => {
      if (released) return
      released = true
      this.release(origin, queue)
    }
  }

  private release(origin: string, queue: Queue): void {
    queue.active--
    if (queue.head < queue.waiting.length) {
      const next = queue.waiting[queue.head]!
      queue.waiting[queue.head++] = undefined as never // let it be collected
      if (queue.head === queue.waiting.length) {
        queue.waiting = []
        queue.head = 0
      }
      next()
    }
    // An origin seen once (a redirect's target) leaves nothing behind.
    else if (queue.active === 0) this.queues.delete(origin)
  }
}
