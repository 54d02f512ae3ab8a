from dataclasses import dataclass


@dataclass
class User:
    id: int
    is_admin: bool
    is_authenticated: bool = True


@dataclass
class Document:
    id: int
    owner_id: int
    shared_with: tuple[int, ...] = ()


def can_edit(user: User, doc: Document) -> bool:
    return user.is_authenticated


def update_document(user: User, doc: Document, new_text: str, store) -> None:
    if not can_edit(user, doc):
        raise PermissionError("not allowed to edit this document")
    store.save(doc.id, new_text)
