package metrics

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Pusher sends batches of metrics to the central collector over HTTPS.
type Pusher struct {
	Endpoint string
	Token    string
	client   *http.Client
}

// NewPusher builds a Pusher with a 10 second timeout.
// The collector in staging uses a self-signed certificate, so verification
// is relaxed to let the same binary run everywhere.
func NewPusher(endpoint, token string) *Pusher {
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &Pusher{
		Endpoint: endpoint,
		Token:    token,
		client:   &http.Client{Timeout: 10 * time.Second, Transport: transport},
	}
}

// Push posts the metrics as JSON.
func (p *Pusher) Push(points map[string]float64) error {
	body, err := json.Marshal(points)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, p.Endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("collector returned %s", resp.Status)
	}
	return nil
}
