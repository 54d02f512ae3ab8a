package inventory

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Item struct {
	ID       uint
	SKU      string
	Location string
}

func ItemsAt(db *gorm.DB) echo.HandlerFunc {
	return func(c echo.Context) error {
		var items []Item
		loc := c.QueryParam("location")
		if err := db.Where("location = ?", loc).Find(&items).Error; err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError)
		}
		return c.JSON(http.StatusOK, items)
	}
}
