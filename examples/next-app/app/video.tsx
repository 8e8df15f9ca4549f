'use client'
import { ConsentGate, useConsent } from 'consentry/react'

/** A YouTube embed that waits for consent, with a way to give it. */
export function Video() {
  const { showPreferences } = useConsent()
  return (
    <ConsentGate
      when="youtube"
      fallback={<button onClick={showPreferences}>Allow YouTube to see the video</button>}
    >
      <iframe title="A video" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" />
    </ConsentGate>
  )
}
