from dataclasses import dataclass


@dataclass
class Customer:
    first_name: str
    plan: str


def render_banner(template: str, customer: Customer) -> str:
    """Support staff write banner texts such as "Welcome back, {customer.first_name}!"."""
    return template.format(customer=customer)
