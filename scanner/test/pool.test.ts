import { describe, expect, it } from 'vitest'
import { limiter } from '../src/pool'

/*
 * The limit on visits at once. Tasks finish when the test says so, not after a delay: the order
 * of events is what is checked, never how long anything took.
 */

/** A task that reports when it starts and finishes when `finish` is called. */
function controlledTask(name: string, log: string[]) {
  let finish: () => void = () => {}
  const finished = new Promise<void>((resolve) => (finish = resolve))
  return {
    run: async () => {
      log.push(`start ${name}`)
      await finished
      log.push(`end ${name}`)
      return name
    },
    finish,
  }
}

// Lets every promise callback that is ready run.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('limiter', () => {
  it('runs at most its size of tasks at once, starting the others in order as slots free up', async () => {
    const log: string[] = []
    const limit = limiter(2)
    const tasks = ['a', 'b', 'c', 'd'].map((name) => controlledTask(name, log))
    const results = tasks.map((task) => limit(task.run))
    await settle()
    expect(log).toEqual(['start a', 'start b'])

    tasks[1]!.finish()
    await settle()
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c'])

    tasks[0]!.finish()
    tasks[2]!.finish()
    tasks[3]!.finish()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
    expect(log.filter((line) => line.startsWith('start'))).toEqual([
      'start a',
      'start b',
      'start c',
      'start d',
    ])
  })

  it('frees the slot of a task that fails, and passes its error on', async () => {
    const limit = limiter(1)
    const failing = limit(() => Promise.reject(new Error('the page crashed')))
    const next = limit(async () => 'ran')
    await expect(failing).rejects.toThrow('the page crashed')
    expect(await next).toBe('ran')
  })
})
