// Notification texts are edited by tenant admins, e.g. "Hi ${user.name}, your order ${order.id} shipped".
const PLACEHOLDER = /\$\{(user|order)\.([A-Za-z_][A-Za-z0-9_]*)\}/g;

function renderNotification(templateText, user, order) {
  const scopes = { user, order };
  return templateText.replace(PLACEHOLDER, (_, scope, field) => {
    const value = Object.prototype.hasOwnProperty.call(scopes[scope], field) ? scopes[scope][field] : '';
    return String(value);
  });
}

module.exports = { renderNotification };
