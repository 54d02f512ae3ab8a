package web

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

func SearchPage(c echo.Context) error {
	q := c.QueryParam("q")
	results := lookup(q)
	body := fmt.Sprintf("<h2>%d results for \"%s\"</h2><ul>", len(results), q)
	for _, r := range results {
		body += "<li>" + r + "</li>"
	}
	return c.HTML(http.StatusOK, body+"</ul>")
}

func lookup(q string) []string { return nil }
