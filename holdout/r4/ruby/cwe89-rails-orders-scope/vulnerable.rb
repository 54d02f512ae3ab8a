class OrdersController < ApplicationController
  before_action :authenticate_user!

  # GET /orders?status=shipped&sort=created_at
  # Lists the current user's orders, optionally filtered by status.
  def index
    orders = current_user.orders
    if params[:status].present?
      orders = orders.where("status = '#{params[:status]}'")
    end
    @orders = orders.order(created_at: :desc).limit(50)

    respond_to do |format|
      format.html
      format.json { render json: @orders }
    end
  end
end
