using Microsoft.AspNetCore.Mvc;

namespace Store.Controllers;

[ApiController]
[Route("api/coupons")]
public class CouponController : ControllerBase
{
    private readonly ILogger<CouponController> _logger;
    private readonly ICouponService _coupons;

    public CouponController(ILogger<CouponController> logger, ICouponService coupons)
    {
        _logger = logger;
        _coupons = coupons;
    }

    [HttpPost("redeem")]
    public IActionResult Redeem([FromForm] string code)
    {
        if (!_coupons.TryRedeem(code))
        {
            _logger.LogWarning("Rejected coupon " + code + " from " + HttpContext.Connection.RemoteIpAddress);
            return BadRequest();
        }
        return Ok();
    }
}
