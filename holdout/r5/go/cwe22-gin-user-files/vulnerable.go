// File manager API (gin).
//
// GET /files/*path streams a file from the caller's home folder,
// USER_ROOT/<user id>/<path>. The user id is set by the auth middleware.
package files

import (
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const userRoot = "/data/users"

func Register(r *gin.Engine) {
	r.GET("/files/*path", func(c *gin.Context) {
		userID := c.GetString("userID")
		home := filepath.Join(userRoot, userID)
		target := filepath.Join(home, c.Param("path"))
		c.File(target)
	})
}
