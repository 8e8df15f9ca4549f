import { readFileSync } from 'node:fs'
import { buildSync } from 'esbuild'
import type { BrowserContext } from 'playwright-core'

const HERE = new URL('./', import.meta.url)

/** demo/attacks/lab.ts bundled for the browser, from the current sources. */
export function labBundle(): string {
  const { outputFiles } = buildSync({
    entryPoints: [new URL('lab.ts', HERE).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  return outputFiles[0]!.text
}

/**
 * Serves `/attacks/lab.js` (the bundle) on every host, and the pages of demo/attacks on the
 * https hosts of a made-up site, `www.example.test` and its sibling `evil.example.test`: https
 * (a secure context, so `__Host-` cookies) without certificates, answered by the test itself.
 */
export async function serveAttackSite(context: BrowserContext, lab = labBundle()) {
  await context.route(
    (url) => url.pathname == '/attacks/lab.js',
    (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: lab }),
  )
  await context.route(
    (url) =>
      url.protocol == 'https:' &&
      url.hostname.endsWith('example.test') &&
      url.pathname != '/attacks/lab.js',
    (route) => {
      const { pathname } = new URL(route.request().url())
      const file = /^\/attacks\/[\w-]+\.html$/.test(pathname)
        ? pathname.slice('/attacks/'.length)
        : ''
      return file
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: readFileSync(new URL(file, HERE)),
          })
        : route.fulfill({ status: 404, body: '' })
    },
  )
}
