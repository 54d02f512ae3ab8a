<?php
/**
 * "Remember me" support: the cookie keeps the last used filters of the
 * report page between visits.
 */
class ReportFilters
{
    public string $from = '';
    public string $to = '';
    public array $regions = [];
}

function load_filters(): ReportFilters
{
    if (!empty($_COOKIE['report_filters'])) {
        $filters = unserialize(base64_decode($_COOKIE['report_filters']));
        if ($filters instanceof ReportFilters) {
            return $filters;
        }
    }
    return new ReportFilters();
}

function save_filters(ReportFilters $filters): void
{
    setcookie('report_filters', base64_encode(serialize($filters)), time() + 30 * 86400, '/');
}
