/**
 * User preferences are stored as nested objects. PATCH /prefs sends a partial
 * object (JSON body) that must be merged into the stored preferences.
 * Implement deepMerge(target, source).
 */
function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value)) {
      if (!isObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function applyPatch(stored, body) {
  return deepMerge(stored, JSON.parse(body));
}

module.exports = { deepMerge, applyPatch };
