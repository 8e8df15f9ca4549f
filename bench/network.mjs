// The network a visitor is on, and what the page fetched over it, from the DevTools protocol.

/**
 * @typedef {object} Profile
 * @property {string} id
 * @property {string} name as the report shows it
 * @property {string} short as a table's column shows it
 * @property {object} [conditions] `Network.emulateNetworkConditions`' parameters, if any
 */

/** @type {Profile[]} */
export const PROFILES = [
  { id: 'none', name: 'no network delay', short: 'none' },
  {
    id: 'slow4g',
    name: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)',
    short: 'slow 4G',
    // Throughputs are in bytes per second.
    conditions: {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    },
  },
]

/**
 * Logs every request of the page through the `Network` domain, with the profile's conditions:
 * when it was sent and when it finished, on the protocol's monotonic clock (seconds), and how
 * many are in flight.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {Profile} profile
 */
export async function networkLog(cdp, profile) {
  /** @type {Map<string, { url: string, sent: number, finished?: number, bytes?: number }>} */
  const requests = new Map()
  let lastChange = Date.now()
  const settle = ({ requestId, timestamp, encodedDataLength }) => {
    const request = requests.get(requestId)
    if (request && request.finished == null) {
      request.finished = timestamp
      request.bytes = encodedDataLength
    }
    lastChange = Date.now()
  }
  let documents = 0
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp, type }) => {
    // A redirect keeps the id: the first request is the one that was asked for. An iframe's
    // document after the page's own loads in a process of its own, whose events this session
    // does not get: it is not waited for.
    if (type == 'Document' && documents++ > 0) return
    if (!requests.has(requestId)) requests.set(requestId, { url: request.url, sent: timestamp })
    lastChange = Date.now()
  })
  cdp.on('Network.loadingFinished', settle)
  cdp.on('Network.loadingFailed', settle)
  await cdp.send('Network.enable')
  if (profile.conditions) await cdp.send('Network.emulateNetworkConditions', profile.conditions)
  return {
    requests,
    /** Whether nothing has been in flight for `quietMs`. */
    idle: (quietMs) =>
      [...requests.values()].every((r) => r.finished != null) && Date.now() - lastChange >= quietMs,
  }
}
