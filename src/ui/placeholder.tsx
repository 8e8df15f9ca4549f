/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { Texts } from './lang/en'
import { fill } from './texts'

/** Props of {@link Placeholder}. */
export interface PlaceholderProps {
  t: Texts
  /** The service's name, as the visitor knows it. */
  service: string
  /** Loads this one embed, storing no consent. */
  onLoad: () => void
  /** Grants the service, keeping every other choice. */
  onAllow: () => void
}

/** Stands in for an embed whose service is not granted, and offers to load it. */
export function Placeholder({ t, service, onLoad, onAllow }: PlaceholderProps) {
  return (
    <div
      class="placeholder"
      part="placeholder"
      role="group"
      aria-labelledby="consentry-placeholder-title"
    >
      <p id="consentry-placeholder-title" class="placeholder-title">
        {fill(t.placeholderTitle, service)}
      </p>
      <p>{fill(t.placeholderText, service)}</p>
      <div class="buttons">
        <button class="button primary" part="button load-once" onClick={onLoad}>
          {t.loadOnce}
        </button>
        <button class="button primary" part="button allow" onClick={onAllow}>
          {fill(t.alwaysAllow, service)}
        </button>
      </div>
    </div>
  )
}
