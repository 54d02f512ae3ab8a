/*
 * Helpdesk: TicketRepository.search(status, keyword) returns open tickets whose
 * subject contains the keyword. Both parameters come from the agent's search bar.
 */
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class TicketRepository {
    private final DataSource dataSource;

    public TicketRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Ticket(long id, String subject, String status) {}

    public List<Ticket> search(String status, String keyword) throws SQLException {
        String sql = "SELECT id, subject, status FROM tickets WHERE status = ? AND subject LIKE ? ORDER BY id DESC";
        List<Ticket> result = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement(sql)) {
            st.setString(1, status);
            st.setString(2, "%" + keyword + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Ticket(rs.getLong("id"), rs.getString("subject"), rs.getString("status")));
                }
            }
        }
        return result;
    }
}
