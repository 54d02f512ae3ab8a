require "sinatra"
require "erb"

# Public profile page: /u/:handle shows the user's display name and bio.
PROFILE_TEMPLATE = <<~HTML
  <!doctype html>
  <html>
  <body>
    <h1><%= user[:display_name] %></h1>
    <p class="bio"><%= user[:bio] %></p>
  </body>
  </html>
HTML

def find_user(handle)
  DB[:users].where(handle: handle).first
end

get "/u/:handle" do
  user = find_user(params[:handle])
  halt 404, "No such user" unless user
  ERB.new(PROFILE_TEMPLATE).result(binding)
end
