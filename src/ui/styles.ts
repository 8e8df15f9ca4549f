// Public custom properties (--consentry-*) feed private ones (--ui-*), so a site can set them on
// :root or on consentry-ui, for both themes or inside its own media query. The build shortens the
// private names to a letter (scripts/rollup-css-vars.mjs), as they were written by hand before.
// A page's rule for the host element (`*{--a:…}`) beats the shadow root's :host, so a page that
// sets such a one-letter property on every element would reach them: unlikely, and left as is.
// Light: text 16.9:1, muted 6.7:1, accent (links, focus ring, filled buttons) 6.7:1 on the
// background, button text 6.7:1 on the accent, switch track 4.2:1. Dark: 14.3, 8.3, 7.9, 9.0 and
// 5.3. WCAG 2.2 asks 4.5:1 for text, 3:1 for focus rings and controls. The focus ring's offset is
// filled with the background, so the ring keeps its contrast on any page behind it.
// The two decision buttons' columns are minmax(0,1fr): a plain 1fr widens to fit a long word
// (German "personenbezogenen" in a phone-sized box), making one button bigger than the other;
// such words break instead, hyphenated where the browser can. A notice's "Do not sell or share my
// personal information" is long in every language: where two 13rem columns do not fit (a box, a
// phone), its buttons stack, in rows of equal height.
// Cookie tables never break a word: headers and cookie names stay whole, and a table wider than
// its box scrolls sideways inside its wrapper. A placeholder is sized like the embed it stands
// for; in a small one (a 280×158 embed on a phone) a compact layout keeps both buttons inside,
// and `safe center` keeps what overflows reachable by scrolling instead of cut off at the top.
// A site's own texts (the banner's text, descriptions, cookie tables) may be in another
// script than the UI's language: each paragraph takes its direction from its own text, so an
// English description in the Arabic UI ends with its full stop, not starts with it.
// The themes' colours, in this order: background, text, muted text, accent, text on the accent,
// borders and switch tracks.
const theme = (colors: string) => {
  const [bg, fg, muted, accent, on, line] = colors.split(' ')
  return `--ui-background:var(--consentry-bg,${bg});--ui-text:var(--consentry-fg,${fg});--ui-muted:var(--consentry-muted,${muted});--ui-accent:var(--consentry-accent,${accent});--ui-on-accent:var(--consentry-accent-fg,${on});--ui-line:var(--consentry-border,${line})`
}
const dark = theme('#1d2026 #eef0f3 #b3b9c3 #93b4fd #111318 #8d939d')

/**
 * The host's reset, theme colours, focus colour and font: shared by the UI's stylesheet and the
 * floating button's (consentry-floating.js), so both follow the same `--consentry-*` properties.
 * @internal
 */
export const HOST_CSS = `:host{all:initial;display:contents;${theme('#fff #1b1d21 #565c66 #1d4ed8 #fff #767c87')};--ui-radius:var(--consentry-radius,8px);--ui-spacing:var(--consentry-spacing,16px);--ui-focus:var(--consentry-focus,var(--ui-accent));font:1em/1.5 var(--consentry-font,system-ui,sans-serif);color:var(--ui-text)}
:host(.dark){${dark}}
@media(prefers-color-scheme:dark){:host(.auto){${dark}}}
`

/**
 * The UI's styles, adopted by every shadow root it renders into. Sites theme it through the
 * `--consentry-*` properties and `::part()`.
 * @internal
 */
