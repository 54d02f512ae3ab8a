import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        String sql = "SELECT first_name, last_name FROM employees WHERE department = '" + department
                + "' AND last_name LIKE '" + lastNamePrefix + "%' ORDER BY last_name";
        List<String> names = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(url);
             Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString("first_name") + " " + rs.getString("last_name"));
            }
        }
        return names;
    }
}
