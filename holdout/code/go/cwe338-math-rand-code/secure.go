package mfa

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

type Sender interface {
	SendSMS(phone, text string) error
}

// SendLoginCode texts a six-digit one-time code and returns it for the session store.
func SendLoginCode(s Sender, phone string) (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	code := fmt.Sprintf("%06d", n.Int64())
	if err := s.SendSMS(phone, "Your login code is "+code); err != nil {
		return "", err
	}
	return code, nil
}
