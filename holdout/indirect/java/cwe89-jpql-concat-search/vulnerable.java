package com.example.library;

import jakarta.persistence.EntityManager;
import java.util.List;

public class BookSearch {
    private final EntityManager em;

    public BookSearch(EntityManager em) {
        this.em = em;
    }

    public List<Book> byTitlePrefix(String prefix, int limit) {
        String jpql = "SELECT b FROM Book b WHERE b.title LIKE '" + prefix + "%' ORDER BY b.title";
        return em.createQuery(jpql, Book.class).setMaxResults(limit).getResultList();
    }
}
