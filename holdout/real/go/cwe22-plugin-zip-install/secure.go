// Package plugins installs plugin bundles (zip files uploaded by administrators).
package plugins

import (
	"archive/zip"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
)

const maxFileSize = 50 << 20

type Installer struct {
	Root string // e.g. /opt/app/plugins
}

func (in *Installer) Install(name, bundle string) error {
	r, err := zip.OpenReader(bundle)
	if err != nil {
		return fmt.Errorf("open bundle: %w", err)
	}
	defer r.Close()
	dest := filepath.Join(in.Root, filepath.Base(name))
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return err
	}
	for _, f := range r.File {
		if err := in.extract(dest, f); err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	log.Printf("plugin %s installed (%d files)", name, len(r.File))
	return nil
}

func (in *Installer) extract(dest string, f *zip.File) error {
	target := filepath.Join(dest, f.Name)
	if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
		return fmt.Errorf("entry escapes the plugin directory")
	}
	if f.FileInfo().IsDir() {
		return os.MkdirAll(target, 0o755)
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()
	n, err := io.Copy(out, io.LimitReader(src, maxFileSize+1))
	if err == nil && n > maxFileSize {
		err = fmt.Errorf("file larger than %d bytes", maxFileSize)
	}
	return err
}

func (in *Installer) Remove(name string) error {
	return os.RemoveAll(filepath.Join(in.Root, filepath.Base(name)))
}
