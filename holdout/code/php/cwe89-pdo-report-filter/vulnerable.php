<?php
declare(strict_types=1);

final class ReportRepository
{
    public function __construct(private PDO $pdo) {}

    /** @return array<int, array<string, mixed>> */
    public function salesBetween(string $from, string $to, string $region): array
    {
        $sql = "SELECT day, region, SUM(amount) AS total FROM sales
                WHERE day BETWEEN '$from' AND '$to' AND region = '$region'
                GROUP BY day, region ORDER BY day";
        return $this->pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC);
    }
}
