// Demo only: lists what Consentry reports through on('error') on the page, and keeps it in
// `window.__consentryErrors` (the element as its data-name) for the end-to-end tests.
;(() => {
  const reported = (window.__consentryErrors = [])
  addEventListener('consentry:ready', () =>
    window.Consentry.on('error', ({ type, name, element }) => {
      const entry = { type, name, element: element?.getAttribute('data-name') }
      reported.push(entry)
      const item = document.createElement('li')
      item.textContent = `${type} error: ${entry.element || '?'} (data-consent="${name}")`
      document.querySelector('[data-panel="errors"]')?.append(item)
    }),
  )
})()
