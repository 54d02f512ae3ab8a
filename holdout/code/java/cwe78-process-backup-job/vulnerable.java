package com.example.ops;

import java.io.IOException;

public class BackupJob {
    private final String targetDir;

    public BackupJob(String targetDir) {
        this.targetDir = targetDir;
    }

    /** Dumps one database; the name is chosen in the admin console. */
    public int dump(String database) throws IOException, InterruptedException {
        String cmd = "pg_dump -Fc " + database + " -f " + targetDir + "/" + database + ".dump";
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd});
        return p.waitFor();
    }
}
