/** A listener-map emitter typed by its events, in the manner of mitt. @internal */
export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, fn: (event: Events[K]) => void): () => void
  emit<K extends keyof Events>(type: K, event: Events[K]): void
  clear(): void
}

/** @internal */
export function createEmitter<Events extends Record<string, unknown>>(
  report: (error: unknown) => void,
): Emitter<Events> {
  let handlers: { [K in keyof Events]?: ((event: Events[K]) => void)[] } = {}
  return {
    on(type, fn) {
      ;(handlers[type] ||= []).push(fn)
      return () => {
        handlers[type] = handlers[type]?.filter((h) => h != fn)
      }
    },
    emit(type, event) {
      // A listener that throws must not stop consent from reaching the others.
      for (const fn of handlers[type] || [])
        try {
          fn(event)
        } catch (error) {
          report(error)
        }
    },
    clear() {
      handlers = {}
    },
  }
}
