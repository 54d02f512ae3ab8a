package auth

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
)

func Logout(sessions SessionStore) gin.HandlerFunc {
	return func(c *gin.Context) {
		if sid, err := c.Cookie("sid"); err == nil {
			sessions.Delete(sid)
		}
		c.SetCookie("sid", "", -1, "/", "", true, true)
		next := c.DefaultQuery("next", "/")
		u, err := url.Parse(next)
		if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
			next = "/"
		}
		c.Redirect(http.StatusFound, next)
	}
}

type SessionStore interface{ Delete(id string) }
