package media

import (
	"net/http"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const libraryDir = "/data/library"

func ProbeHandler(c *gin.Context) {
	name := c.Param("name")
	out, err := exec.Command("sh", "-c", "ffprobe -v quiet -print_format json -show_format "+filepath.Join(libraryDir, name)).Output()
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "probe failed"})
		return
	}
	c.Data(http.StatusOK, "application/json", out)
}
