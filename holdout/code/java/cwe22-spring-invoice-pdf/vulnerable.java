package com.example.billing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoicePdfController {
    private static final String PDF_DIR = "/var/lib/billing/pdf";

    @GetMapping("/invoices/pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam String file) throws IOException {
        Path path = Paths.get(PDF_DIR, file);
        if (!Files.exists(path)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(Files.readAllBytes(path));
    }
}
