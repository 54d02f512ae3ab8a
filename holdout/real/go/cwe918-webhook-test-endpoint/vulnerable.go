// Package hooks lets integrators register webhooks and send a test delivery from the settings page.
package hooks

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"time"
)

type testRequest struct {
	URL string `json:"url"`
}

var client = &http.Client{
	Timeout: 5 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	},
}

func validate(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, errors.New("webhook URL must be http(s)")
	}
	return u, nil
}

// TestDelivery posts a sample event to the URL the integrator typed and reports the status code.
func TestDelivery(w http.ResponseWriter, r *http.Request) {
	var req testRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, err := validate(req.URL)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]any{"event": "ping", "sent": time.Now().UTC()})
	resp, err := client.Post(u.String(), "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_ = json.NewEncoder(w).Encode(map[string]int{"status": resp.StatusCode})
}
