package web

import (
	"fmt"
	"html"
	"net/http"

	"github.com/labstack/echo/v4"
)

func SearchPage(c echo.Context) error {
	q := c.QueryParam("q")
	results := lookup(q)
	body := fmt.Sprintf("<h2>%d results for \"%s\"</h2><ul>", len(results), html.EscapeString(q))
	for _, r := range results {
		body += "<li>" + html.EscapeString(r) + "</li>"
	}
	return c.HTML(http.StatusOK, body+"</ul>")
}

func lookup(q string) []string { return nil }
