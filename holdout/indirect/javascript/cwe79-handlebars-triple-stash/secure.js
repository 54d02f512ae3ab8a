const Handlebars = require('handlebars');

const card = Handlebars.compile(`
  <article class="profile-card">
    <h2>{{displayName}}</h2>
    <div class="bio">{{bio}}</div>
    <a href="{{website}}">website</a>
  </article>
`);

function renderProfileCard(profile) {
  const website = /^https?:\/\//i.test(profile.website || '') ? profile.website : '#';
  return card({ displayName: profile.displayName, bio: profile.bio, website });
}

module.exports = { renderProfileCard };
