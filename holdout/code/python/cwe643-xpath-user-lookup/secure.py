from lxml import etree


class UserStore:
    """Users kept in an XML file, as the legacy kiosk software expects."""

    def __init__(self, path: str):
        self.tree = etree.parse(path)

    def check(self, name: str, pin: str) -> bool:
        matches = self.tree.xpath("//user[@name=$name and @pin=$pin]", name=name, pin=pin)
        return len(matches) == 1
