import { isProofRecord } from './proof-shape'
import type { ProofRecord } from '../types'

// Where the browser keeps the records it has not yet delivered: a JSON array.
export const OUTBOX = 'consentry:outbox'

/*
 * The newest 50 are kept. A record is about half a kilobyte (a demo record with 4 categories, 4
 * services and `replaces` is 480 bytes), so the whole outbox, some 25 kB, fits at once in the
 * 64 KiB that the Fetch standard lets a page's keepalive requests have in flight, which retry()
 * needs, and is nothing against the ~5 MB of an origin's localStorage. A visitor decides a few
 * times a year: 50 undelivered decisions mean the endpoint has been down for so long that losing
 * the oldest beats letting the outbox grow without bound.
 */
const CAP = 50

/** What the log uses of the browser; each defaults to the page's own. @internal */
export interface RecordLogEnv {
  /** @default localStorage (`null`: no outbox, records are sent once) */
  storage?: Storage | null
  /** @default fetch */
  fetch?: typeof fetch
  /** @default () => navigator.onLine !== false */
  online?: () => boolean
}

/** Sends proof-of-consent records to a log endpoint. @internal */
export interface RecordLog {
  /** Queues the record in the outbox and tries to deliver it. Never throws. */
  send(record: ProofRecord): void
  /** Re-sends what earlier pages could not deliver; call once per page view. Never throws. */
  retry(): void
}

/**
 * Sends each proof-of-consent record to `endpoint` as a POST whose body is the record's JSON,
 * keeping it in a localStorage outbox until acknowledged (a 2xx), so that no record is lost to a
 * failed request. Every request is a `fetch` with `keepalive` (it outlives the page, as a beacon
 * would) and `referrerPolicy: 'no-referrer'`: `sendBeacon` cannot set a referrer policy, and
 * under the page's own one a same-origin endpoint would get the page's full URL, query and all
 * (`?email=…&token=…`). Only entries shaped like a record ({@link isProofRecord}) leave the
 * outbox: a script that wrote it cannot make the visitor's browser POST anything else. The
 * endpoint must parse the body as JSON whatever its `Content-Type` says (`text/plain`), and
 * ignore a record whose `id` it already has: a record may arrive more than once. On another
 * origin it needs no CORS to receive records, but its answer must carry
 * `Access-Control-Allow-Origin` for the page to read the acknowledgement of a retry; without it
 * the record arrives and is sent again on later page views until the outbox drops it.
 *
 * @example
 * const log = createRecordLog('/consent-log')
 * log.retry()
 * consent.on('record', log.send)
 * @internal
 */
export function createRecordLog(endpoint: string, env: RecordLogEnv = {}): RecordLog {
  /** Reads the outbox, changes it, writes it back capped, and returns the new list. */
  const update = (change: (list: ProofRecord[]) => ProofRecord[]) => {
    let list: ProofRecord[] = []
    try {
      // Reading `localStorage` itself throws a SecurityError where the visitor blocks storage.
      const storage = (env.storage === undefined ? localStorage : env.storage)!
      try {
        // Whatever is not a list of records (a hand edit, another script) is dropped.
        list = JSON.parse(storage.getItem(OUTBOX)!).filter(isProofRecord)
      } catch {
        // Missing or malformed: start from an empty outbox.
      }
      list = change(list).slice(-CAP)
      if (list.length) storage.setItem(OUTBOX, JSON.stringify(list))
      else storage.removeItem(OUTBOX)
    } catch {
      // Quota exceeded or no storage: the record is still sent, only not kept for a retry.
    }
    return list
  }
  // Read again when a request ends: the outbox may have changed while it was in flight.
  const drop = (id: string) => update((list) => list.filter((r) => r.id != id))
  const online = () => (env.online || (() => navigator.onLine))()
  // A plain string goes as `text/plain;charset=UTF-8`, a CORS-safelisted type, so no request
  // here needs a preflight.
  // A first send goes `no-cors`, as a beacon did: it needs no CORS on the endpoint (a sandboxed
  // frame's origin is "null", so even the site's own endpoint is cross-origin there), and any
  // answer means it was delivered. A retry goes `cors` and waits for a 2xx it can read.
  const post = (record: ProofRecord, acknowledged: boolean) => {
    try {
      ;(env.fetch || fetch)(endpoint, {
        method: 'POST',
        keepalive: true,
        referrerPolicy: 'no-referrer',
        ...(!acknowledged && { mode: 'no-cors' as const }),
        body: JSON.stringify(record),
      }).then(
        (response) => (response.ok || !acknowledged) && drop(record.id),
        () => {},
      )
    } catch {
      // No fetch at all: the record waits in the outbox.
    }
  }

  return {
    send(record) {
      update((list) => [...list.filter((r) => r.id != record.id), record])
      if (online() != false) post(record, false)
    },
    retry() {
      try {
        // Writing back what was read also drops what is malformed and keeps the cap.
        const list = update((list) => list)
        if (online() != false) for (const record of list) post(record, true)
      } catch {
        // Nothing to do that could not wait for the next page.
      }
    },
  }
}
