package gateway

import (
	"net/http"
	"net/http/httputil"
)

var backends = map[string]string{
	"orders":  "orders.internal:8080",
	"catalog": "catalog.internal:8080",
	"search":  "search.internal:8080",
}

// NewProxy forwards each request to the backend named in the X-Backend header (set by our SPA).
func NewProxy() *httputil.ReverseProxy {
	return &httputil.ReverseProxy{
		Director: func(r *http.Request) {
			host, ok := backends[r.Header.Get("X-Backend")]
			if !ok {
				host = backends["catalog"]
			}
			r.URL.Scheme = "http"
			r.URL.Host = host
			r.Host = host
		},
	}
}
