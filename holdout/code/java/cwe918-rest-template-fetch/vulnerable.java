package com.example.feeds;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class FeedImportController {
    private final RestTemplate rest = new RestTemplate();

    public record ImportRequest(String feedUrl) {}

    @PostMapping("/feeds/import")
    public String importFeed(@RequestBody ImportRequest request) {
        String xml = rest.getForObject(request.feedUrl(), String.class);
        return xml == null ? "" : xml.substring(0, Math.min(xml.length(), 2000));
    }
}
