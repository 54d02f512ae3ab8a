from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_profile(user) -> str:
    template = env.get_template("profile.html")
    return template.render(
        display_name=user.display_name,
        bio=user.bio,
        website=user.website,
    )
