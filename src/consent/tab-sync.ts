/**
 * Tells other tabs of the site that the choice changed, and hears them. BroadcastChannel carries
 * the news at once; where it is missing (or the tab was asleep), the stored cookie is read again
 * whenever the tab becomes visible. A message carries the new cookie value: another tab's
 * cookie store may not have it yet when the message arrives (Chromium keeps cookies in another
 * process), and a tab that re-read too early would miss the change until it is shown again.
 * @internal
 */
export function createTabSync(
  channelName: string,
  doc: Document,
  onRemoteChange: (value?: unknown) => void,
) {
  let channel: BroadcastChannel | undefined
  try {
    channel = new BroadcastChannel(channelName)
    channel.onmessage = (event) => onRemoteChange(event.data)
  } catch {
    // Not supported (old Safari) or forbidden (opaque origins): visibility re-reads remain.
  }
  const onVisible = () => doc.visibilityState == 'visible' && onRemoteChange()
  doc.addEventListener('visibilitychange', onVisible)
  return {
    notify: (value?: string) => channel?.postMessage(value),
    destroy() {
      // Closed, it would throw on a notify from a write still pending at destroy().
      channel?.close()
      channel = undefined
      doc.removeEventListener('visibilitychange', onVisible)
    },
  }
}
