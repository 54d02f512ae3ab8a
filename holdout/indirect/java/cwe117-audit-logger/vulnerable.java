package com.example.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class AccessAudit {
    private static final Logger LOG = LoggerFactory.getLogger("access");

    private AccessAudit() {}

    public static void denied(String username, String resource) {
        LOG.warn("access denied user=" + username + " resource=" + resource);
    }
}
