/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'

/** Props of {@link Switch}. @internal */
export interface SwitchProps {
  on: boolean
  /** The id of the heading that names it; the reason's id derives from it. */
  label: string
  /** Why it cannot be switched ("Always on", "Opt-out request honored"): it is then disabled. */
  reason?: string | undefined
  set: (on: boolean) => void
}

/**
 * A switch, with the reason it cannot be switched (if any) shown before it and given as its
 * description.
 * @internal
 */
export const Switch = ({ on, label, reason, set }: SwitchProps) => [
  reason && (
    <span class="emphasis" id={label + '-reason'}>
      {reason}
    </span>
  ),
  <button
    class="switch"
    part="switch"
    role="switch"
    aria-checked={on}
    aria-labelledby={label}
    aria-describedby={reason && label + '-reason'}
    disabled={!!reason}
    onClick={() => set(!on)}
  />,
]
