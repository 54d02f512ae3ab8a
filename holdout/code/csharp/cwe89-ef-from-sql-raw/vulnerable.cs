using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Shop.Controllers;

[ApiController]
[Route("api/[controller]")]
public class ProductsController : ControllerBase
{
    private readonly ShopContext _db;

    public ProductsController(ShopContext db) => _db = db;

    [HttpGet("by-brand")]
    public async Task<IActionResult> ByBrand([FromQuery] string brand)
    {
        var products = await _db.Products
            .FromSqlRaw($"SELECT * FROM Products WHERE Brand = '{brand}' AND Discontinued = 0")
            .ToListAsync();
        return Ok(products);
    }
}
