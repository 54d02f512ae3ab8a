# Filters report rows with a condition typed by an analyst, e.g.
#   "amount > 100 && region == 'EU'"
class RowFilter
  def initialize(condition)
    @condition = condition
  end

  # Returns the rows (hashes with symbol keys) for which the condition holds.
  def apply(rows)
    rows.select do |row|
      amount = row[:amount]
      region = row[:region]
      eval(@condition)
    end
  end
end

if $PROGRAM_NAME == __FILE__
  rows = [{ amount: 250, region: "EU" }, { amount: 40, region: "US" }]
  puts RowFilter.new(ARGV.fetch(0, "amount > 100")).apply(rows).inspect
end
