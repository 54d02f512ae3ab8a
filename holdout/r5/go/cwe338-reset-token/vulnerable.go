// Task: NewResetToken returns the token e-mailed in a password-reset link:
// 32 characters from the URL alphabet (letters, digits, "-" and "_").
package account

import (
	"errors"
	"math/rand"
	"net/http"
	"sync"
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

// --- reset flow ----------------------------------------------------------------

const resetTTL = 30 * time.Minute

type resetRequest struct {
	userID  int64
	expires time.Time
}

type ResetStore struct {
	mu      sync.Mutex
	pending map[string]resetRequest
}

func NewResetStore() *ResetStore {
	return &ResetStore{pending: make(map[string]resetRequest)}
}

// Begin creates a token for the user and returns the link to e-mail.
func (s *ResetStore) Begin(userID int64, baseURL string) string {
	token := NewResetToken()
	s.mu.Lock()
	s.pending[token] = resetRequest{userID: userID, expires: time.Now().Add(resetTTL)}
	s.mu.Unlock()
	return baseURL + "/reset?token=" + token
}

// Finish consumes a token and returns the user it belongs to.
func (s *ResetStore) Finish(token string) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	req, ok := s.pending[token]
	if !ok {
		return 0, errors.New("unknown or used token")
	}
	delete(s.pending, token)
	if time.Now().After(req.expires) {
		return 0, errors.New("token expired")
	}
	return req.userID, nil
}

func (s *ResetStore) ResetHandler(setPassword func(int64, string) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		userID, err := s.Finish(r.FormValue("token"))
		if err != nil {
			http.Error(w, "this reset link is no longer valid", http.StatusBadRequest)
			return
		}
		pw := r.FormValue("password")
		if len(pw) < 12 {
			http.Error(w, "password too short", http.StatusBadRequest)
			return
		}
		if err := setPassword(userID, pw); err != nil {
			http.Error(w, "could not update password", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
