package invoices

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

type Invoice struct {
	ID        int64 `json:"id"`
	AccountID int64 `json:"account_id"`
	Total     int64 `json:"total"`
}

type Store interface {
	Get(id int64) (*Invoice, error)
}

func GetInvoice(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		inv, err := store.Get(id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(inv)
	}
}
