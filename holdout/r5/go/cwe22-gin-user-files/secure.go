// File manager API (gin).
//
// GET /files/*path streams a file from the caller's home folder,
// USER_ROOT/<user id>/<path>. The user id is set by the auth middleware.
package files

import (
	"io/fs"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const userRoot = "/data/users"

func Register(r *gin.Engine) {
	r.GET("/files/*path", func(c *gin.Context) {
		userID := c.GetString("userID")
		home := filepath.Join(userRoot, userID)
		root, err := os.OpenRoot(home)
		if err != nil {
			c.Status(http.StatusNotFound)
			return
		}
		defer root.Close()
		rel := filepath.Clean("/" + c.Param("path"))[1:]
		f, err := root.Open(rel)
		if err != nil {
			c.Status(http.StatusNotFound)
			return
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || info.IsDir() {
			c.Status(http.StatusNotFound)
			return
		}
		http.ServeContent(c.Writer, c.Request, info.Name(), info.ModTime(), f)
	})
}

// Usage reports how many bytes the caller's home folder holds (for the quota bar).
func Usage(userID string) (int64, error) {
	var total int64
	err := filepath.WalkDir(filepath.Join(userRoot, userID), func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			total += info.Size()
		}
		return err
	})
	return total, err
}
