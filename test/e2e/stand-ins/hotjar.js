// Stand-in for https://static.hotjar.com/c/hotjar-<site id>.js, served by the e2e harness: sets
// Hotjar's first-party cookies (base64 JSON, as Hotjar writes them) and its bootstrap globals.
;(() => {
  const site = window._hjSettings?.hjid
  const now = Date.now()
  const user = Math.random().toString(16).slice(2, 10) + '-' + now.toString(16)
  const encode = (value) => btoa(JSON.stringify(value))
  document.cookie = `_hjSessionUser_${site}=${encode({ id: user, created: now, existing: false })}; path=/; max-age=31536000`
  document.cookie = `_hjSession_${site}=${encode({ id: user, c: now, s: 0, r: 0, sb: 0, sr: 0, se: 0, fs: 1, sp: 0 })}; path=/; max-age=1800`
  window.hjSiteSettings = { site_id: site }
  window.hjBootstrap = () => {}
  window.__hotjarStandIn = { site, queued: (window.hj?.q || []).map((args) => Array.from(args)) }
})()
