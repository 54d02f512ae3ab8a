import ldap


class Directory:
    def __init__(self, uri: str, bind_dn: str, password: str, base: str):
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s(bind_dn, password)
        self.base = base

    def groups_of(self, uid: str) -> list[str]:
        results = self.conn.search_s(
            self.base,
            ldap.SCOPE_SUBTREE,
            f"(&(objectClass=groupOfNames)(member=uid={uid},ou=people,{self.base}))",
            ["cn"],
        )
        return [attrs["cn"][0].decode() for _, attrs in results]
