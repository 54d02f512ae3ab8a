import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin panel helper: reports the disk usage of a customer's home folder.
 */
public class DiskUsageService {

    private static final String HOMES = "/home/customers/";

    public List<String> usage(String customer) throws IOException, InterruptedException {
        String[] command = {"/bin/sh", "-c", "du -sh " + HOMES + customer + "/*"};
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();

        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        process.waitFor();
        return lines;
    }
}
