from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Invoice


@login_required
def invoice_detail(request, invoice_id: int):
    invoice = get_object_or_404(Invoice, pk=invoice_id, account__owner=request.user)
    return render(request, "billing/invoice_detail.html", {"invoice": invoice})
