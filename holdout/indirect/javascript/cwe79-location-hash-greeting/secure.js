// Landing page for invitation links such as https://app.example.com/welcome#Ada
document.addEventListener('DOMContentLoaded', () => {
  const invitee = decodeURIComponent(window.location.hash.slice(1)) || 'there';
  document.querySelector('#greeting').textContent = `Hi ${invitee}, your team is waiting for you.`;
});
