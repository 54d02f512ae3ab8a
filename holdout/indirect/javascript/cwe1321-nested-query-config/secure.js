// Reads ?set.section.key=value pairs from the admin console URL into a config overlay.
const NAME = /^[a-z][a-zA-Z0-9_]{0,40}$/;

function overlayFromQuery(search) {
  const overlay = Object.create(null);
  for (const [name, value] of new URLSearchParams(search)) {
    if (!name.startsWith('set.')) continue;
    const [section, key] = name.slice(4).split('.');
    if (!NAME.test(section || '') || !NAME.test(key || '')) continue;
    overlay[section] = overlay[section] || Object.create(null);
    overlay[section][key] = value;
  }
  return overlay;
}

module.exports = { overlayFromQuery };
