import type { BrowserContext, Page, Request } from 'playwright-core'
import { getDomain } from 'tldts'
import { HOOK_BINDING, installHooks, type HookMessage } from './page-hooks'
import type { SeenRequest } from './types'

/*
 * Records what one browser profile does: every request (and whether it came after the choice),
 * who set each cookie (a response's Set-Cookie, or a script's `document.cookie`), the scripts
 * that started each request (the DevTools protocol's initiator), and when Consent Mode got its
 * default. It also knows when the network has gone quiet.
 */

/** Whether `host` belongs to another registrable domain than the site's (tldts, the PSL). */
export const isThirdParty = (host: string, site: string): boolean =>
  (getDomain(host) || host) != (getDomain(site) || site)

/** The recorder of one context. */
export interface Recorder {
  requests: SeenRequest[]
  /** Cookie name → the response URL or script URL that last set it. */
  setBy: Map<string, string>
  /** Cookie name → the script that started the request whose response set it. */
  initiatorOf: Map<string, string>
  /** Hosts of Google tag requests made while no Consent Mode default had been queued. */
  googleBeforeDefault: Set<string>
  /** From now on, requests count as made after the visitor's choice. */
  markChoice(): void
  /** Starts following a page's requests' initiators through a DevTools session. */
  follow(page: Page): Promise<void>
  /** Resolves once no request has been in flight for `quiet` ms, or after `limit` ms. */
  settled(quiet: number, limit: number): Promise<void>
}

/** Sets up recording on a fresh context, before its first page opens. */
export async function record(
  context: BrowserContext,
  options: { site: string; gpc: boolean; isGoogle: (host: string) => boolean },
): Promise<Recorder> {
  const requests: SeenRequest[] = []
  const setBy = new Map<string, string>()
  const initiatorOf = new Map<string, string>()
  const initiatorByUrl = new Map<string, string>()
  const googleBeforeDefault = new Set<string>()
  let afterChoice = false
  let consentDefault = false
  let inFlight = 0
  let lastActivity = Date.now()

  await context.exposeBinding(HOOK_BINDING, (_source, message: HookMessage) => {
    if (message.type == 'consent-default') consentDefault = true
    else if (message.name) setBy.set(message.name, message.script)
  })
  await context.addInitScript(installHooks, { gpc: options.gpc })

  const onRequest = (request: Request) => {
    inFlight++
    lastActivity = Date.now()
    let host: string
    try {
      host = new URL(request.url()).hostname
    } catch {
      return
    }
    if (!host) return
    if (!consentDefault && options.isGoogle(host)) googleBeforeDefault.add(host)
    requests.push({
      url: request.url(),
      host,
      thirdParty: isThirdParty(host, options.site),
      afterChoice,
    })
  }
  const onEnd = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastActivity = Date.now()
  }
  context.on('request', onRequest)
  context.on('requestfinished', onEnd)
  context.on('requestfailed', onEnd)
  context.on('response', async (response) => {
    const cookies = await response.headerValues('set-cookie').catch(() => [])
    for (const line of cookies.flatMap((value) => value.split('\n'))) {
      const name = line.split('=')[0]!.trim()
      if (!name) continue
      setBy.set(name, response.url())
      const initiator = initiatorByUrl.get(response.url())
      if (initiator) initiatorOf.set(name, initiator)
    }
  })

  return {
    requests,
    setBy,
    initiatorOf,
    googleBeforeDefault,
    markChoice: () => void (afterChoice = true),
    async follow(page) {
      const session = await context.newCDPSession(page)
      type Initiator = { url?: string; stack?: { callFrames: { url: string }[] } }
      session.on('Network.requestWillBeSent', (event) => {
        const initiator = event.initiator as Initiator
        const script = initiator.stack?.callFrames.find((frame) => frame.url)?.url || initiator.url
        if (script) initiatorByUrl.set(event.request.url, script)
      })
      await session.send('Network.enable')
    },
    async settled(quiet, limit) {
      const deadline = Date.now() + limit
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quiet))
        await new Promise((done) => setTimeout(done, 50))
    },
  }
}
