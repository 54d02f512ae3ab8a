package com.example.docs;

import java.io.File;
import java.io.IOException;

public class PdfRenderer {
    private final File workDir;

    public PdfRenderer(File workDir) {
        this.workDir = workDir;
    }

    /** Renders a page of the uploaded PDF to PNG; fileName is the name the user gave the upload. */
    public File render(String fileName, int page) throws IOException, InterruptedException {
        File out = new File(workDir, "page-" + page + ".png");
        File input = new File(workDir, new File(fileName).getName());
        Process p = new ProcessBuilder("pdftoppm", "-png", "-f", String.valueOf(page), "-l", String.valueOf(page),
                        "-singlefile", input.getPath(), out.getPath().replace(".png", ""))
                .directory(workDir)
                .start();
        if (p.waitFor() != 0) {
            throw new IOException("pdftoppm failed");
        }
        return out;
    }
}
