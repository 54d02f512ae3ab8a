package stats

import (
	"encoding/json"
	"net/http"
)

type Counter struct {
	hits map[string]int
}

func NewCounter() *Counter { return &Counter{hits: map[string]int{}} }

// Middleware counts requests per path; net/http runs handlers on many goroutines.
func (c *Counter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.hits[r.URL.Path]++
		next.ServeHTTP(w, r)
	})
}

func (c *Counter) Report(w http.ResponseWriter, _ *http.Request) {
	json.NewEncoder(w).Encode(c.hits)
}
