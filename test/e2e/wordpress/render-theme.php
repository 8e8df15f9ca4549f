<?php
/**
 * Renders a page the way a WordPress theme would, with examples/wordpress/functions.php loaded:
 * only the handful of WordPress functions the example calls are stood in for, each doing what
 * WordPress documents (hooks run by priority, then in the order they were added). The e2e test
 * opens what this prints in Chromium, so the example is checked as PHP really runs it.
 */

$actions = [];
$shortcodes = [];

function add_action($hook, $callback, $priority = 10)
{
    global $actions;
    $actions[$hook][$priority][] = $callback;
}

function do_action($hook)
{
    global $actions;
    $byPriority = $actions[$hook] ?? [];
    ksort($byPriority);
    foreach ($byPriority as $callbacks) {
        foreach ($callbacks as $callback) {
            $callback();
        }
    }
}

function add_shortcode($tag, $callback)
{
    global $shortcodes;
    $shortcodes[$tag] = $callback;
}

function do_shortcode($content)
{
    global $shortcodes;
    return preg_replace_callback('/\[(\w+)\]/', function ($match) use ($shortcodes) {
        return isset($shortcodes[$match[1]]) ? $shortcodes[$match[1]]([], '', $match[1]) : $match[0];
    }, $content);
}

// WordPress's wp_json_encode() is json_encode() with a check of the encoding.
function wp_json_encode($data, $flags = 0)
{
    return json_encode($data, $flags | JSON_THROW_ON_ERROR);
}

function esc_url($url)
{
    return htmlspecialchars($url, ENT_QUOTES);
}

function esc_html__($text, $domain)
{
    return htmlspecialchars($text, ENT_QUOTES);
}

function get_theme_file_uri($file)
{
    return '/wp-content/themes/example/' . $file;
}

require __DIR__ . '/../../../examples/wordpress/functions.php';
?>
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A WordPress site</title>
<?php do_action('wp_head'); ?>
</head>
<body>
<main><h1>Hello from WordPress</h1><p>An article.</p></main>
<footer><?php echo do_shortcode('[consentry_settings]'); ?></footer>
</body>
</html>
