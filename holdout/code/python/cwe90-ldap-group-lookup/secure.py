import ldap
from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars


class Directory:
    def __init__(self, uri: str, bind_dn: str, password: str, base: str):
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s(bind_dn, password)
        self.base = base

    def groups_of(self, uid: str) -> list[str]:
        member = f"uid={escape_dn_chars(uid)},ou=people,{self.base}"
        results = self.conn.search_s(
            self.base,
            ldap.SCOPE_SUBTREE,
            f"(&(objectClass=groupOfNames)(member={escape_filter_chars(member)}))",
            ["cn"],
        )
        return [attrs["cn"][0].decode() for _, attrs in results]
