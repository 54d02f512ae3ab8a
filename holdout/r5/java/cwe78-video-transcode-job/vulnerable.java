/*
 * Media worker: Transcoder.toMp4(inputPath, preset) converts an uploaded video with
 * ffmpeg. `preset` is chosen by the user in the upload dialog ("fast", "medium",
 * "slow") and sent along with the upload.
 */
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

public class Transcoder {
    private final Path outputDir;

    public Transcoder(Path outputDir) {
        this.outputDir = outputDir;
    }

    public Path toMp4(Path inputPath, String preset) throws IOException, InterruptedException {
        String base = inputPath.getFileName().toString().replaceAll("\\.[^.]+$", "");
        Path output = outputDir.resolve(base + ".mp4");
        String cmd = "ffmpeg -y -i " + inputPath + " -c:v libx264 -preset " + preset + " " + output;
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd});
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("ffmpeg failed for " + inputPath);
        }
        return output;
    }
}
