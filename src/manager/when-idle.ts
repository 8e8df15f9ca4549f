/**
 * Runs `fn` in the browser's idle time, or soon where there is none (Safari).
 * @returns what cancels it.
 * @internal
 */
export const whenIdle = (fn: () => void): (() => void) => {
  if (typeof requestIdleCallback == 'function') {
    const handle = requestIdleCallback(fn, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(fn, 50)
  return () => clearTimeout(handle)
}
