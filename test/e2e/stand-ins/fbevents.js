// Stand-in for https://connect.facebook.net/<locale>/fbevents.js, served by the e2e harness:
// sets Meta's first-party cookies (`_fbc` only after an ad click, as Meta does) and, like the
// real library, installs `fbq.callMethod` and runs the calls the snippet queued.
;(() => {
  const now = Date.now()
  const maxAge = 90 * 86400
  if (!/(^|; )_fbp=/.test(document.cookie))
    document.cookie = `_fbp=fb.1.${now}.${Math.floor(Math.random() * 2147483647)}; path=/; max-age=${maxAge}`
  const click = new URLSearchParams(location.search).get('fbclid')
  if (click) document.cookie = `_fbc=fb.1.${now}.${click}; path=/; max-age=${maxAge}`

  const record = (window.__fbqStandIn = { calls: [] })
  const fbq = window.fbq
  if (!fbq) return
  fbq.callMethod = (...args) => record.calls.push(args)
  for (const args of fbq.queue.splice(0)) fbq.callMethod(...args)
})()
