import { describe, expect, it, vi } from 'vitest'
import { start } from '../helpers'

// Lets a few tasks pass, so that whatever a released yield let through has run.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
// Scripts run in jsdom's own global, so they report through the shared DOM.
const ran = () => document.title.split(',').filter(Boolean)

describe('activation after a decision', () => {
  it('[perf.close-first] runs each gated script in its own task, yielding with scheduler.yield() where it exists', async () => {
    document.body.innerHTML = [1, 2, 3]
      .map(
        (n) =>
          `<script type="text/plain" data-consent="analytics">document.title += '${n},'</script>`,
      )
      .join('')
    // Each yield is released by hand: a script may only run once the page had its turn.
    const turns: (() => void)[] = []
    const scheduler = { yield: () => new Promise<void>((resume) => turns.push(resume)) }
    vi.stubGlobal('scheduler', scheduler)
    try {
      const consent = start()
      consent.acceptAll()
      await flush()
      expect(ran()).toEqual([])
      for (const expected of [['1'], ['1', '2'], ['1', '2', '3']]) {
        turns.shift()!()
        await flush()
        expect(ran()).toEqual(expected)
      }
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
