package com.example.plugins;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class PluginUnpacker {
    private PluginUnpacker() {}

    public static void unpack(InputStream bundle, File pluginDir) throws IOException {
        String root = pluginDir.getCanonicalPath() + File.separator;
        try (ZipInputStream zip = new ZipInputStream(bundle)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                File out = new File(pluginDir, entry.getName());
                if (!out.getCanonicalPath().startsWith(root)) {
                    throw new IOException("entry outside the plugin directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    out.mkdirs();
                    continue;
                }
                out.getParentFile().mkdirs();
                try (FileOutputStream fos = new FileOutputStream(out)) {
                    zip.transferTo(fos);
                }
            }
        }
    }
}
