import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Data access for the employee directory.
 */
public class EmployeeDao {
    private final String url;

    public EmployeeDao(String url) {
        this.url = url;
    }

    /**
     * Find employees in a department whose last name starts with the given prefix.
     */
    public List<String> findByDepartment(String department, String lastNamePrefix) throws SQLException {
        String sql = "SELECT first_name, last_name FROM employees WHERE department = ?"
                + " AND last_name LIKE ? ORDER BY last_name";
        List<String> names = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(url);
             PreparedStatement stmt = conn.prepareStatement(sql)) {
            stmt.setString(1, department);
            stmt.setString(2, lastNamePrefix.replace("%", "\%").replace("_", "\_") + "%");
            try (ResultSet rs = stmt.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("first_name") + " " + rs.getString("last_name"));
                }
            }
        }
        return names;
    }
}
