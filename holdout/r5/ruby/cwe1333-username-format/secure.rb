# User model validation: usernames are words of letters or digits joined by
# single dots or underscores, e.g. "jane.doe_2".
class User < ApplicationRecord
  USERNAME_FORMAT = /\A[a-z0-9]+(?:[._][a-z0-9]+)*\z/i

  validates :username, presence: true, length: { maximum: 30 }, format: { with: USERNAME_FORMAT }

  def self.lookup(name)
    name = name.to_s
    find_by(username: name.downcase) if name.length <= 30 && name.match?(USERNAME_FORMAT)
  end
end
