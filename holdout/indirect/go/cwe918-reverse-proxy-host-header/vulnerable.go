package gateway

import (
	"net/http"
	"net/http/httputil"
)

// NewProxy forwards each request to the backend named in the X-Backend header (set by our SPA).
func NewProxy() *httputil.ReverseProxy {
	return &httputil.ReverseProxy{
		Director: func(r *http.Request) {
			r.URL.Scheme = "http"
			r.URL.Host = r.Header.Get("X-Backend")
			r.Host = r.URL.Host
		},
	}
}
