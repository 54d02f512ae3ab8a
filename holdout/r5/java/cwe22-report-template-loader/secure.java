/*
 * Reporting service: TemplateController serves report templates stored in
 * TEMPLATE_DIR to the designer app. GET /templates?name=monthly-sales.jrxml
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TemplateController {
    private static final Path TEMPLATE_DIR = Paths.get("/opt/reports/templates");

    @GetMapping("/templates")
    public ResponseEntity<byte[]> template(@RequestParam String name) throws IOException {
        Path file = TEMPLATE_DIR.resolve(name).normalize();
        if (!file.startsWith(TEMPLATE_DIR) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(Files.readAllBytes(file));
    }

    @GetMapping("/templates/list")
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATE_DIR)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jrxml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
