import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext, Frame } from 'playwright-core'

/*
 * Other consent tools' banners, found and operated by DuckDuckGo's autoconsent with the rules
 * bundled in its npm package (no network): its content script goes into every frame, and this
 * side answers its messages as the library's own Playwright runner does.
 */

const require = createRequire(import.meta.url)
const rulesFile = require.resolve('@duckduckgo/autoconsent/rules/rules.json')
const CONTENT_SCRIPT = readFileSync(
  new URL('../dist/autoconsent.playwright.js', `file://${rulesFile}`),
  'utf8',
)
// Full rules: the compact ones leave out the opt-in steps that "Accept all" needs.
const RULES = JSON.stringify({
  autoconsent: (JSON.parse(readFileSync(rulesFile, 'utf8')) as { autoconsent: unknown[] })
    .autoconsent,
})

/** What autoconsent found on a page, as it goes. */
export interface AutoconsentWatch {
  /** Resolves with the rule name once a banner shows, or `undefined` once none will. */
  found: Promise<string | undefined>
  /** Resolves once the requested click ("Reject all" or "Accept all") was made, with success. */
  done: Promise<boolean>
}

type Message = { type: string; cmp?: string; result?: boolean; id?: string; code?: string } & {
  state?: { lifecycle?: string }
  mainFrame?: boolean
}

/**
 * Installs autoconsent in a fresh context. `action` says what it does once it finds a banner:
 * nothing (`null`), `optOut` ("Reject all") or `optIn` ("Accept all").
 */
export async function watchBanners(
  context: BrowserContext,
  action: 'optOut' | 'optIn' | null,
): Promise<AutoconsentWatch> {
  let settleFound: (cmp: string | undefined) => void = () => {}
  let settleDone: (ok: boolean) => void = () => {}
  const found = new Promise<string | undefined>((resolve) => (settleFound = resolve))
  const done = new Promise<boolean>((resolve) => (settleDone = resolve))
  const reply = (frame: Frame, message: object) =>
    frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify(message)})`).catch(() => undefined)

  await context.exposeBinding('autoconsentSendMessage', async ({ frame }, message: Message) => {
    if (process.env.SCAN_DEBUG) console.error('autoconsent:', JSON.stringify(message).slice(0, 300))
    switch (message.type) {
      case 'init':
        return frame
          .evaluate(
            `autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify({
              enabled: true,
              autoAction: action,
              disabledCmps: [],
              enablePrehide: false,
              enableCosmeticRules: false,
              enableGeneratedRules: true,
              enableHeuristicDetection: false,
              detectRetries: 8,
              isMainWorld: true,
            })}, rules: ${RULES} })`,
          )
          .catch(() => undefined)
      case 'popupFound':
        return settleFound(message.cmp)
      case 'optOutResult':
      case 'optInResult':
        return settleDone(!!message.result)
      case 'report':
        if (message.mainFrame && message.state?.lifecycle == 'nothingDetected')
          settleFound(undefined)
        return
      case 'eval':
        return reply(frame, {
          id: message.id,
          type: 'evalResp',
          result: await frame.evaluate(message.code!).catch(() => false),
        })
    }
  })
  await context.addInitScript(CONTENT_SCRIPT)
  return { found, done }
}
