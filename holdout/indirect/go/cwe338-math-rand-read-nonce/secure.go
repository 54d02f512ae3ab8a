package session

import (
	"crypto/rand"
	"encoding/base64"
)

// NewCSRFToken returns the token embedded in every form of the signed-in user's pages.
func NewCSRFToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
