// Notification texts are edited by tenant admins, e.g. "Hi ${user.name}, your order ${order.id} shipped".
function compile(templateText) {
  return new Function('user', 'order', 'return `' + templateText + '`;');
}

function renderNotification(templateText, user, order) {
  return compile(templateText)(user, order);
}

module.exports = { renderNotification };
