class DocumentsController < ApplicationController
  STORAGE_ROOT = Rails.root.join("storage", "documents")

  # GET /documents/download?path=2024/contract.pdf
  def download
    file_path = File.expand_path(params[:path].to_s, STORAGE_ROOT)
    if file_path.start_with?("#{STORAGE_ROOT}/") && File.file?(file_path)
      send_file file_path, disposition: "attachment"
    else
      head :not_found
    end
  end
end
