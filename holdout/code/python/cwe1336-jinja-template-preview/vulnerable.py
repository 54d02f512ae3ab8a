from jinja2 import Template


def preview_email(template_source: str, customer: dict) -> str:
    """Render a marketing e-mail template written in the campaign editor."""
    return Template(template_source).render(customer=customer)
