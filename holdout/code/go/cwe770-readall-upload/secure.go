package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

const maxUpload = 8 << 20

type Blobs interface {
	Put(key string, data []byte) error
}

func UploadHandler(store Blobs) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpload))
		if err != nil {
			http.Error(w, "upload too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		sum := sha256.Sum256(data)
		key := hex.EncodeToString(sum[:])
		if err := store.Put(key, data); err != nil {
			http.Error(w, "store failed", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(key))
	}
}
