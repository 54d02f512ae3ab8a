import io

import requests
from PIL import Image

AVATAR_SIZE = (128, 128)


def fetch_avatar(image_url: str) -> bytes:
    """Download the image a user points to and return it as a 128x128 PNG.

    Used by the profile page's "import avatar from URL" field.
    """
    response = requests.get(image_url, timeout=10)
    response.raise_for_status()
    image = Image.open(io.BytesIO(response.content))
    image.thumbnail(AVATAR_SIZE)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
