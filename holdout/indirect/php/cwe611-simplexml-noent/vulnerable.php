<?php

final class SitemapImporter
{
    /** @return list<string> */
    public function urls(string $xml): array
    {
        $doc = simplexml_load_string($xml, SimpleXMLElement::class, LIBXML_NOENT | LIBXML_DTDLOAD);
        if ($doc === false) {
            throw new RuntimeException('not a sitemap');
        }
        $urls = [];
        foreach ($doc->url as $entry) {
            $urls[] = (string) $entry->loc;
        }
        return $urls;
    }
}
