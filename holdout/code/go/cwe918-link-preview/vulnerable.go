package preview

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
)

var titleRe = regexp.MustCompile(`(?i)<title>([^<]*)</title>`)

func LinkPreview(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("url")
	resp, err := http.Get(target)
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
