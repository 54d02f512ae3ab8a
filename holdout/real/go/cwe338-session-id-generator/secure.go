// Package session keeps login sessions in memory for the small admin console.
package session

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"
	"time"
)

const (
	cookieName = "console_sid"
	lifetime   = 12 * time.Hour
)

type Session struct {
	User    string
	Expires time.Time
}

type Manager struct {
	mu       sync.Mutex
	sessions map[string]Session
}

func NewManager() *Manager {
	return &Manager{sessions: make(map[string]Session)}
}

func newID() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic("session: no randomness available: " + err.Error())
	}
	return hex.EncodeToString(b)
}

func (m *Manager) Start(w http.ResponseWriter, user string) {
	id := newID()
	m.mu.Lock()
	m.sessions[id] = Session{User: user, Expires: time.Now().Add(lifetime)}
	m.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: id, HttpOnly: true, Secure: true,
		SameSite: http.SameSiteStrictMode, MaxAge: int(lifetime.Seconds())})
}

func (m *Manager) Lookup(r *http.Request) (Session, bool) {
	c, err := r.Cookie(cookieName)
	if err != nil {
		return Session{}, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sessions[c.Value]
	if !ok || time.Now().After(s.Expires) {
		delete(m.sessions, c.Value)
		return Session{}, false
	}
	return s, true
}
