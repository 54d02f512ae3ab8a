// Task: NewResetToken returns the token e-mailed in a password-reset link:
// 32 URL-safe characters.
package account

import (
	"crypto/rand"
	"encoding/base64"
)

func NewResetToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic("no system randomness: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