export const CSS = `${HOST_CSS}*{box-sizing:border-box;margin:0;padding:0}
h2{font-size:1.25em}
h3,h4{font-size:1em}
ul{list-style:none}
a,.disclosure{color:var(--ui-accent)}
button{font:inherit;color:inherit;cursor:pointer;min-height:24px;border:0;background:none}
:focus-visible{outline:2px solid var(--ui-focus);outline-offset:2px;box-shadow:0 0 0 2px var(--ui-background)}
[tabindex="-1"]{outline:0}
.banner,.dialog,.overlay{position:fixed;z-index:2147483646}
.banner,.dialog,.placeholder{background:var(--ui-background);border:1px solid var(--ui-line)}
.banner,.dialog{box-shadow:0 4px 24px #0005;animation:in .3s}
.banner,.body,.placeholder{padding:var(--ui-spacing)}
.bar{inset:auto 0 0}
.bar-top{inset:0 0 auto}
.box{bottom:16px;right:16px;width:min(26rem,calc(100% - 32px))}
.top-left,.top-right{top:16px;bottom:auto}
.top-left,.bottom-left{left:16px;right:auto}
.overlay{inset:0;background:#000a;display:flex;align-items:center;justify-content:center;padding:16px}
.overlay>*{position:relative;max-height:100%;overflow:auto}
.box,.overlay>*,.button,.category,.placeholder{border-radius:var(--ui-radius)}
.inner{max-width:72rem;margin:auto;display:flex;flex-wrap:wrap;align-items:center;gap:var(--ui-spacing)}
.text{flex:1 1 24rem}
.text p,.muted{margin-top:4px;color:var(--ui-muted);unicode-bidi:plaintext}
.buttons,.footer{display:flex;flex-wrap:wrap;gap:8px}
.equal{flex:auto;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}
.notice .equal{grid-template-columns:repeat(auto-fit,minmax(min(13rem,100%),1fr));grid-auto-rows:1fr}
.button{flex:auto;padding:8px 18px;min-height:44px;border:2px solid var(--ui-accent);font-weight:600;color:var(--ui-accent);overflow-wrap:anywhere;hyphens:auto}
.primary,.switch[aria-checked=true]{background:var(--ui-accent);color:var(--ui-on-accent)}
.close{position:absolute;top:8px;inset-inline-end:8px;font-size:1.5em;width:40px;height:40px}
.closable .inner{padding-inline-end:40px}
.dialog{width:44rem;display:flex;flex-direction:column}
.body{overflow:auto;min-height:0}
.header,.footer{padding:12px var(--ui-spacing);border:0 solid var(--ui-line)}
.header{border-bottom-width:1px}
.footer{border-top-width:1px}
.category,.service{margin-top:12px;padding:12px;border:1px solid var(--ui-line)}
.row{display:flex;align-items:center;gap:12px}
.row>:first-child{flex:1}
.emphasis,.placeholder-title{font-weight:600}
.switch{flex:none;position:relative;width:44px;height:24px;border-radius:12px;background:var(--ui-line)}
.switch:after{content:"";position:absolute;top:3px;inset-inline-start:3px;width:18px;height:18px;border-radius:50%;background:var(--ui-background)}
.switch[aria-checked=true]:after{inset-inline-start:23px}
.switch:disabled{opacity:.6}
.disclosure{margin-top:4px;text-decoration:underline}
.disclosure:before{content:"+ " / ""}
.disclosure[aria-expanded=true]:before{content:"− " / ""}
.table{margin-top:8px;overflow-x:auto}
table{width:100%;border-collapse:collapse}
table,.placeholder{font-size:.875em}
th,td{padding:4px;border-bottom:1px solid var(--ui-line);text-align:start;vertical-align:top;unicode-bidi:plaintext}
th,code{white-space:nowrap}
.placeholder{display:flex;flex-direction:column;justify-content:safe center;align-items:center;gap:8px;height:100%;overflow:auto;text-align:center}
@container (max-width:26rem){.placeholder{padding:8px;gap:4px;font-size:.75em}.placeholder .buttons{flex-wrap:nowrap}.placeholder .button{flex:1 1 0;min-height:28px;padding:2px 6px}}
.visually-hidden{position:absolute;clip-path:inset(50%)}
@keyframes in{from{opacity:0}}
@media(prefers-reduced-motion:reduce){*{animation:none!important}}`
