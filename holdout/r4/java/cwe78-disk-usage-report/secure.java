import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Admin panel helper: reports the disk usage of a customer's home folder.
 */
public class DiskUsageService {

    private static final String HOMES = "/home/customers/";
    private static final Pattern CUSTOMER_ID = Pattern.compile("[a-z0-9_-]{1,32}");

    public List<String> usage(String customer) throws IOException, InterruptedException {
        if (!CUSTOMER_ID.matcher(customer).matches()) {
            throw new IllegalArgumentException("invalid customer id");
        }
        // du with --max-depth=1 lists each entry of the folder without a shell glob
        String[] command = {"du", "-h", "--max-depth=1", "--", HOMES + customer};
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
