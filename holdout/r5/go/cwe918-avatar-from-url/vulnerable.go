// Profile service.
//
// Task: ImportAvatar(userID, imageURL) downloads the picture at imageURL (the
// user pastes it into "Use an image from the web") and stores it as the avatar.
// Limit downloads to 2 MiB.
package profile

import (
	"fmt"
	"io"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 8 * time.Second}

func storeAvatar(userID int64, data []byte) error {
	return avatarStore.Put(fmt.Sprintf("avatars/%d", userID), data)
}

func ImportAvatar(userID int64, imageURL string) error {
	resp, err := client.Get(imageURL)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("image server answered %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 2<<20))
	if err != nil {
		return err
	}
	return storeAvatar(userID, data)
}
