from dataclasses import dataclass
from string import Template


@dataclass
class Customer:
    first_name: str
    plan: str


def render_banner(template: str, customer: Customer) -> str:
    """Support staff write banner texts such as "Welcome back, $first_name!"."""
    return Template(template).safe_substitute(first_name=customer.first_name, plan=customer.plan)
