<?php
/**
 * Consentry in a WordPress theme: add this to the theme's functions.php, and copy every
 * consentry*.js file of the package's dist/ folder to the theme's js/consentry/ folder.
 *
 * The config is printed first in <head>, then consentry.js, before any other script, so that
 * nothing gated can run before it.
 */

add_action('wp_head', function () {
    $config = [
        'revision' => 1,
        'categories' => [
            'necessary' => [
                'required' => true,
                'cookies' => [
                    ['name' => 'wordpress_logged_in_{hash}', 'duration' => '14 days'],
                    ['name' => 'wp-settings-[UID]', 'duration' => '1 year'],
                ],
            ],
            // An empty object, not []: json_encode() writes an empty PHP array as a JSON array.
            // Well-known ids such as these get their title and description translated.
            'analytics' => new stdClass(),
            'media' => new stdClass(),
        ],
        'services' => [
            'google-analytics' => ['category' => 'analytics', 'name' => 'Google Analytics'],
            'youtube' => ['category' => 'media', 'name' => 'YouTube'],
        ],
    ];
    printf(
        '<script type="application/json" id="consentry-config">%s</script>' . "\n",
        wp_json_encode($config, JSON_HEX_TAG | JSON_UNESCAPED_SLASHES)
    );
    printf(
        '<script src="%s"></script>' . "\n",
        esc_url(get_theme_file_uri('js/consentry/consentry.js'))
    );
}, 1);

/**
 * Google Analytics, gated: it stays inert (type="text/plain") until the visitor grants the
 * "google-analytics" service, and Consentry runs it then.
 */
add_action('wp_head', function () {
    $id = 'G-XXXXXXX';
    printf(
        '<script type="text/plain" data-consent="google-analytics" src="%s" async></script>' . "\n",
        esc_url('https://www.googletagmanager.com/gtag/js?id=' . $id)
    );
}, 20);

/** A "Cookie settings" link for the footer menu or a widget: [consentry_settings]. */
add_shortcode('consentry_settings', function () {
    return '<button type="button" data-consent-action="preferences">'
        . esc_html__('Cookie settings', 'consentry')
        . '</button>';
});
