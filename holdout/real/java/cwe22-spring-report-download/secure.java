package com.acme.reports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
public class ReportDownloadController {
    private static final Logger log = LoggerFactory.getLogger(ReportDownloadController.class);

    private final Path reportRoot;

    public ReportDownloadController(@Value("${reports.root:/srv/reports}") String root) {
        this.reportRoot = Paths.get(root).toAbsolutePath().normalize();
    }

    @GetMapping("/{tenant}/file")
    public ResponseEntity<Resource> download(@PathVariable String tenant, @RequestParam("name") String name)
            throws IOException {
        Path tenantDir = reportRoot.resolve(tenant).normalize();
        Path file = tenantDir.resolve(name).normalize();
        if (!tenantDir.getParent().equals(reportRoot) || !file.startsWith(tenantDir) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        log.info("report download tenant={} file={}", tenant, file.getFileName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFileName() + "\"")
                .contentLength(Files.size(file))
                .body(new PathResource(file));
    }
}
