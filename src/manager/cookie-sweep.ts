import type { ConsentModel } from '../config/build-model'
import type { WriteQueue } from './write-queue'
import type { CookieReader } from '../types/cookies'

/**
 * Deletes the declared cookies and storage keys of whatever is not granted. A cookie that
 * anything granted also claims stays: necessary cookies (always granted) above all, even when an
 * optional pattern matches them too. Only what is there is deleted: a returning visitor with
 * nothing to delete fetches no writer.
 * @returns a function that sweeps now.
 * @internal
 */
export function createCookieSweep(
  model: ConsentModel,
  reader: CookieReader,
  isGranted: (name: string) => boolean,
  writes: WriteQueue,
): () => void {
  const own = [model.cookie.name, '__Host-' + model.cookie.name]
  const { rules } = model
  return () => {
    const kept = (name: string) =>
      own.includes(name) || rules.some((rule) => isGranted(rule.owner) && rule.match.test(name))
    // Names are read once per storage area, however many rules there are.
    const names: Partial<Record<string, string[]>> = {}
    const present = (area?: string) => (names[area || ''] ||= reader.names(area as never))
    const doomed = rules.filter(
      (rule) =>
        !isGranted(rule.owner) &&
        present(rule.storage).some((name) => rule.match.test(name) && !kept(name)),
    )
    if (doomed.length) writes.run((writer) => writer.sweep(doomed, kept))
  }
}
