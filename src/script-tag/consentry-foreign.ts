import { createForeignMarkup } from '../gating/foreign-markup'

/*
 * consentry-foreign.js: what reads markup written for other consent tools (Cookiebot,
 * CookieConsent, Klaro, Orejime) and gives it the `data-consent` names of the config. Such markup
 * is inert by itself, so the core only looks for it: the first time a page has some, it fetches
 * this chunk and from then on activates nothing until it has arrived. A page without such markup
 * never fetches it.
 */
;(window.ConsentryChunks ||= {}).foreign = createForeignMarkup
