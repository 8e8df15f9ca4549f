/**
 * A random RFC 4122 version-4 id. `crypto.randomUUID` needs a secure context; the random bytes
 * it is built from do not, so plain-http sites get an equally random id.
 * @internal
 */
export const consentId = (): string =>
  // Each 0, 1 or 8 of the template becomes a random hex digit; "4" and the variant bits stay.
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  )
