package preview

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"regexp"
	"syscall"
	"time"
)

var titleRe = regexp.MustCompile(`(?i)<title>([^<]*)</title>`)

// publicOnly refuses connections to loopback, private and link-local addresses after DNS resolution.
func publicOnly(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
		return errors.New("destination not allowed")
	}
	return nil
}

var client = &http.Client{
	Timeout:   5 * time.Second,
	Transport: &http.Transport{DialContext: (&net.Dialer{Control: publicOnly}).DialContext},
}

func LinkPreview(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("url")
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, target, nil)
	if err != nil || (req.URL.Scheme != "https" && req.URL.Scheme != "http") {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	title := ""
	if m := titleRe.FindSubmatch(page); m != nil {
		title = string(m[1])
	}
	json.NewEncoder(w).Encode(map[string]string{"url": target, "title": title})
}
