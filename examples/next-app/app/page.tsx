import { readConsent } from 'consentry/server'
import { headers } from 'next/headers'
import { config } from './consent'
import { Consent } from './consent-provider'
import { Video } from './video'

/** A server component: it reads the visitor's choice from the request, before any script runs. */
export default async function Page() {
  const request = await headers()
  const consent = readConsent(request.get('cookie'), config, {
    secure: request.get('x-forwarded-proto') == 'https',
    gpc: request.get('sec-gpc') == '1',
  })
  return (
    <Consent initialState={consent}>
      <main>
        <h1>Consentry with the Next.js App Router</h1>
        <p>Analytics is {consent.categories.analytics ? 'on' : 'off'} for this request.</p>
        {consent.services.plausible && (
          <script defer data-domain="example.com" src="https://plausible.io/js/script.js" />
        )}
        <Video />
      </main>
    </Consent>
  )
}
