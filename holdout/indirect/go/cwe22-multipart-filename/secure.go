package uploads

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type Server struct{ Dir string }

func (s Server) Upload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	name := filepath.Base(filepath.Clean("/" + header.Filename))
	if name == "/" || name == "." || name == ".." {
		http.Error(w, "bad file name", http.StatusBadRequest)
		return
	}
	dst, err := os.OpenFile(filepath.Join(s.Dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		http.Error(w, "cannot store", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
	w.WriteHeader(http.StatusCreated)
}
