// MVC controller that returns ticket attachments stored on disk under
// AttachmentRoot/<ticketId>/<fileName>. Both values come from the route.
using System.IO;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("tickets/{ticketId:int}/attachments")]
public class AttachmentController : ControllerBase
{
    private const string AttachmentRoot = "/srv/helpdesk/attachments";

    [HttpGet("{fileName}")]
    public IActionResult Get(int ticketId, string fileName)
    {
        var path = Path.Combine(AttachmentRoot, ticketId.ToString(), fileName);
        if (!System.IO.File.Exists(path))
            return NotFound();
        return PhysicalFile(path, "application/octet-stream", Path.GetFileName(path));
    }
}
