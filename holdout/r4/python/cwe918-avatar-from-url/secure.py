import io
from urllib.parse import urlparse

import requests
from PIL import Image

AVATAR_SIZE = (128, 128)
# Avatars may only be imported from these image hosts
ALLOWED_HOSTS = {"images.example-cdn.com", "avatars.githubusercontent.com", "gravatar.com"}


def fetch_avatar(image_url: str) -> bytes:
    """Download the image a user points to and return it as a 128x128 PNG.

    Used by the profile page's "import avatar from URL" field.
    """
    parsed = urlparse(image_url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("avatars can only be imported from a supported image host")
    response = requests.get(image_url, timeout=10, allow_redirects=False)
    response.raise_for_status()
    image = Image.open(io.BytesIO(response.content))
    image.thumbnail(AVATAR_SIZE)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
