import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ConsentConfig } from 'consentry'
import { ConsentProvider } from 'consentry/react'
import { createUI } from 'consentry/ui'
import consentJson from '../../consent.json'
import { App } from './App'

// A JSON import is typed loosely ("opt-in" becomes string): say what it is.
const config = consentJson as ConsentConfig

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider
      config={config}
      options={{ ui: createUI() }}
      onError={(error) => console.error('Consentry could not start', error)}
    >
      <App />
    </ConsentProvider>
  </StrictMode>,
)
