/** What Consentry hands the DOM's Trusted Types sinks: values it vouches for. @internal */
export interface TrustedTypesPolicy {
  createHTML(html: string): string
  createScript(text: string): string
  createScriptURL(url: string): string
}

const pass = (value: string) => value
// Where the browser has no Trusted Types, or the page's `trusted-types` list leaves `consentry`
// out: strings as they are, which a page that enforces Trusted Types then refuses (fail closed).
const strings: TrustedTypesPolicy = { createHTML: pass, createScript: pass, createScriptURL: pass }
const policies: Record<string, TrustedTypesPolicy> = {}

/**
 * A Trusted Types policy of Consentry's, created on first use, for a page that enforces them
 * (`require-trusted-types-for 'script'`): `consentry`, and `consentry-ui` for the UI chunk of the
 * script tag, which loads its own files (a policy name is the page's to allow once). It passes
 * values through unchanged, and is held here, out of the page's reach, for the only values
 * Consentry vouches for: the URLs of its own files, the `src` and text of inert scripts the gate
 * admitted (markup the site wrote, trusted as the gate trusts it anyway), and, with
 * auto-blocking, markup the page itself had made trusted, after the markup filter. A string of
 * the page's never passes through it.
 * @internal
 */
export function trustedTypes(name = 'consentry'): TrustedTypesPolicy {
  try {
    policies[name] ||= (
      window as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypesPolicy } }
    ).trustedTypes!.createPolicy(name, strings)
  } catch {
    policies[name] = strings
  }
  return policies[name]
}
