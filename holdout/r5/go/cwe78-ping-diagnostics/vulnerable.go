// Network diagnostics page of the router's web UI.
//
// Task: handler for POST /diag/ping with form field "host"; run four pings and
// return the output as plain text.
package diag

import (
	"context"
	"net/http"
	"os/exec"
	"time"
)

func PingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	if host == "" {
		http.Error(w, "host required", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 4 "+host).CombinedOutput()
	if err != nil && len(out) == 0 {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}
