package com.example.crm;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerDao {
    private final JdbcTemplate jdbc;

    public CustomerDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Customer> byRegion(String region) {
        return jdbc.query(
                "SELECT id, name, region FROM customers WHERE region = ? ORDER BY name",
                (rs, i) -> new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("region")),
                region);
    }
}
