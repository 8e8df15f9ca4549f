/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { Texts } from './lang/en'

/** Props of {@link FloatingButton}. */
export interface FloatingButtonProps {
  t: Texts
  /** @default 'bottom-left' */
  corner?: 'bottom-left' | 'bottom-right' | undefined
  /** While the banner or the preferences show. */
  hidden?: boolean
  onClick: (event: MouseEvent) => void
}

/**
 * A small button in a corner of every page that reopens the preferences, so withdrawing is as
 * easy as consenting.
 */
export function FloatingButton({
  t,
  corner = 'bottom-left',
  hidden,
  onClick,
}: FloatingButtonProps) {
  return (
    <button
      class={'floating ' + corner}
      part="floating-button"
      aria-label={t.reopen}
      hidden={hidden}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5ZM7 9h3v3H7Zm6 5h3v3h-3Z" />
      </svg>
    </button>
  )
}
