using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers;

public class AccountController : Controller
{
    private readonly ISignInService _signIn;

    public AccountController(ISignInService signIn) => _signIn = signIn;

    [HttpPost]
    public async Task<IActionResult> Login(LoginModel model, string? returnUrl = null)
    {
        if (!await _signIn.PasswordSignInAsync(model.Email, model.Password))
        {
            ModelState.AddModelError("", "Invalid login");
            return View(model);
        }
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl!) : LocalRedirect("/");
    }
}
