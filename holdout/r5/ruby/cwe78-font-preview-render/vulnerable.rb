# Sinatra app: GET /preview?font=Roboto&text=Hello renders a PNG preview of a
# font with ImageMagick and streams it back.
require "sinatra"
require "tempfile"

FONTS = Dir.glob("/usr/share/fonts/truetype/**/*.ttf").to_h { |f| [File.basename(f, ".ttf"), f] }

get "/preview" do
  font = FONTS.fetch(params[:font].to_s) { halt 404, "unknown font" }
  text = params[:text].to_s[0, 40]
  out = Tempfile.new(["preview", ".png"])
  system("convert -font #{font} -pointsize 48 label:'#{text}' #{out.path}") or halt 500
  content_type "image/png"
  File.binread(out.path)
ensure
  out&.close!
end
