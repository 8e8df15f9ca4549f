import type { ConsentConfig } from 'consentry'
import consentJson from '../../consent.json'

/** The site's consent config, shared by the server and the browser. */
export const config = consentJson as ConsentConfig
