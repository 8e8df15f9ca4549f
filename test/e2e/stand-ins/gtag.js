// Stand-in for https://www.googletagmanager.com/gtag/js, served by the e2e harness. Like gtag.js
// it runs the commands the inline snippet queued in `dataLayer`, takes over `dataLayer.push` for
// later ones, and on `config` sets GA4's first-party cookies from script.
;(() => {
  const dataLayer = (window.dataLayer = window.dataLayer || [])
  const id = new URL(document.currentScript.src).searchParams.get('id')
  const record = (window.__gtagStandIn = { id, queuedAtLoad: dataLayer.length, commands: [] })
  const now = Math.floor(Date.now() / 1000)
  const setCookie = (name, value) =>
    (document.cookie = `${name}=${value}; path=/; max-age=63072000`)

  const run = (command) => {
    // gtag() pushes its `arguments`; anything else (GTM events) is not a command.
    if (!command || typeof command[0] != 'string') return
    const [name, ...args] = Array.from(command)
    record.commands.push([name, ...args.map((arg) => (arg instanceof Date ? 'Date' : arg))])
    if (name != 'config') return
    if (!/(^|; )_ga=/.test(document.cookie))
      setCookie('_ga', `GA1.1.${Math.floor(Math.random() * 2147483647)}.${now}`)
    setCookie(`_ga_${String(args[0]).replace(/^G-/, '')}`, `GS1.1.${now}.1.0.${now}.0.0.0`)
  }

  dataLayer.forEach(run)
  dataLayer.push = function (...commands) {
    commands.forEach(run)
    return Array.prototype.push.apply(this, commands)
  }
  window.google_tag_manager = { [id]: { dataLayer: { name: 'dataLayer' } } }
})()
