require "base64"

# Imports a saved search that a user shares as a link:
#   /searches/import?data=<base64>
class SavedSearchesController < ApplicationController
  def import
    search = Marshal.load(Base64.urlsafe_decode64(params.require(:data)))
    @saved_search = current_user.saved_searches.create!(
      name: search[:name],
      query: search[:query],
      filters: search[:filters]
    )
    redirect_to @saved_search, notice: "Search imported"
  rescue ArgumentError, TypeError
    redirect_to saved_searches_path, alert: "That link is not a valid saved search"
  end
end
