package profile

import (
	"net/http"
	"text/template"
)

var page = template.Must(template.New("profile").Parse(`<!doctype html>
<html><body>
<h1>{{.Name}}</h1>
<p class="bio">{{.Bio}}</p>
</body></html>`))

type Profile struct {
	Name string
	Bio  string
}

func Show(load func(id string) (Profile, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := load(r.PathValue("id"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page.Execute(w, p)
	}
}
