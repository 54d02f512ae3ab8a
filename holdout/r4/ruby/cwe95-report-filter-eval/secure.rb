# Filters report rows with a condition typed by an analyst, e.g.
#   "amount > 100 && region == EU"
# Conditions are comparisons joined by &&; each is parsed, never run as Ruby.
class RowFilter
  COMPARISON = /\A\s*(amount|region)\s*(==|!=|>=|<=|>|<)\s*'?([\w.]+)'?\s*\z/
  FIELDS = { "amount" => :amount, "region" => :region }.freeze

  def initialize(condition)
    @tests = condition.split("&&").map do |part|
      m = COMPARISON.match(part) or raise ArgumentError, "cannot read condition: #{part.strip}"
      field, op, value = m.captures
      value = Float(value) if field == "amount"
      [FIELDS.fetch(field), op, value]
    end
  end

  # Returns the rows (hashes with symbol keys) for which the condition holds.
  def apply(rows)
    rows.select do |row|
      @tests.all? { |key, op, value| row[key].public_send(op, value) }
    end
  end
end

if $PROGRAM_NAME == __FILE__
  rows = [{ amount: 250, region: "EU" }, { amount: 40, region: "US" }]
  puts RowFilter.new(ARGV.fetch(0, "amount > 100")).apply(rows).inspect
end
