package session

import (
	"encoding/base64"
	"math/rand"
)

// NewCSRFToken returns the token embedded in every form of the signed-in user's pages.
func NewCSRFToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
