/*
 * The demo's consent panel: what Consentry decided, the Google Consent Mode state it tells
 * Google's tags, what actually ran, and which cookies exist right now. Demo only; a real site
 * has none of this.
 *
 * It is an ordinary script (not gated) that only observes: it reads `window.Consentry` when
 * there is one, the vendors' own globals, the `data-consent-state` attributes and
 * `document.cookie`, so the vendor snippets stay exactly as pasted. It must work before
 * `window.Consentry` exists (a first visit validates the config first) and when it never does
 * (a broken config), and it must never throw into the page.
 */
;(() => {
  const failed = new Set()
  let lastView = ''
  let message = ''

  // The vendors, told apart by what their snippet and their library leave on the page.
  const VENDORS = [
    {
      id: 'google-analytics',
      snippet: () => typeof window.gtag == 'function',
      library: 'gtag.js',
      src: 'https://www.googletagmanager.com/gtag/js',
      loaded: () => !!window.google_tag_manager,
    },
    {
      id: 'hotjar',
      snippet: () => !!window._hjSettings,
      library: 'hotjar-3512345.js',
      src: 'https://static.hotjar.com/c/hotjar-',
      loaded: () => !!(window.hjSiteSettings || window.hjBootstrap),
    },
    {
      id: 'meta-pixel',
      snippet: () => typeof window.fbq == 'function',
      library: 'fbevents.js',
      src: 'https://connect.facebook.net/',
      // The snippet queues calls until fbevents.js installs `callMethod`.
      loaded: () => typeof window.fbq?.callMethod == 'function',
    },
  ]

  // Google's seven Consent Mode v2 keys, in Google's order.
  const CONSENT_MODE_KEYS = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
  ]

  const config = (() => {
    try {
      return JSON.parse(document.getElementById('consentry-config')?.textContent || '{}')
    } catch {
      return {}
    }
  })()
  const categories = config.categories || {}
  const services = config.services || {}
  const consentCookie = config.cookie?.name || 'consentry'

  // The same name patterns Consentry reads: `*`, `{hash}`, `[UID]`, `<site_id>`, `/regex/`.
  const toRegExp = (pattern) => {
    const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern)
    if (literal) return new RegExp(literal[1], literal[2].replace(/[gy]/g, ''))
    const escaped = pattern
      .split(/(\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*)/)
      .map((part, i) =>
        i % 2 ? (part == '*' ? '.*' : '.+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
    return new RegExp('^' + escaped.join('') + '$')
  }
  const rules = []
  const declare = (cookies = [], owner) => {
    for (const cookie of cookies) {
      try {
        rules.push({
          match: toRegExp(cookie.name),
          owner: owner || cookie.service || cookie.category,
        })
      } catch {
        // A bad pattern is Consentry's to report.
      }
    }
  }
  for (const [id, category] of Object.entries(categories)) declare(category.cookies, id)
  for (const [id, service] of Object.entries(services)) declare(service.cookies, id)
  declare(config.cookies)

  const ownerOf = (name) => {
    if (name == consentCookie) return 'consent record'
    const owner = rules.find((rule) => rule.match.test(name))?.owner
    if (!owner) return 'undeclared'
    const service = services[owner]
    return service ? `${service.category} · ${service.name || owner}` : owner
  }

  const liveScript = (src) =>
    Array.from(document.scripts).find(
      (script) => script.type != 'text/plain' && script.src.startsWith(src),
    )

  const libraryState = (vendor) => {
    if (vendor.loaded()) return ['loaded', 'yes']
    const script = liveScript(vendor.src)
    if (!script) return ['not requested', 'no']
    return failed.has(script.src) ? ['failed to load', 'no'] : ['loading…', '']
  }

  const readCookies = () =>
    document.cookie
      .split('; ')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=')
        return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
      })

  const formatTime = (ms) =>
    new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

  /** Everything the panel shows, as plain data: it is redrawn only when this changes. */
  function view() {
    const consent = window.Consentry
    const state = consent?.getState()
    const record = consent?.getRecord()
    const status = !consent
      ? document.readyState == 'complete'
        ? ['Consentry is not running: see the browser console.', 'error']
        : ['Waiting for Consentry…', '']
      : state.decided
        ? // The record comes once consentry-write.js has stored the decision (a moment later
          // when the page decides before the banner fetched it).
          record?.method == state.method
          ? [
              `Decided: ${record.method} on ${formatTime(record.lastDecision)}.` +
                ` Consent id ${record.consentId}.`,
              'decided',
            ]
          : [`Decided: ${state.method}; storing it…`, 'decided']
        : ['Undecided: nothing optional runs until you choose in the banner.', '']

    const choices = []
    for (const [id, category] of Object.entries(categories)) {
      const on = state?.categories[id]
      const required = category.required === true
      choices.push({
        name: category.title || id,
        detail: id,
        tag: required ? 'always on' : on ? 'granted' : 'denied',
        tone: required || on ? 'yes' : 'no',
      })
      for (const [serviceId, service] of Object.entries(services)) {
        if (service.category != id) continue
        const granted = state?.services[serviceId]
        choices.push({
          name: service.name || serviceId,
          detail: serviceId,
          tag: granted ? 'granted' : 'denied',
          tone: granted ? 'yes' : 'no',
          sub: true,
        })
      }
    }

    const mode = consent?.getConsentMode()
    const consentMode = !config.googleConsentMode
      ? 'Off in this config: nothing is told to Google’s tags.'
      : !mode
        ? 'Not known until Consentry runs.'
        : CONSENT_MODE_KEYS.map((key) => [key, mode[key] || 'not set'])

    const ran = []
    for (const vendor of VENDORS) {
      const active = document.querySelector(
        `script[data-consent="${vendor.id}"][data-consent-state="active"]`,
      )
      const name = services[vendor.id]?.name || vendor.id
      ran.push({
        name: `${name} snippet`,
        tag: vendor.snippet() ? 'ran' : active ? 'running…' : 'inert',
        tone: vendor.snippet() ? 'yes' : 'no',
      })
      const [tag, tone] = libraryState(vendor)
      ran.push({ name: vendor.library, tag, tone, sub: true })
    }
    for (const frame of Array.from(document.querySelectorAll('iframe[data-consent]'))) {
      const id = frame.getAttribute('data-consent')
      const src = frame.getAttribute('src')
      ran.push({
        name: `${services[id]?.name || id} embed`,
        detail: src ? new URL(src, location.href).host : undefined,
        tag: src ? 'src set' : 'placeholder',
        tone: src ? 'yes' : 'no',
      })
    }

    const cookies = readCookies().map(([name, value]) => {
      const owner = ownerOf(name)
      return {
        name,
        detail: value.length > 28 ? value.slice(0, 28) + '…' : value,
        tag: owner,
        tone: owner == 'undeclared' ? 'no' : '',
      }
    })
    if (!cookies.length) cookies.push({ name: 'none', tag: '' })

    window.__ran = ran.filter((item) => item.tone == 'yes').map((item) => item.name)
    return { status, choices, consentMode, ran, cookies, message }
  }

  const item = ({ name, detail, tag, tone, sub }) => {
    const li = document.createElement('li')
    if (sub) li.className = 'sub'
    const label = document.createElement('span')
    label.className = 'name'
    const text = document.createElement('span')
    text.className = 'label'
    text.textContent = name
    label.append(text)
    if (detail) {
      const small = document.createElement('span')
      small.className = 'detail'
      small.textContent = detail
      label.append(small)
    }
    li.append(label)
    if (tag) {
      const badge = document.createElement('span')
      badge.className = 'tag' + (tone ? ' tag--' + tone : '')
      badge.textContent = tag
      li.append(badge)
    }
    return li
  }

  // One row per key: the key as the row's header, its state in words (the colour only repeats
  // it). Styled inline like the lists around it, dotted rules between rows: the theme has no
  // rules for a table in the panel.
  const consentModeRows = (consentMode) => {
    if (typeof consentMode == 'string') {
      const row = document.createElement('tr')
      const cell = document.createElement('td')
      cell.colSpan = 2
      cell.textContent = consentMode
      row.append(cell)
      return [row]
    }
    return consentMode.map(([key, value], i) => {
      const rule = i < consentMode.length - 1 ? 'border-bottom: 1px dotted var(--line);' : ''
      const header = document.createElement('th')
      header.scope = 'row'
      header.style.cssText = `padding: 2px 0; ${rule} text-align: left; font: 0.8rem var(--mono)`
      header.textContent = key
      const badge = document.createElement('span')
      badge.className =
        'tag' + (value == 'granted' ? ' tag--yes' : value == 'denied' ? ' tag--no' : '')
      badge.textContent = value
      const cell = document.createElement('td')
      cell.style.cssText = `padding: 2px 0; ${rule} text-align: right`
      cell.append(badge)
      const row = document.createElement('tr')
      row.append(header, cell)
      return row
    })
  }

  function refresh() {
    try {
      const panel = document.getElementById('consent-panel')
      if (!panel) return
      const next = view()
      const serialized = JSON.stringify(next)
      if (serialized == lastView) return
      lastView = serialized
      const part = (name) => panel.querySelector(`[data-panel="${name}"]`)
      const [text, tone] = next.status
      part('status').textContent = text
      part('status').setAttribute('data-tone', tone)
      part('message').textContent = next.message
      for (const name of ['choices', 'ran', 'cookies'])
        part(name).replaceChildren(...next[name].map(item))
      part('consent-mode')?.replaceChildren(...consentModeRows(next.consentMode))
    } catch (error) {
      console.warn('Consent panel:', error)
    }
  }

  const say = (text) => {
    message = text
    refresh()
  }

  // Script load errors do not bubble, but they pass the window on the way down.
  window.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLScriptElement && event.target.src) {
        failed.add(event.target.src)
        refresh()
      }
    },
    true,
  )

  document.addEventListener('click', (event) => {
    const control = event.target.closest?.('[data-demo-action], [data-consent-action]')
    if (!control) return
    const action = control.getAttribute('data-demo-action')
    const consent = window.Consentry
    if (!consent) return say('Consentry is not running, so the buttons do nothing.')
    if (action == 'analytics-only') consent.save({ categories: ['analytics'] })
    else if (action == 'reset') consent.reset()
    say('')
  })

  for (const type of ['consentry:ready', 'consentry:change', 'load'])
    window.addEventListener(type, refresh)
  // The stored record (id, time) follows a decision once it is written.
  window.addEventListener('consentry:ready', () => window.Consentry?.on('record', refresh), {
    once: true,
  })
  document.addEventListener('DOMContentLoaded', refresh)
  setInterval(refresh, 1000)
})()
