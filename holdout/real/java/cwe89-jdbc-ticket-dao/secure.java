package com.acme.helpdesk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Data access for support tickets. */
public class TicketDao {
    private static final Logger LOG = Logger.getLogger(TicketDao.class.getName());
    private final DataSource dataSource;

    public TicketDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Ticket(long id, String subject, String status, String assignee) {}

    private static Ticket map(ResultSet rs) throws SQLException {
        return new Ticket(rs.getLong("id"), rs.getString("subject"), rs.getString("status"), rs.getString("assignee"));
    }

    public Ticket byId(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, subject, status, assignee FROM tickets WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    /** Tickets whose subject contains the text typed into the agent's search box. */
    public List<Ticket> searchSubject(String text, int limit) throws SQLException {
        String sql = "SELECT id, subject, status, assignee FROM tickets WHERE subject ILIKE ? "
                + "ORDER BY id DESC LIMIT " + Math.min(limit, 200);
        LOG.fine(() -> "ticket search: " + sql);
        List<Ticket> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, "%" + text + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }
}
