package stats

import (
	"encoding/json"
	"maps"
	"net/http"
	"sync"
)

type Counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func NewCounter() *Counter { return &Counter{hits: map[string]int{}} }

// Middleware counts requests per path; net/http runs handlers on many goroutines.
func (c *Counter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.hits[r.URL.Path]++
		c.mu.Unlock()
		next.ServeHTTP(w, r)
	})
}

func (c *Counter) Report(w http.ResponseWriter, _ *http.Request) {
	c.mu.Lock()
	snapshot := maps.Clone(c.hits)
	c.mu.Unlock()
	json.NewEncoder(w).Encode(snapshot)
}
