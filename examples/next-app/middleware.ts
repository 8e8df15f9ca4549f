import { readConsent } from 'consentry/server'
import { NextResponse, type NextRequest } from 'next/server'
import { config as consentConfig } from './app/consent'

/** Edge middleware: tells the pages behind it whether analytics may run, in a request header. */
export function middleware(request: NextRequest) {
  const consent = readConsent(request.headers.get('cookie'), consentConfig, {
    secure: request.nextUrl.protocol == 'https:',
  })
  const headers = new Headers(request.headers)
  headers.set('x-consent-analytics', String(consent.categories.analytics))
  return NextResponse.next({ request: { headers } })
}
