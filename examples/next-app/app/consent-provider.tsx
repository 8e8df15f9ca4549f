'use client'
import type { ConsentState } from 'consentry'
import { ConsentProvider } from 'consentry/react'
import { createUI } from 'consentry/ui'
import type { ReactNode } from 'react'
import { config } from './consent'

/**
 * The provider runs in the browser only (a client component). It starts from the state the
 * server read, so that the server's markup and the first render in the browser agree.
 */
export function Consent({
  initialState,
  children,
}: {
  initialState: ConsentState
  children: ReactNode
}) {
  return (
    <ConsentProvider config={config} initialState={initialState} options={{ ui: createUI() }}>
      {children}
    </ConsentProvider>
  )
}
