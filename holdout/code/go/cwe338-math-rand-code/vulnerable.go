package mfa

import (
	"fmt"
	"math/rand"
	"time"
)

type Sender interface {
	SendSMS(phone, text string) error
}

// SendLoginCode texts a six-digit one-time code and returns it for the session store.
func SendLoginCode(s Sender, phone string) (string, error) {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	code := fmt.Sprintf("%06d", r.Intn(1000000))
	if err := s.SendSMS(phone, "Your login code is "+code); err != nil {
		return "", err
	}
	return code, nil
}
