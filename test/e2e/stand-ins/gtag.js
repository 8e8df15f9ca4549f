// Stand-in for https://www.googletagmanager.com/gtag/js, served by the e2e harness. What it does
// with consent is what gtag.js does (developers.google.com/tag-platform/security/guides/consent):
// - it runs the commands queued in `dataLayer` in order, then takes over `dataLayer.push`;
// - only an `arguments` object is a command: gtag() pushes its `arguments`, and a plain array or
//   object (a GTM event such as `consentry_update`) is data, not a command;
// - `consent` 'default' and 'update' keep two layers per key; an update wins over the default,
//   whichever came first. A default with a `region` is for visitors there; this one is nowhere;
// - `wait_for_update` holds hits until an update arrives or the time is up;
// - `config` sends a page_view and `event` its event to https://www.google-analytics.com/g/collect
//   with `gcs=G1<ad_storage><analytics_storage>` (1 granted, 0 denied, - not set);
// - GA4's first-party cookies are written on a hit only while analytics_storage is granted.
;(() => {
  const dataLayer = (window.dataLayer = window.dataLayer || [])
  const id = new URL(document.currentScript.src).searchParams.get('id')
  // A second gtag.js on the page (basic-mode snippet after an advanced-mode one) only adds its id.
  if (window.__gtagStandIn) return void (window.google_tag_manager[id] ||= {})
  const consent = { default: {}, update: {} }
  const record = (window.__gtagStandIn = {
    id,
    queuedAtLoad: dataLayer.length,
    commands: [],
    consent,
  })
  const destinations = []
  const held = []
  let holding = false

  const now = Math.floor(Date.now() / 1000)
  const setCookie = (name, value) =>
    (document.cookie = `${name}=${value}; path=/; max-age=63072000`)
  const state = (key) => consent.update[key] || consent.default[key]
  const bit = (key) => ({ granted: '1', denied: '0' })[state(key)] || '-'

  const send = (tid, event) => {
    if (holding) return void held.push([tid, event])
    const params = new URLSearchParams({ v: '2', tid, en: event })
    if (state('ad_storage') || state('analytics_storage'))
      params.set('gcs', `G1${bit('ad_storage')}${bit('analytics_storage')}`)
    if (state('analytics_storage') == 'granted') {
      if (!/(^|; )_ga=/.test(document.cookie))
        setCookie('_ga', `GA1.1.${Math.floor(Math.random() * 2147483647)}.${now}`)
      setCookie(`_ga_${tid.replace(/^G-/, '')}`, `GS1.1.${now}.1.0.${now}.0.0.0`)
    }
    navigator.sendBeacon(`https://www.google-analytics.com/g/collect?${params}`)
  }
  const release = () => {
    holding = false
    held.splice(0).forEach((hit) => send(...hit))
  }

  const run = (entry) => {
    if (Object.prototype.toString.call(entry) != '[object Arguments]') return
    const [name, ...args] = Array.from(entry)
    record.commands.push([name, ...args.map((arg) => (arg instanceof Date ? 'Date' : arg))])
    if (name == 'consent' && (args[0] == 'default' || args[0] == 'update')) {
      const { wait_for_update: wait, region, ...keys } = args[1] || {}
      if (args[0] == 'default' && region) return
      Object.assign(consent[args[0]], keys)
      if (args[0] == 'update') release()
      else if (wait > 0) {
        holding = true
        setTimeout(release, wait)
      }
    } else if (name == 'config') {
      if (!destinations.includes(args[0])) destinations.push(args[0])
      if (args[1]?.send_page_view !== false) send(args[0], 'page_view')
    } else if (name == 'event') {
      const to = args[1]?.send_to
      for (const tid of to ? [].concat(to) : destinations) send(tid, args[0])
    }
  }

  dataLayer.forEach(run)
  dataLayer.push = function (...entries) {
    entries.forEach(run)
    return Array.prototype.push.apply(this, entries)
  }
  window.google_tag_manager = { [id]: { dataLayer: { name: 'dataLayer' } } }
})()
