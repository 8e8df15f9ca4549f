/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { ConsentConfig, ConsentState } from '../types'
import { bannerText } from './categories'
import { Choices } from './choices'
import { dialogKeys } from './dialog-keys'
import type { Texts } from './lang/en'
import { safeUrl } from './safe-url'

/** Props of {@link Banner}. */
export interface BannerProps {
  t: Texts
  /**
   * @deprecated Ignored: the banner lists its purposes with the words of `t.listWords`, which
   * are already in the visitor's language.
   */
  lang?: string | undefined
  /** Its `categories` (what the banner text names), `ui` (layout, position, close button) and `privacyPolicyUrl`. */
  config: ConsentConfig
  /**
   * Its `regime` (opt-out: a notice with "OK" and "Do not sell or share my personal
   * information") and `gpc` (says the opt-out request was honored).
   * @default opt-in, no GPC
   */
  state?: Pick<ConsentState, 'gpc' | 'regime'> | undefined
  onAccept: () => void
  onReject: () => void
  /** Gets the click, whose button focus returns to when the preferences close. */
  onCustomize: (event: MouseEvent) => void
  /** The close button or Escape: never consent. */
  onClose: () => void
}

/**
 * The first layer: title, text, privacy policy link, and "Accept all", "Reject all" as buttons
 * of the same kind, size and weight, plus "Customize". In an opt-out regime it is a notice whose
 * two buttons are "OK" and "Do not sell or share my personal information". A bar or box is a
 * non-modal region; the modal layout is a dialog (its opener moves focus into it).
 */
export function Banner(props: BannerProps) {
  const { t, config, onAccept, onReject, onCustomize, onClose } = props
  const { layout = 'bar', position = 'bottom-right', closeButton } = config.ui || {}
  const { gpc, regime } = props.state || {}
  const notice = regime == 'opt-out'
  const modal = layout == 'modal'
  const link = safeUrl(config.privacyPolicyUrl)
  const banner = (
    <div
      class={`banner ${layout} ${layout == 'box' ? position : ''} ${closeButton ? 'closable' : ''} ${notice ? 'notice' : ''}`}
      part="banner"
      onKeyDown={dialogKeys(modal, onClose)}
      {...(modal
        ? {
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': 'consentry-banner-title',
            'aria-describedby': 'consentry-banner-text',
            tabIndex: -1,
          }
        : { role: 'region', 'aria-label': t.bannerLabel })}
    >
      <div class="inner">
        <div class="text">
          <h2 id="consentry-banner-title">{t.bannerTitle}</h2>
          <p id="consentry-banner-text">
            {notice ? t.noticeText : bannerText(t, config)}{' '}
            {link && <a href={link}>{t.privacyPolicy}</a>}
          </p>
          {/* The visitor sees that their signal was processed (CCPA regulations § 7025(c)(6)). */}
          {gpc && <p class="emphasis">{t.gpcHonored}</p>}
        </div>
        <div class="buttons">
          <Choices
            t={notice ? { ...t, acceptAll: t.noticeOk, rejectAll: t.doNotSell } : t}
            onAccept={onAccept}
            onReject={onReject}
          />
          <button class="button" part="button customize" onClick={onCustomize}>
            {t.customize}
          </button>
        </div>
      </div>
      {closeButton && (
        <button class="close" part="close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  )
  return modal ? (
    <div class="overlay" part="overlay">
      {banner}
    </div>
  ) : (
    banner
  )
}
