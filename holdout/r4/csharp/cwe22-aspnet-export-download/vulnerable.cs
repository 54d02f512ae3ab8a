using System.IO;
using Microsoft.AspNetCore.Mvc;

namespace Reports.Controllers
{
    [ApiController]
    [Route("api/exports")]
    public class ExportsController : ControllerBase
    {
        private const string ExportFolder = "/var/app/exports";

        // GET api/exports/{fileName}
        [HttpGet("{fileName}")]
        public IActionResult Download(string fileName)
        {
            var fullPath = Path.Combine(ExportFolder, fileName);
            if (!System.IO.File.Exists(fullPath))
            {
                return NotFound();
            }
            var stream = System.IO.File.OpenRead(fullPath);
            return File(stream, "text/csv", Path.GetFileName(fullPath));
        }
    }
}
