/*
 * What the scanner observes and reports. Plain data, so that the JSON report is these objects
 * written out as they are.
 */

/** The three visits each page gets, each in a fresh browser profile. */
export type Phase = 'before' | 'reject' | 'accept'

/** A cookie as the browser holds it at the end of a visit, and who set it. */
export interface SeenCookie {
  name: string
  domain: string
  path: string
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number
  httpOnly: boolean
  secure: boolean
  sameSite: string
  /**
   * The response whose `Set-Cookie` set it, or the script whose `document.cookie` write did
   * (its URL from the stack of the write); `undefined` when neither was seen.
   */
  setBy?: string
  /** The script that made the request whose response set it (the DevTools initiator). */
  initiator?: string
  /** Set on a domain other than the scanned site's. */
  thirdParty: boolean
}

/** One request the page made. */
export interface SeenRequest {
  url: string
  host: string
  thirdParty: boolean
  /** Made after the visitor's click on "Reject all" or "Accept all" (false on `before` visits). */
  afterChoice: boolean
}

/** A `localStorage` or `sessionStorage` key of the page's origin. */
export interface SeenStorage {
  key: string
  storage: 'localStorage' | 'sessionStorage'
  origin: string
}

/** A button of the banner's first layer, measured on the rendered page. */
export interface MeasuredButton {
  text: string
  width: number
  height: number
  /** WCAG contrast ratio of its text against its background. */
  contrast: number
  /** Whether the visitor sees it without scrolling. */
  inViewport: boolean
}

/** The consent banner found on a page, if any. */
export interface Banner {
  /** `consentry`, an autoconsent rule name such as `cookieconsent3`, or `none`. */
  tool: string
  accept?: MeasuredButton
  reject?: MeasuredButton
  /** Labels of optional choices that are switched on before the visitor touched them. */
  preticked: string[]
}

/** Everything one visit of one page saw. */
export interface Visit {
  page: string
  phase: Phase
  cookies: SeenCookie[]
  storage: SeenStorage[]
  requests: SeenRequest[]
  iframes: string[]
  banner: Banner
  /** Same-origin links found on the page (only read on `before` visits). */
  links: string[]
  /** Hosts of the page's Google requests made before any Consent Mode `default` command. */
  googleBeforeDefault: string[]
  /** The Consentry config the page runs, read through `window.Consentry.config`. */
  consentryConfig?: unknown
  /** A PNG of the viewport with the banner, on `before` visits. */
  screenshot?: Buffer
  /** Why the visit ended early, if it did. */
  error?: string | undefined
}

/** One broken rule, as the report lists it. */
export interface Violation {
  rule: string
  page: string
  detail: string
}
