import { ConsentGate, useConsent, useGranted } from 'consentry/react'

export function App() {
  const { showPreferences } = useConsent()
  const analytics = useGranted('analytics')
  return (
    <main>
      <h1>Consentry with Vite and React</h1>
      <p>Analytics is {analytics ? 'on' : 'off'}.</p>
      <button onClick={showPreferences}>Cookie settings</button>
      <ConsentGate
        when="youtube"
        fallback={<p>The video needs your consent to YouTube&apos;s cookies.</p>}
      >
        <iframe
          title="A video"
          width="560"
          height="315"
          src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
        />
      </ConsentGate>
    </main>
  )
}
