// ASP.NET Core minimal API: GET /customers?country=DE&name=Mül
// Returns matching customers from SQL Server using Dapper.
using Dapper;
using Microsoft.Data.SqlClient;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var connectionString = builder.Configuration.GetConnectionString("Crm")!;

app.MapGet("/customers", async (string country, string? name) =>
{
    await using var conn = new SqlConnection(connectionString);
    var sql = $"SELECT Id, Name, Country FROM Customers WHERE Country = '{country}'";
    if (!string.IsNullOrEmpty(name))
        sql += $" AND Name LIKE N'{name}%'";
    var rows = await conn.QueryAsync<Customer>(sql);
    return Results.Ok(rows);
});

app.Run();

record Customer(int Id, string Name, string Country);
