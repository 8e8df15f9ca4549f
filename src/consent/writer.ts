import { deleteCookies } from '../cookies/delete-cookies'
import { createBrowserJar, type CookieJar } from '../cookies/jar'
import { proofOf } from './proof'
import { encodeRecord } from './record'

/**
 * Everything a decision writes with: the cookie jar (js-cookie), the record's encoding, cookie
 * deletion and the proof of consent. Reading needs none of it, so the script-tag core fetches it
 * (`consentry-write.js`) only when something must be written (docs/adr/0002-compiled-config.md).
 * @internal
 */
export const createWriter = (jar: CookieJar = createBrowserJar()) => ({
  jar,
  deleteCookies,
  encodeRecord,
  proofOf,
})

/** @internal */
export type Writer = ReturnType<typeof createWriter>
