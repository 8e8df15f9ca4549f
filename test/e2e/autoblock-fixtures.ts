import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { Visitor } from './harness'

/*
 * Pages of test/e2e/autoblock-pages/, served at /autoblock/<file> on the demo's host, and
 * stand-ins for the vendors they paste, beyond the harness's own. Each stand-in script records
 * that it ran in `window.loaded`, and the tag managers among them insert more tags as the real
 * ones do.
 */

const page = (file: string) => readFileSync(new URL(`autoblock-pages/${file}`, import.meta.url))

// `loaded` is how a page tells which vendor scripts ran, and in which order.
const ranAs = (name: string, more = '') =>
  `;(window.loaded = window.loaded || []).push(${JSON.stringify(name)});${more}`

/** What each vendor host answers with, by host and path. */
export const VENDOR_STAND_INS: { host: string; path: RegExp; type: string; body: string }[] = [
  {
    host: 'www.googletagmanager.com',
    path: /^\/gtag\/js$/,
    type: 'text/javascript',
    body: ranAs('gtag'),
  },
  {
    // GTM inserts the tags its container holds: here a GA4 tag and a custom pixel.
    host: 'www.googletagmanager.com',
    path: /^\/gtm\.js$/,
    type: 'text/javascript',
    body: ranAs(
      'gtm',
      `var s=document.createElement('script');s.async=true;
       s.src='https://www.googletagmanager.com/gtag/js?id=G-FROM-GTM';document.head.appendChild(s);
       var i=new Image();i.src='https://www.google-analytics.com/g/collect?v=2';`,
    ),
  },
  {
    host: 'connect.facebook.net',
    path: /^\/[\w-]+\/fbevents\.js$/,
    type: 'text/javascript',
    body: ranAs('fbevents'),
  },
  {
    host: 'static.hotjar.com',
    path: /^\/c\/hotjar-\d+\.js$/,
    type: 'text/javascript',
    body: ranAs('hotjar'),
  },
  {
    host: 'analytics.tiktok.com',
    path: /^\/i18n\/pixel\/events\.js$/,
    type: 'text/javascript',
    body: ranAs('tiktok'),
  },
  {
    host: 'snap.licdn.com',
    path: /^\/li\.lms-analytics\/insight\.min\.js$/,
    type: 'text/javascript',
    body: ranAs('linkedin'),
  },
  {
    // A third-party widget no service of held.html declares.
    host: 'widget.unknown.example',
    path: /^\/w\.js$/,
    type: 'text/javascript',
    body: ranAs('widget'),
  },
  {
    host: 'www.youtube.com',
    path: /^\/embed\//,
    type: 'text/html',
    body: '<p>YouTube stand-in</p>',
  },
  {
    host: 'www.youtube-nocookie.com',
    path: /^\/embed\//,
    type: 'text/html',
    body: '<p>YouTube stand-in</p>',
  },
  {
    host: 'www.google.com',
    path: /^\/maps\/embed/,
    type: 'text/html',
    body: '<p>Google Maps stand-in</p>',
  },
]

/** Serves the autoblock pages and the vendor stand-ins to this visitor (routes added last win). */
export async function serveAutoblockPages(visitor: Visitor): Promise<void> {
  await visitor.context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      const url = new URL(route.request().url())
      const found = VENDOR_STAND_INS.find((s) => s.host == url.host && s.path.test(url.pathname))
      return found
        ? route.fulfill({ status: 200, contentType: found.type, body: found.body })
        : route.fulfill({ status: 204 })
    },
  )
  await visitor.context.route(/\/autoblock\/[\w-]+\.html$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: page(new URL(route.request().url()).pathname.split('/').pop()!),
    }),
  )
}

/** Requests this visitor made to any of `hosts`, at or after `since`. */
export const requestsTo = (visitor: Visitor, hosts: string[], since = 0) =>
  visitor.requests.filter((r) => r.time >= since && hosts.includes(r.host)).map((r) => r.url)

/** Clicks "Accept all" in Consentry's banner. */
export const acceptAll = (page: Page) =>
  page.getByRole('button', { name: 'Accept all' }).first().click()

/** Clicks "Reject all" in Consentry's banner. */
export const rejectAll = (page: Page) =>
  page.getByRole('button', { name: 'Reject all' }).first().click()
