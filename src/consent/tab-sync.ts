/**
 * Tells other tabs of the site that the choice changed, and hears them. BroadcastChannel carries
 * the news at once; where it is missing (or the tab was asleep), the stored cookie is read again
 * whenever the tab becomes visible. Listeners always re-read the cookie: it stays the one truth.
 * @internal
 */
export function createTabSync(channelName: string, doc: Document, onRemoteChange: () => void) {
  let channel: BroadcastChannel | undefined
  try {
    channel = new BroadcastChannel(channelName)
    channel.onmessage = onRemoteChange
  } catch {
    // Not supported (old Safari) or forbidden (opaque origins): visibility re-reads remain.
  }
  const onVisible = () => doc.visibilityState == 'visible' && onRemoteChange()
  doc.addEventListener('visibilitychange', onVisible)
  return {
    notify: () => channel?.postMessage(1),
    destroy() {
      channel?.close()
      doc.removeEventListener('visibilitychange', onVisible)
    },
  }
}
