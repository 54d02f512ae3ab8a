package api

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
)

type Handler struct{ DB *sql.DB }

func (h Handler) Orders(w http.ResponseWriter, r *http.Request) {
	rows, err := h.DB.QueryContext(r.Context(), "SELECT id, total FROM orders WHERE customer_id = $1", r.URL.Query().Get("customer"))
	if err != nil {
		log.Printf("orders query: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id, total int64
		if err := rows.Scan(&id, &total); err != nil {
			log.Printf("orders scan: %v", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		out = append(out, map[string]any{"id": id, "total": total})
	}
	json.NewEncoder(w).Encode(out)
}
