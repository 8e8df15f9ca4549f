import { describe, expect, it } from 'vitest'
import { count, kB, median, ms, score, table } from '../../bench/format.mjs'

describe('the benchmark report figures', () => {
  it('takes the middle value of an odd number of runs, whatever their order', () => {
    expect(median([300, 100, 200])).toBe(200)
  })

  it('averages the two middle values of an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('has no median for no runs', () => {
    expect(median([])).toBeNaN()
  })

  it('prints milliseconds with one decimal under 10 and grouped thousands above', () => {
    expect([ms(4.26), ms(383.4), ms(2243.6)]).toEqual(['4.3 ms', '383 ms', '2,244 ms'])
  })

  it('prints kilobytes, layout shift and counts as the issue quotes them', () => {
    expect(kB(21_804)).toBe('21.80 kB')
    expect(score(0.0421)).toBe('0.042')
    expect([count(2), count(2.5)]).toEqual(['2', '2.5'])
  })

  it('builds a Markdown table with the first column left-aligned and the others right', () => {
    expect(
      table(
        ['Median', 'A', 'B'],
        [
          ['one', '1', '2'],
          ['two', '3', '4'],
        ],
      ),
    ).toBe(
      ['| Median | A | B |', '| --- | ---: | ---: |', '| one | 1 | 2 |', '| two | 3 | 4 |'].join(
        '\n',
      ),
    )
  })
})
