// Profile service.
//
// Task: ImportAvatar(userID, imageURL) downloads the picture at imageURL (the
// user pastes it into "Use an image from the web") and stores it as the avatar.
// Limit downloads to 2 MiB.
package profile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// The dialer refuses loopback, private and link-local peers after DNS resolution,
// so a public name that resolves inward is refused as well.
var dialer = &net.Dialer{
	Timeout: 5 * time.Second,
	Control: func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		ip := net.ParseIP(host)
		if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return errors.New("refusing to fetch from an internal address")
		}
		return nil
	},
}

var client = &http.Client{
	Timeout:   8 * time.Second,
	Transport: &http.Transport{DialContext: func(ctx context.Context, n, a string) (net.Conn, error) { return dialer.DialContext(ctx, n, a) }},
}

func storeAvatar(userID int64, data []byte) error {
	return avatarStore.Put(fmt.Sprintf("avatars/%d", userID), data)
}

func ImportAvatar(userID int64, imageURL string) error {
	u, err := url.Parse(imageURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return errors.New("image address must be an http(s) URL")
	}
	resp, err := client.Get(u.String())
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
