package main

import (
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const attachmentsDir = "/data/attachments"

// serveAttachment streams a stored attachment: GET /attachments?name=contract.pdf
func serveAttachment(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}

	// Only plain file names from the attachments folder
	if name != filepath.Base(name) || name == "." || name == ".." {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}

	f, err := os.Open(filepath.Join(attachmentsDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()

	w.Header().Set("Content-Disposition", "attachment; filename="+filepath.Base(name))
	if _, err := io.Copy(w, f); err != nil {
		log.Printf("sending %s: %v", name, err)
	}
}

func main() {
	http.HandleFunc("/attachments", serveAttachment)
	log.Fatal(http.ListenAndServe(":8000", nil))
}
