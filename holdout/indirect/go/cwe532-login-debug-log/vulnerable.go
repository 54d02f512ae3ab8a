package auth

import (
	"errors"
	"log"
)

type Credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type Checker interface {
	Check(user, pass string) bool
}

func Login(c Checker, creds Credentials) error {
	log.Printf("login attempt: %+v", creds)
	if !c.Check(creds.Username, creds.Password) {
		return errors.New("invalid credentials")
	}
	return nil
}
