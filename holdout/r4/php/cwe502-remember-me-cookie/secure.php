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
        $data = json_decode(base64_decode($_COOKIE['report_filters']), true);
        if (is_array($data)) {
            $filters = new ReportFilters();
            $filters->from = (string)($data['from'] ?? '');
            $filters->to = (string)($data['to'] ?? '');
            $filters->regions = array_map('strval', (array)($data['regions'] ?? []));
            return $filters;
        }
    }
    return new ReportFilters();
}

function save_filters(ReportFilters $filters): void
{
    setcookie('report_filters', base64_encode(json_encode($filters)), time() + 30 * 86400, '/');
}
