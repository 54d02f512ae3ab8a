<?php
declare(strict_types=1);

namespace Media\Jobs;

use Psr\Log\LoggerInterface;
use RuntimeException;

/**
 * Queue job: cuts a short preview from an uploaded video.
 */
final class MakePreview
{
    private const FFMPEG = '/usr/bin/ffmpeg';

    public function __construct(
        private string $storageDir,
        private LoggerInterface $log,
    ) {
    }

    /**
     * @param array{upload_id:int, stored_name:string, start:string, seconds:int} $payload
     */
    public function handle(array $payload): string
    {
        $src = $this->storageDir . '/uploads/' . basename($payload['stored_name']);
        $dst = $this->storageDir . '/previews/' . $payload['upload_id'] . '.mp4';
        $seconds = max(1, min(30, (int) $payload['seconds']));
        $start = $payload['start']; // "hh:mm:ss" typed by the uploader

        $cmd = sprintf(
            '%s -y -ss %s -i %s -t %d -an -vf scale=640:-2 %s 2>&1',
            self::FFMPEG,
            escapeshellarg($start),
            escapeshellarg($src),
            $seconds,
            escapeshellarg($dst)
        );
        exec($cmd, $output, $status);
        if ($status !== 0) {
            $this->log->error('preview failed', ['upload' => $payload['upload_id'], 'output' => implode("\n", $output)]);
            throw new RuntimeException('ffmpeg exited with ' . $status);
        }
        $this->log->info('preview ready', ['upload' => $payload['upload_id']]);
        return $dst;
    }
}
