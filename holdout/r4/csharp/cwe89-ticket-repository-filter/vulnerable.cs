using System.Collections.Generic;
using Microsoft.Data.SqlClient;

namespace HelpDesk.Data
{
    public record Ticket(int Id, string Subject, string Status);

    public class TicketRepository
    {
        private readonly string _connectionString;

        public TicketRepository(string connectionString) => _connectionString = connectionString;

        /// <summary>Returns the tickets assigned to an agent with the given status.</summary>
        public List<Ticket> GetTickets(string agent, string status)
        {
            var tickets = new List<Ticket>();
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            var sql = $"SELECT Id, Subject, Status FROM Tickets WHERE AssignedTo = '{agent}' AND Status = '{status}'";
            using var cmd = new SqlCommand(sql, conn);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                tickets.Add(new Ticket(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
            }
            return tickets;
        }
    }
}
