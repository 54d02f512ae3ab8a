class DocumentsController < ApplicationController
  STORAGE_ROOT = Rails.root.join("storage", "documents")

  # GET /documents/download?path=2024/contract.pdf
  def download
    file_path = File.join(STORAGE_ROOT, params[:path].to_s)
    if File.file?(file_path)
      send_file file_path, disposition: "attachment"
    else
      head :not_found
    end
  end
end
