import { describe, expect, it } from 'vitest'
import { cookiePattern } from 'consentry'
import { presets } from 'consentry/presets'
import type { Preset } from 'consentry'

const catalogue: Record<string, Preset> = presets

/** Whether any cookie pattern of the preset matches a real cookie name. */
const matches = (id: string, name: string) =>
  catalogue[id]!.cookies.some((c) => cookiePattern(c.name).test(name))

describe('preset cookie patterns against real cookie names', () => {
  it.each([
    ['google-analytics', '_ga'],
    ['google-analytics', '_ga_ABC123'],
    ['google-analytics', '_dc_gtm_UA-12345-1'],
    ['google-ads', '_gcl_au'],
    ['google-ads', '_gcl_gs'],
    ['hotjar', '_hjSessionUser_123456'],
    ['hotjar', '_hjSession_123456'],
    ['hotjar', '_hjIncludedInSessionSample_3512345'],
    ['microsoft-clarity', '_clck'],
    ['matomo', '_pk_id.1.1fff'],
    ['matomo', '_pk_ses.12.a1b2'],
    ['matomo', '_pk_ref.1.1fff'],
    ['wordpress', 'wordpress_logged_in_5f4dcc3b'],
    ['wordpress', 'wordpress_sec_5f4dcc3b'],
    ['wordpress', 'wp-settings-1'],
    ['wordpress', 'wp-settings-time-1'],
    ['wordpress-comments', 'comment_author_email_5f4dcc3b'],
    ['intercom', 'intercom-id-abc123'],
    ['mixpanel', 'mp_0123456789abcdef_mixpanel'],
    ['amplitude', 'AMP_a2dbce0e18'],
    ['amplitude', 'AMP_MKTG_a2dbce0e18'],
    ['crisp', 'crisp-client%2Fsession%2F7a70678f-84e0-4a02-84ce-d12b72194c26'],
    ['adobe-analytics', 'AMCV_0123456789ABCDEF012345678%40AdobeOrg'],
    ['yandex-metrica', '_ym_visorc'],
    ['yandex-metrica', '_ym_visorc_12345678'],
    ['heap', '_hp2_id.2523520151'],
    ['vwo', '_vis_opt_exp_12_combi'],
    ['pardot', 'visitor_id12345'],
    ['pardot', 'visitor_id12345-hash'],
    ['imperva', 'incap_ses_1234_567890'],
    ['imperva', 'visid_incap_567890'],
    ['f5-big-ip', 'BIGipServer~Common~pool_web'],
    ['aspnet-core', '.AspNetCore.Antiforgery.9fXoN5jHCXs'],
    ['drupal', 'SESS5f4dcc3b5aa765d61d8327deb882cf99'],
    ['drupal', 'SSESS5f4dcc3b5aa765d61d8327deb882cf99'],
    ['joomla', '5f4dcc3b5aa765d61d8327deb882cf99'],
    ['woocommerce', 'wp_woocommerce_session_5f4dcc3b5aa765d61d8327deb882cf99'],
    ['laravel', 'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d'],
  ])('%s matches %s', (id, name) => {
    expect(matches(id, name)).toBe(true)
  })

  it.each([
    ['google-analytics', '_gac_UA-1'],
    ['google-analytics', 'x_ga'],
    ['hotjar', '_hjSessionUser_'],
    ['matomo', '_pk_id'],
    ['wordpress', 'comment_author_5f4dcc3b'],
    ['php-session', 'PHPSESSID2'],
    ['stripe', '__stripe_mid_extra'],
    ['java-session', 'JSESSIONID2'],
    ['laravel', 'myapp_session'],
    ['joomla', 'PHPSESSID'],
    ['joomla', '5f4dcc3b5aa765d61d8327deb882cf9'],
    ['joomla', '5F4DCC3B5AA765D61D8327DEB882CF99'],
    ['django', 'sessionid_old'],
    ['aws-elb', 'AWSALBAPP-0'],
    ['drupal', 'SESSION'],
    ['drupal', 'SESSIONID'],
  ])('%s does not claim %s', (id, name) => {
    expect(matches(id, name)).toBe(false)
  })
})
