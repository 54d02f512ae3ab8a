require "open3"

# Counts the pages of an uploaded PDF with poppler's pdfinfo.
class PdfInspector
  def initialize(upload_dir)
    @upload_dir = upload_dir
  end

  # Returns the number of pages of the file `name` in the upload folder.
  def page_count(name)
    path = File.join(@upload_dir, name)
    output, _status = Open3.capture2("pdfinfo", path, err: File::NULL)
    match = output.match(/^Pages:\s+(\d+)/)
    match ? match[1].to_i : 0
  end
end

if $PROGRAM_NAME == __FILE__
  inspector = PdfInspector.new("/srv/uploads")
  ARGV.each { |f| puts "#{f}: #{inspector.page_count(f)} pages" }
end
