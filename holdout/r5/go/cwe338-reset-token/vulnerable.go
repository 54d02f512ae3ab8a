// Task: NewResetToken returns the token e-mailed in a password-reset link:
// 32 URL-safe characters.
package account

import (
	"math/rand"
	"time"
)

const tokenChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func NewResetToken() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = tokenChars[rng.Intn(len(tokenChars))]
	}
	return string(b)
}
