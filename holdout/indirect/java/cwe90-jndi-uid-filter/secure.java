package com.example.sso;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

public class LdapAccounts {
    private final DirContext ctx;

    public LdapAccounts(DirContext ctx) {
        this.ctx = ctx;
    }

    public boolean exists(String uid) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        NamingEnumeration<SearchResult> results =
                ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {uid}, controls);
        return results.hasMore();
    }
}
