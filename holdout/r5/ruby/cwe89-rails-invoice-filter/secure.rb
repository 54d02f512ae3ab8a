# Rails controller: GET /invoices?status=paid&customer=acme
# Lists the current account's invoices filtered by status and customer name.
class InvoicesController < ApplicationController
  before_action :authenticate_user!

  def index
    scope = current_account.invoices
    scope = scope.where(status: params[:status]) if params[:status].present?
    if params[:customer].present?
      pattern = "%#{params[:customer]}%"
      scope = scope.where("customer_name ILIKE ?", pattern)
    end
    @invoices = scope.order(issued_on: :desc).limit(100)
    render json: @invoices
  end
end
