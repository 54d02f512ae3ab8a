// Command thumbd consumes upload events and renders thumbnails with ImageMagick.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

type UploadEvent struct {
	Bucket   string `json:"bucket"`
	Key      string `json:"key"`
	Filename string `json:"filename"` // original name as sent by the browser
	Width    int    `json:"width"`
}

const workDir = "/var/cache/thumbd"

func thumbnailPath(ev UploadEvent) string {
	return filepath.Join(workDir, "out", fmt.Sprintf("%s-%d.webp", filepath.Base(ev.Key), ev.Width))
}

func render(ctx context.Context, src string, ev UploadEvent) (string, error) {
	if ev.Width <= 0 || ev.Width > 2048 {
		return "", fmt.Errorf("width %d out of range", ev.Width)
	}
	dst := thumbnailPath(ev)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "convert", src, "-resize", fmt.Sprintf("%dx", ev.Width),
		"-set", "comment", ev.Filename, dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("convert: %v: %s", err, out)
	}
	return dst, nil
}

func handle(ctx context.Context, raw []byte, fetch func(bucket, key string) (string, error)) error {
	var ev UploadEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		return fmt.Errorf("bad event: %w", err)
	}
	src, err := fetch(ev.Bucket, ev.Key)
	if err != nil {
		return err
	}
	defer os.Remove(src)
	dst, err := render(ctx, src, ev)
	if err != nil {
		return err
	}
	slog.Info("thumbnail ready", "key", ev.Key, "path", dst)
	return nil
}
