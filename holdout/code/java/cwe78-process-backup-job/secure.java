package com.example.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

public class BackupJob {
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private final String targetDir;

    public BackupJob(String targetDir) {
        this.targetDir = targetDir;
    }

    /** Dumps one database; the name is chosen in the admin console. */
    public int dump(String database) throws IOException, InterruptedException {
        if (!DB_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("bad database name");
        }
        String out = Path.of(targetDir, database + ".dump").toString();
        Process p = new ProcessBuilder("pg_dump", "-Fc", "-f", out, database).inheritIO().start();
        return p.waitFor();
    }
}
