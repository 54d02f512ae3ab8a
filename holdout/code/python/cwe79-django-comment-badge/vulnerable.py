from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def commenter_badge(comment):
    """Render the commenter's name with a role badge next to it."""
    role = "staff" if comment.author.is_staff else "member"
    return mark_safe(
        f'<span class="badge badge-{role}">{comment.author_name}</span>'
    )
