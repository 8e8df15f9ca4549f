// A service's script that a page inserts with innerHTML.
window.__widget = true
