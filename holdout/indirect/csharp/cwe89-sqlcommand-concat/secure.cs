using System.Data;
using Microsoft.Data.SqlClient;

namespace Hr.Data;

public class EmployeeDirectory
{
    private readonly string _connectionString;

    public EmployeeDirectory(string connectionString) => _connectionString = connectionString;

    public List<string> NamesInDepartment(string department)
    {
        var names = new List<string>();
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        using var cmd = new SqlCommand("SELECT FullName FROM Employees WHERE Department = @department", conn);
        cmd.Parameters.Add("@department", SqlDbType.NVarChar, 100).Value = department;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
