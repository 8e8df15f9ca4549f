/** A listener-map emitter typed by its events, in the manner of mitt. @internal */
export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, fn: (event: Events[K]) => void): () => void
  emit<K extends keyof Events>(type: K, event: Events[K]): void
  /** Calls a listener, reporting instead of throwing if it fails. */
  safely<T>(fn: (event: T) => void, event: T): void
  clear(): void
}

/** @internal */
export function createEmitter<Events extends Record<string, unknown>>(
  report: (error: unknown) => void,
): Emitter<Events> {
  let handlers: { [K in keyof Events]?: ((event: Events[K]) => void)[] } = {}
  // A listener that throws must not stop consent from reaching the others.
  const safely = <T>(fn: (event: T) => void, event: T) => {
    try {
      fn(event)
    } catch (error) {
      report(error)
    }
  }
  return {
    safely,
    on(type, fn) {
      ;(handlers[type] ||= []).push(fn)
      return () => {
        handlers[type] = handlers[type]?.filter((h) => h != fn)
      }
    },
    emit(type, event) {
      for (const fn of handlers[type] || []) safely(fn, event)
    },
    clear() {
      handlers = {}
    },
  }
}
