// Package api: bulk contact import for the CRM.
package api

import (
	"encoding/csv"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
)

type Contact struct {
	Name  string
	Email string
	Phone string
}

type ContactSaver interface {
	SaveAll(tenant string, cs []Contact) (int, error)
}

func parseContacts(data []byte) ([]Contact, error) {
	r := csv.NewReader(strings.NewReader(string(data)))
	r.FieldsPerRecord = 3
	var out []Contact
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, Contact{Name: rec[0], Email: strings.ToLower(rec[1]), Phone: rec[2]})
	}
}

// ImportHandler accepts a CSV upload (name,email,phone) and stores the contacts.
func ImportHandler(saver ContactSaver) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tenant := r.Header.Get("X-Tenant")
		if tenant == "" {
			http.Error(w, "missing tenant", http.StatusBadRequest)
			return
		}
		data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 5<<20))
		if err != nil {
			http.Error(w, "read failed", http.StatusBadRequest)
			return
		}
		contacts, err := parseContacts(data)
		if err != nil {
			http.Error(w, "bad csv: "+err.Error(), http.StatusUnprocessableEntity)
			return
		}
		n, err := saver.SaveAll(tenant, contacts)
		if err != nil {
			slog.Error("import failed", "tenant", tenant, "err", err)
			http.Error(w, "import failed", http.StatusInternalServerError)
			return
		}
		slog.Info("contacts imported", "tenant", tenant, "count", n)
		w.WriteHeader(http.StatusNoContent)
	}
}
