import type { Page } from 'playwright-core'
import type { AutoconsentWatch } from './autoconsent'
import { measureScript, type ButtonReport } from './measure-buttons'
import type { Banner, Phase } from './types'

/*
 * Finding the banner and making the visitor's choice. Consentry is recognised through its API
 * (`window.Consentry`) and its buttons clicked as a visitor would; every other consent tool is
 * left to autoconsent.
 */

const CONSENTRY_UI = 'consentry-ui'

/**
 * How long another tool's banner may take to appear before the page counts as having none
 * (autoconsent usually says sooner that it found nothing).
 */
export const BANNER_WAIT = 8000
// Consentry's banner, once its API is there, shows for sure; only a busy machine delays it.
const CONSENTRY_WAIT = 20_000

/** Finds the banner and measures its first layer. */
export async function findBanner(page: Page, watch: AutoconsentWatch): Promise<Banner> {
  let other: string | null | undefined
  void watch.found.then((tool) => (other = tool ?? null))
  const deadline = Date.now() + BANNER_WAIT
  for (;;) {
    const runsConsentry = await page
      .evaluate(() => !!(window as { Consentry?: unknown }).Consentry)
      .catch(() => false)
    if (runsConsentry) return consentryBanner(page)
    if (other) return { tool: other, ...(await page.evaluate<ButtonReport>(measureScript(''))) }
    if (other === null || Date.now() > deadline) return { tool: 'none', preticked: [] }
    await new Promise((done) => setTimeout(done, 100))
  }
}

async function consentryBanner(page: Page): Promise<Banner> {
  const shown = await page
    .locator('[part~="accept"]')
    .first()
    .waitFor({ state: 'visible', timeout: CONSENTRY_WAIT })
    .then(() => true)
    .catch(() => false)
  if (!shown) return { tool: 'none', preticked: [] }
  // Measured once the entrance animation is over: sizes and colours as the visitor sees them.
  await page
    .waitForFunction(
      (host) => !document.querySelector(host)?.shadowRoot?.getAnimations().length,
      CONSENTRY_UI,
      { timeout: 2000 },
    )
    .catch(() => undefined)
  return { tool: 'consentry', ...(await page.evaluate<ButtonReport>(measureScript(CONSENTRY_UI))) }
}

/**
 * Clicks "Reject all" or "Accept all" on the banner found.
 * @returns whether the click was made.
 */
export async function choose(
  page: Page,
  options: { banner: Banner; phase: Exclude<Phase, 'before'>; watch: AutoconsentWatch },
): Promise<boolean> {
  if (options.banner.tool == 'none') return false
  if (options.banner.tool == 'consentry') {
    const part = options.phase == 'reject' ? 'reject' : 'accept'
    return page
      .locator(`[part~="${part}"]`)
      .first()
      .click({ timeout: 3000 })
      .then(() => true)
      .catch(() => false)
  }
  return Promise.race([
    options.watch.done,
    // Unref'd: a give-up timer must not keep the command running once the scan is over.
    new Promise<boolean>((done) => setTimeout(() => done(false), BANNER_WAIT).unref()),
  ])
}
