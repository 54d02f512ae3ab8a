package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	_ "github.com/lib/pq"
)

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type server struct {
	db *sql.DB
}

// searchUsers handles GET /users?name=... and returns matching users as JSON.
func (s *server) searchUsers(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	query := fmt.Sprintf("SELECT id, name, email FROM users WHERE name ILIKE '%%%s%%' ORDER BY name LIMIT 20", name)

	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "database error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	users := []User{}
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name, &u.Email); err != nil {
			http.Error(w, "database error", http.StatusInternalServerError)
			return
		}
		users = append(users, u)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(users)
}

func main() {
	db, err := sql.Open("postgres", "postgres://app@localhost/app?sslmode=disable")
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db}
	http.HandleFunc("/users", s.searchUsers)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
