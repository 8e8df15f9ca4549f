import { afterEach, beforeEach, vi } from 'vitest'

// Every test starts clean: no cookies, no storage, an empty page, no stray spies.
const clearCookies = () => {
  for (const pair of document.cookie.split('; ').filter(Boolean)) {
    const name = pair.split('=')[0]
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

beforeEach(() => {
  // Until the UI exists, every undecided start says so on console.info: keep the output quiet.
  vi.spyOn(console, 'info').mockImplementation(() => {})
  clearCookies()
  localStorage.clear()
  sessionStorage.clear()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

afterEach(() => {
  // The script-tag core keeps its instance on window; a page reload would drop it.
  window.Consentry?.destroy()
  delete window.Consentry
  delete window.ConsentryChunks
  delete window.ConsentryConfig
  vi.restoreAllMocks()
  vi.useRealTimers()
})
