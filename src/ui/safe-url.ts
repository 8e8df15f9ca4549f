/**
 * The URL when it is safe to link to (https:, http:, mailto: or relative), else `undefined`.
 * Parsed as the browser will parse it, so `java\tscript:` or a leading space cannot slip by.
 * @internal
 */
export function safeUrl(url: string | undefined): string | undefined {
  try {
    if (url && /^(https?|mailto):$/.test(new URL(url, document.baseURI).protocol)) return url
  } catch {
    // Not a URL at all: no link.
  }
}
