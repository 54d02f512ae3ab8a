from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def preview_email(template_source: str, customer: dict) -> str:
    """Render a marketing e-mail template written in the campaign editor."""
    return _env.from_string(template_source).render(customer=customer)
