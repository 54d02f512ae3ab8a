package auth

import (
	"crypto/rand"
	"encoding/hex"
)

// NewAPIKey returns a new 32-byte API key encoded as hex, prefixed with "ak_".
func NewAPIKey() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return "ak_" + hex.EncodeToString(buf), nil
}
