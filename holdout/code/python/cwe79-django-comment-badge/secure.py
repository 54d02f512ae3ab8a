from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def commenter_badge(comment):
    """Render the commenter's name with a role badge next to it."""
    role = "staff" if comment.author.is_staff else "member"
    return format_html(
        '<span class="badge badge-{}">{}</span>', role, comment.author_name
    )
