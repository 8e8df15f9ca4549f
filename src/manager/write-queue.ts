import type { Writer } from '../consent/writer'

/** Runs writes in order, with a writer that may arrive later. @internal */
export interface WriteQueue {
  /** Runs `job` now if the writer is at hand, else once it has arrived, in order. */
  run(job: (writer: Writer) => void): void
  /** Starts fetching the writer, so that the next decision is stored at once. */
  prefetch(): void
}

/**
 * Writes run at once when the writer is at hand (npm), else once it has arrived (the script tag
 * fetches `consentry-write.js` with the first write). A fetch that failed (offline) is tried
 * again with the next write; the jobs wait for it, and run in the order they came.
 * @param source the writer, or how to fetch it.
 * @param onError told of each failed fetch.
 * @internal
 */
export function createWriteQueue(
  source: Writer | (() => Promise<Writer>),
  onError: (error: unknown) => void,
): WriteQueue {
  let writer = typeof source == 'function' ? undefined : source
  const pending: ((writer: Writer) => void)[] = []
  let fetching: Promise<void> | undefined
  const fetchWriter = () =>
    (fetching ||= (source as () => Promise<Writer>)().then(
      (arrived) => {
        writer = arrived
        for (const job of pending.splice(0)) job(arrived)
      },
      (error) => {
        fetching = undefined
        onError(error)
      },
    ))
  return {
    run(job) {
      if (writer) return job(writer)
      pending.push(job)
      void fetchWriter()
    },
    prefetch: () => void (writer || fetchWriter()),
  }
}
