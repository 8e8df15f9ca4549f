/*
 * A limit on how many tasks run at once: the scan's visits share one browser on a machine with
 * few cores, and too many at once only makes each one slower (and closer to its time limit).
 */

/** Runs a task once fewer than the limit are running; tasks wait their turn in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

/** A limiter that lets `size` tasks run at once. */
export function limiter(size: number): Limiter {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    // A finished task hands its slot straight to the next in line, so `running` stays put.
    if (running < size) running++
    else await new Promise<void>((start) => waiting.push(start))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}
