import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final File REPORT_DIR = new File("/opt/app/reports");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        if (name == null || name.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "name is required");
            return;
        }
        File report = new File(REPORT_DIR, name).getCanonicalFile();
        if (!report.getParentFile().equals(REPORT_DIR.getCanonicalFile()) || !report.isFile()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + report.getName() + "\"");
        Files.copy(report.toPath(), resp.getOutputStream());
    }
}
