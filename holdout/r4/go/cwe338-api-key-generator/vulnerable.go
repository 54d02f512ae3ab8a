package auth

import (
	"encoding/hex"
	"math/rand"
	"time"
)

func init() {
	rand.Seed(time.Now().UnixNano())
}

// NewAPIKey returns a new 32-byte API key encoded as hex, prefixed with "ak_".
func NewAPIKey() string {
	buf := make([]byte, 32)
	rand.Read(buf)
	return "ak_" + hex.EncodeToString(buf)
}
